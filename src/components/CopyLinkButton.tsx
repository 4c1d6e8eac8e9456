import { useEffect, useId, useRef, useState } from "react";
import "./CopyLinkButton.css";

export type CopyLinkButtonProps = {
  /** The absolute URL to copy, computed when clicked. */
  getUrl: () => string;
  /** The button's text. */
  label: string;
  className?: string;
};

/**
 * Copies a link with the Clipboard API. Where that is refused (no permission, an insecure origin),
 * it shows the link in a read-only field, selected, for the reader to copy by hand.
 */
export function CopyLinkButton({ getUrl, label, className }: CopyLinkButtonProps) {
  const [state, setState] = useState<{ kind: "idle" | "copied" } | { kind: "manual"; url: string }>(
    { kind: "idle" },
  );
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (state.kind === "manual") {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
    if (state.kind !== "copied") return;
    const timer = window.setTimeout(() => {
      setState({ kind: "idle" });
    }, 2500);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state]);

  async function copy() {
    const url = getUrl();
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: "copied" });
    } catch {
      setState({ kind: "manual", url });
    }
  }

  return (
    <span className={`copy-link ${className ?? ""}`}>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {state.kind === "copied" ? "Link copied" : ""}
      </span>
      {state.kind === "manual" && (
        <span className="copy-fallback">
          <label htmlFor={fieldId}>Copy this link (Ctrl+C or ⌘C):</label>
          <input
            ref={fieldRef}
            id={fieldId}
            type="text"
            readOnly
            value={state.url}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
          <button
            type="button"
            className="button subtle"
            onClick={() => {
              setState({ kind: "idle" });
            }}
          >
            Done
          </button>
        </span>
      )}
    </span>
  );
}
