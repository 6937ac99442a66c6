import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = { title: string; open: boolean; onClose: () => void; children: ReactNode };

/**
 * A modal dialog on the native <dialog>: the browser traps focus, makes the page behind inert and
 * closes it on Escape; focus returns to the button that opened it. Named by its heading.
 */
export function Dialog({ title, open, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
