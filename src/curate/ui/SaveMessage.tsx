import type { SaveState } from "../workspaceState.ts";
import "./SaveMessage.css";

export type SaveMessageProps = {
  save: SaveState;
  /** The draft as YAML: the curator's version in a conflict. */
  mine: string;
  /** An ISO instant as the curator's local time. */
  time: (iso: string) => string;
  onKeepMine: () => void;
  onTakeDisk: () => void;
};

/** How the last save or rebuild went, in words; a conflict shows both versions to choose from. */
export function SaveMessage({ save, mine, time, onKeepMine, onTakeDisk }: SaveMessageProps) {
  switch (save.kind) {
    case "idle":
      return null;
    case "saving":
      return (
        <p role="status" className="cs-message">
          Saving…
        </p>
      );
    case "rebuilding":
      return (
        <p role="status" className="cs-message">
          Rebuilding the dataset…
        </p>
      );
    case "saved":
      return (
        <p role="status" className="cs-message cs-ok">
          Saved at {time(save.at)}.
        </p>
      );
    case "rebuilt":
      return (
        <div role="alert" className="cs-message cs-failed">
          <p>{save.ok ? "Rebuilt." : "The dataset did not rebuild:"}</p>
          <ul>
            {save.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      );
    case "blocked":
      return (
        <Failed
          message={`Not saved: fix the ${save.problems} problem${save.problems === 1 ? "" : "s"} listed above first.`}
        />
      );
    case "saveFirst":
      return <Failed message="Save first: the rebuild reads the files on disk." />;
    case "offline":
      return <Failed message={save.message} />;
    case "refused":
      return <Failed message={save.message} problems={save.problems} />;
    case "conflict":
      return (
        <div role="alert" className="cs-message cs-conflict">
          <p>
            {save.message} Your version is kept here and in this browser; choose which one to keep.
          </p>
          <div className="cs-versions">
            <div>
              <h3 id="conflict-mine">Your version</h3>
              <textarea readOnly rows={10} aria-labelledby="conflict-mine" value={mine} />
            </div>
            <div>
              <h3 id="conflict-disk">The version on disk</h3>
              <textarea
                readOnly
                rows={10}
                aria-labelledby="conflict-disk"
                value={save.disk?.text ?? "(the file was deleted)"}
              />
            </div>
          </div>
          <button type="button" className="button cu-primary" onClick={onKeepMine}>
            Keep mine (save it over the version on disk)
          </button>{" "}
          {save.disk && (
            <button type="button" className="button" onClick={onTakeDisk}>
              Take the version on disk (drop my changes)
            </button>
          )}
        </div>
      );
  }
}

/** A save that did not write: why, and the server's problems if it listed any. */
function Failed({ message, problems = [] }: { message: string; problems?: readonly string[] }) {
  return (
    <div role="alert" className="cs-message cs-failed">
      <p>{message}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
