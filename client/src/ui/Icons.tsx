// Small line icons drawn as SVG (emoji need a font the machine may lack). Decorative: always aria-hidden;
// the element that carries one says in words what it means.
const frame = { width: '1em', height: '1em', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const BellIcon = () => (
  <svg {...frame} aria-hidden="true" focusable="false" className="icon">
    <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
    <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
  </svg>
);

export const CommentIcon = () => (
  <svg {...frame} aria-hidden="true" focusable="false" className="icon">
    <path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" />
  </svg>
);

export const LockIcon = () => (
  <svg {...frame} aria-hidden="true" focusable="false" className="icon">
    <rect x="3" y="11" width="18" height="11" rx="2" />
    <path d="M7 11V7a5 5 0 0 1 10 0v4" />
  </svg>
);
