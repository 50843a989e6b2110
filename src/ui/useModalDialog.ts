/**
 * A native <dialog> shown with showModal() when it mounts: the browser makes the rest of the page
 * inert (focus stays in the dialog) and puts it in the top layer, with no focus-trap code of our
 * own. `close` and Escape close it and call `onClosed` (so does the browser's own closing, through
 * the dialog's `onClose`, which the caller wires to the same function).
 */
import { useEffect, useRef, type KeyboardEvent } from "react";

export function useModalDialog(
  onClosed: () => void,
  /** Once shown: where the focus goes first, if not the dialog's own choice. */
  onShown?: (dialog: HTMLDialogElement) => void,
) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const shown = useRef(onShown);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    // jsdom and old browsers have no showModal: an open (non-modal) dialog still works there.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    shown.current?.(dialog);
  }, []);

  const close = (): void => {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === "function" && dialog.open) dialog.close();
    else dialog?.removeAttribute("open");
    onClosed();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== "Escape") return;
    // Handled here, not left to the browser's cancel: the same Escape must not also close the
    // event details of the view around the dialog, and jsdom has no cancel at all.
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  return { dialogRef, close, onKeyDown };
}
