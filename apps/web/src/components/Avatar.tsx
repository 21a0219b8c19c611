import { colorForHandle, initialsOf } from '../room/colorForHandle.ts';

/** A round avatar with initials in the person's colour. */
export function Avatar(props: { handle: string; name?: string; size?: 'sm' | 'md'; title?: string }) {
  const name = props.name ?? props.handle;
  return (
    <span
      className={`avatar avatar--${props.size ?? 'md'}`}
      style={{ background: colorForHandle(props.handle) }}
      title={props.title ?? `${name} (@${props.handle})`}
      aria-hidden="true"
    >
      {initialsOf(name, props.handle)}
    </span>
  );
}
