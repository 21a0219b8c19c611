import { useCallback, useState } from 'react';
import type { Person } from '../api/apiSchemas.ts';
import { Avatar } from './Avatar.tsx';
import { PersonPicker } from './PersonPicker.tsx';
import { Popover } from './Popover.tsx';

/**
 * The one owner of a goal, sub-goal or item: a chip with the person's
 * avatar, or "Assign owner". Clicking opens a picker over the roster.
 */
export function OwnerChip(props: {
  owner: string | null;
  people: readonly Person[];
  editable: boolean;
  onChange: (handle: string | null) => void;
  /** What is owned, for the accessible name ("Owner of item Ship search"). */
  what: string;
}) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const person = props.owner
    ? props.people.find((p) => p.handle.toLowerCase() === props.owner?.toLowerCase())
    : undefined;
  const label = props.owner ? `Owner: @${props.owner}` : 'Assign owner';
  const content = props.owner ? (
    <>
      <Avatar handle={props.owner} name={person?.name ?? props.owner} size="sm" />
      <span>@{props.owner}</span>
    </>
  ) : (
    <span>+ Owner</span>
  );
  if (!props.editable) {
    return props.owner ? (
      <span className="chip" title={`Owner of ${props.what}`}>
        {content}
      </span>
    ) : (
      <span className="chip chip--empty">No owner</span>
    );
  }
  return (
    <span className="chip-wrap" contentEditable={false}>
      <button
        type="button"
        className={`chip${props.owner ? '' : ' chip--empty'}`}
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={`Owner of ${props.what}`}
        onClick={() => setOpen((v) => !v)}
      >
        {content}
      </button>
      <Popover open={open} onClose={close} label="Choose owner">
        <PersonPicker
          people={props.people}
          selected={props.owner ? [props.owner] : []}
          onPick={(handle) => {
            props.onChange(handle);
            close();
          }}
          onClear={
            props.owner
              ? () => {
                  props.onChange(null);
                  close();
                }
              : undefined
          }
          clearLabel="Remove owner"
        />
      </Popover>
    </span>
  );
}
