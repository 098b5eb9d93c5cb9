/** Small presentational pieces: progress bar and the before/after comparison bars. */
export function ProgressBar({ bp, label }: { bp: number; label: string }) {
  return (
    <span
      className="review-progress"
      role="progressbar"
      aria-valuenow={bp / 100}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
    >
      <span style={{ width: `${Math.min(100, bp / 100)}%` }} />
      <em>{label}</em>
    </span>
  );
}

/** Two bars (before, after) scaled to the larger value; labels are already formatted. */
export function CompareBars(p: {
  title: string;
  before: number;
  after: number;
  beforeLabel: string;
  afterLabel: string;
  testId: string;
}) {
  const max = Math.max(p.before, p.after, 1);
  return (
    <div className="review-bars" data-testid={p.testId}>
      <div className="review-bars-title">{p.title}</div>
      <div className="review-bar before">
        <span style={{ width: `${(p.before / max) * 100}%` }} />
        <em>{p.beforeLabel}</em>
      </div>
      <div className="review-bar after">
        <span style={{ width: `${(p.after / max) * 100}%` }} />
        <em data-testid={`${p.testId}-after`}>{p.afterLabel}</em>
      </div>
    </div>
  );
}
