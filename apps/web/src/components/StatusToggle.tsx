import { STATUS_EMOJI, STATUSES, type Status } from '@sprintboard/plan';

const NAMES: Record<Status, string> = { achieved: 'achieved', carried: 'carried over', dropped: 'dropped' };

/** ✅ 🔁 ❌: the outcome of a goal, 🎯 statement or item; clicking the chosen one clears it. */
export function StatusToggle(props: {
  status: Status | null;
  editable: boolean;
  onChange: (status: Status | null) => void;
}) {
  if (!props.editable) {
    return props.status ? (
      <span
        className="status-badge"
        title={NAMES[props.status]}
        role="img"
        aria-label={`Status: ${NAMES[props.status]}`}
      >
        {STATUS_EMOJI[props.status]}
      </span>
    ) : null;
  }
  return (
    <fieldset className="status-toggle" aria-label="Status" contentEditable={false}>
      {STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className="status-toggle__option"
          aria-pressed={props.status === status}
          aria-label={`Mark ${NAMES[status]}`}
          title={`Mark ${NAMES[status]}`}
          onClick={() => props.onChange(props.status === status ? null : status)}
        >
          {STATUS_EMOJI[status]}
        </button>
      ))}
    </fieldset>
  );
}
