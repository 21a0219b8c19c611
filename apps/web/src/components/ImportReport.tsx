/** One line of an import report as text: its message when it has one. */
export function reportLineText(line: Record<string, unknown>): string {
  if (typeof line.message === 'string') return line.message;
  return Object.entries(line)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

/** What an import recognised and what it kept as rich text. */
export function ImportReport(props: { report: ReadonlyArray<Record<string, unknown>> }) {
  if (props.report.length === 0) {
    return <p>Everything in the issue was recognised: goals, owners, statuses, 🎯 statements and teams.</p>;
  }
  return (
    <>
      <p>
        The board was created. {props.report.length} thing{props.report.length === 1 ? ' was' : 's were'} not
        fully recognised and kept as rich text, nothing was dropped:
      </p>
      <ul className="report-list" aria-label="Import report">
        {props.report.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the report is shown once and never reordered
          <li key={i}>
            {typeof line.line === 'number' && <span className="report-list__line">line {line.line}</span>}
            {reportLineText(line)}
          </li>
        ))}
      </ul>
    </>
  );
}
