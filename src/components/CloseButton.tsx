export type CloseButtonProps = {
  /** What it closes, as its accessible name: `Close details`, `Close the article`. */
  label: string;
  onClick: () => void;
};

/**
 * The one way a panel or sheet closes: a button reading "Close" with a cross, the same for the
 * detail panel and the source reader. Escape does the same (its tooltip says so).
 */
export function CloseButton({ label, onClick }: CloseButtonProps) {
  return (
    <button
      type="button"
      className="button close-button"
      onClick={onClick}
      aria-label={label}
      title="Close (Escape)"
    >
      <span aria-hidden="true">×</span> Close
    </button>
  );
}
