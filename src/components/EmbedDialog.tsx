import { useEffect, useId, useRef, useState } from "react";
import { DEFAULT_EMBED_HEIGHT, EMBED_HEIGHTS, embedSnippet } from "../share/embed.ts";
import "./EmbedDialog.css";

export type EmbedDialogProps = {
  /** Whether the dialog is showing (it is modal while it does). */
  open: boolean;
  onClose: () => void;
  /** The absolute URL of the embedded view (embedSrc). */
  src: string;
  /** The iframe's title for screen readers (embedTitle). */
  title: string;
};

/**
 * The Embed dialog: the iframe snippet of the current view, a choice of height, a preview at
 * that height, and a Copy button. Where the clipboard is refused, the code is selected in its
 * field for the reader to copy by hand. A native modal <dialog>: focus stays inside while it is
 * open, Escape closes it, and focus goes back to what opened it.
 */
export function EmbedDialog({ open, onClose, src, title }: EmbedDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const openerRef = useRef<Element | null>(null);
  const [height, setHeight] = useState<number>(DEFAULT_EMBED_HEIGHT);
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");
  const headingId = useId();
  const codeId = useId();
  const hintId = useId();
  const snippet = embedSnippet({ src, title, height });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement;
      setCopy("idle");
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Closed by any means (Escape, the button): tell the owner, and put focus back on the opener.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onDialogClose = () => {
      const opener = openerRef.current;
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      onClose();
    };
    // Escape closes this dialog only: the explorer's own Escape (closing the event panel) must
    // not see it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      dialog.close();
    };
    dialog.addEventListener("close", onDialogClose);
    dialog.addEventListener("keydown", onKeyDown);
    return () => {
      dialog.removeEventListener("close", onDialogClose);
      dialog.removeEventListener("keydown", onKeyDown);
    };
  }, [onClose]);

  useEffect(() => {
    if (copy === "manual") codeRef.current?.select();
    if (copy !== "copied") return;
    const timer = window.setTimeout(() => {
      setCopy("idle");
    }, 4000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [copy]);

  async function copyCode() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy("copied");
    } catch {
      codeRef.current?.focus();
      setCopy("manual");
    }
  }

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={headingId}>
      <div className="embed-dialog-top">
        <h2 id={headingId}>Embed this view</h2>
        <button
          type="button"
          className="button subtle"
          aria-label="Close"
          onClick={() => dialogRef.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="embed-dialog-intro">
        Paste the code into your article’s HTML. The embed shows this view as it is now: its
        filters, its lanes and the open event, with a link to the full timeline.
      </p>
      <fieldset className="embed-heights">
        <legend>Height</legend>
        {EMBED_HEIGHTS.map((choice) => (
          <label key={choice.id} className="embed-height">
            <input
              type="radio"
              name="embed-height"
              value={choice.height}
              checked={height === choice.height}
              onChange={() => {
                setHeight(choice.height);
                setCopy("idle");
              }}
            />
            <span>
              {choice.label}, {choice.height} px <span className="muted">({choice.hint})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={codeId} className="embed-code-label">
        Embed code
      </label>
      <textarea
        ref={codeRef}
        id={codeId}
        className="embed-code"
        readOnly
        rows={4}
        value={snippet}
        aria-describedby={hintId}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
      <div className="embed-copy">
        <button type="button" className="button embed-copy-button" onClick={() => void copyCode()}>
          Copy code
        </button>
        <p id={hintId} className="embed-copy-status" role="status">
          {copy === "copied"
            ? "Embed code copied"
            : copy === "manual"
              ? "Copying was refused: the code is selected, press Ctrl+C or ⌘C."
              : ""}
        </p>
      </div>
      <h3 className="embed-preview-title">Preview</h3>
      <div className="embed-preview">
        {/* Same origin as the app, so no sandbox (Chromium warns that one could be escaped);
            a new height resizes the preview without reloading it. */}
        {open && <iframe key={src} src={src} title={`Preview: ${title}`} height={height} />}
      </div>
    </dialog>
  );
}
