export function WorkspacePage(_props: { documentId: string; mode: 'translate' | 'review' }) {
  return null;
}
