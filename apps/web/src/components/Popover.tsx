import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A small floating panel under its anchor; closes on Escape and on a click
 * outside. Rendered inside the anchor's wrapper, so it scrolls with it.
 */
export function Popover(props: { open: boolean; onClose: () => void; children: ReactNode; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { open, onClose } = props;
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (event.target instanceof Node && ref.current?.parentElement?.contains(event.target)) return;
      onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
    };
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open, onClose]);
  if (!open) return null;
  return (
    <div ref={ref} className="popover" role="dialog" aria-label={props.label} contentEditable={false}>
      {props.children}
    </div>
  );
}
