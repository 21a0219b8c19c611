import { type Finding, RULES } from '@sprintboard/plan';

/** Plan-health warnings beside a goal, sub-goal or item: never blocking, always visible. */
export function FindingBadge(props: { findings: readonly Finding[] }) {
  if (props.findings.length === 0) return null;
  const text = props.findings.map((f) => `${f.rule}: ${f.message}`).join('\n');
  const [first] = props.findings;
  return (
    <span
      className="finding"
      role="note"
      aria-label={`Plan health: ${text}`}
      title={text}
      contentEditable={false}
    >
      <span aria-hidden="true">⚠</span>
      <span className="finding__text">
        {first ? RULES[first.rule].title : ''}
        {props.findings.length > 1 ? ` +${props.findings.length - 1}` : ''}
      </span>
    </span>
  );
}
