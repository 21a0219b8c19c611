import type { Decision } from '@sprintboard/plan';

/** The 50:50 moonshot flag of a goal or headline goal. */
export function FiftyFiftyToggle(props: {
  value: boolean;
  editable: boolean;
  onChange: (value: boolean) => void;
}) {
  if (!props.editable) return props.value ? <span className="pill pill--moon">50:50</span> : null;
  return (
    <button
      type="button"
      className={`pill pill--toggle${props.value ? ' pill--moon' : ''}`}
      aria-pressed={props.value}
      aria-label="50:50"
      title="50:50 moonshot: even odds of hitting it"
      onClick={() => props.onChange(!props.value)}
    >
      50:50
    </button>
  );
}

const DECISION_LABEL: Record<Decision, string> = {
  prioritised: 'Prioritised',
  deprioritised: 'Deprioritised',
};

/** Prioritised / deprioritised, for a hang-over item; clicking the chosen one clears it. */
export function DecisionToggle(props: {
  value: Decision | null;
  editable: boolean;
  onChange: (value: Decision | null) => void;
}) {
  if (!props.editable) {
    return props.value ? (
      <span className={`pill pill--${props.value}`}>{DECISION_LABEL[props.value]}</span>
    ) : null;
  }
  return (
    <fieldset className="segmented" aria-label="Decision" contentEditable={false}>
      {(['prioritised', 'deprioritised'] as const).map((decision) => (
        <button
          key={decision}
          type="button"
          className={`segmented__option pill--${decision}`}
          aria-pressed={props.value === decision}
          aria-label={DECISION_LABEL[decision]}
          onClick={() => props.onChange(props.value === decision ? null : decision)}
        >
          {DECISION_LABEL[decision]}
        </button>
      ))}
    </fieldset>
  );
}
