// A labelled progress bar (MT jobs, imports): the native element screen readers understand.
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="progress">
      <progress value={max === 0 ? 1 : value} max={max === 0 ? 1 : max} aria-label={label} />
      <span className="progress-text">{label}</span>
    </div>
  );
}
