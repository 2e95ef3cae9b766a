// A native <dialog> opened with showModal(): the browser traps focus, makes the screen behind it
// inert and turns Escape into a `cancel` event, which we route to onClose.
import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  /** False while a command is in flight, so Escape cannot hide a sale being saved. */
  canClose?: boolean;
  className?: string;
  children: ReactNode;
}

export function Modal({ title, onClose, canClose = true, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    // showModal focuses the first focusable child; `data-autofocus` picks the useful one instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (canClose) onClose();
      }}
      onClose={() => {
        // Chromium may force-close after repeated Escapes; keep React and the DOM in step.
        const dialog = ref.current;
        if (!dialog || dialog.open) return;
        if (canClose) onClose();
        else dialog.showModal();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
