interface ProgressBarProps {
  value: number;
  max: number;
  label: string;
  valueText: string;
}

/** A progress bar that screen readers read as its text ("4.081 trên 5.000 sáng kiến, đạt 81,6%"). */
export function ProgressBar({ value, max, label, valueText }: ProgressBarProps) {
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
    >
      <div className="progress__fill" style={{ width: `${(share * 100).toFixed(2)}%` }} />
    </div>
  );
}
