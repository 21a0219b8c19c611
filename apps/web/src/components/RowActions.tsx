/** Move up, move down and remove, for a goal or an item; shown on hover and focus. */
export function RowActions(props: {
  what: 'goal' | 'item' | 'headline goal' | 'statement' | 'sub-goal';
  onMove?: (direction: 1 | -1) => void;
  onRemove: () => void;
}) {
  return (
    <span className="row-actions" contentEditable={false}>
      {props.onMove && (
        <>
          <button
            type="button"
            className="icon-btn"
            aria-label={`Move ${props.what} up`}
            title="Move up"
            onClick={() => props.onMove?.(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={`Move ${props.what} down`}
            title="Move down"
            onClick={() => props.onMove?.(1)}
          >
            ↓
          </button>
        </>
      )}
      <button
        type="button"
        className="icon-btn icon-btn--danger"
        aria-label={`Remove ${props.what}`}
        title={`Remove ${props.what}`}
        onClick={props.onRemove}
      >
        ×
      </button>
    </span>
  );
}
