import { conflictHunks } from "../conflictDiff.ts";
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
  /** Close the copy of the curator's version kept after taking the one on disk. */
  onCloseCopy: () => void;
  /** Move to the list of the checks' problems (where it is depends on the layout). */
  onShowProblems: () => void;
};

/** How the last save or rebuild went, in words; a conflict shows both versions to choose from. */
export function SaveMessage(props: SaveMessageProps) {
  const { save, mine, time, onKeepMine, onTakeDisk, onCloseCopy, onShowProblems } = props;
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
      // The list is not above this message (it heads the annotation, beside or below the
      // article): the message counts the problems and leads to it.
      return (
        <div role="alert" className="cs-message cs-failed">
          <p>
            Not saved: {save.problems} problem{save.problems === 1 ? "" : "s"} to fix first.{" "}
            <a
              href="#problems-heading"
              onClick={(event) => {
                event.preventDefault();
                onShowProblems();
              }}
            >
              Go to the list of problems
            </a>
          </p>
        </div>
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
          {save.disk && <Differences disk={save.disk.text} mine={mine} />}
          <button type="button" className="button cu-primary" onClick={onKeepMine}>
            Keep mine (save it over the version on disk)
          </button>{" "}
          {save.disk && (
            <button type="button" className="button" onClick={onTakeDisk}>
              Take the version on disk (my version stays here to copy from)
            </button>
          )}
        </div>
      );
    case "tookDisk":
      return (
        <div role="status" className="cs-message cs-copy">
          <p>
            You took the version on disk: it is open for editing below. Your version stays here to
            copy from until you close it.
          </p>
          <h3 id="copy-mine">Your version (not saved)</h3>
          <textarea readOnly rows={10} aria-labelledby="copy-mine" value={save.mine} />
          <button type="button" className="button" onClick={onCloseCopy}>
            Close my version
          </button>
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

/**
 * The lines that differ between the version on disk and the curator's, with a little context.
 * Each changed line carries a sign and words (read by screen readers) as well as a colour.
 */
function Differences({ disk, mine }: { disk: string; mine: string }) {
  const hunks = conflictHunks(disk, mine);
  return (
    <section className="cs-diff" aria-labelledby="conflict-diff">
      <h3 id="conflict-diff">What differs</h3>
      {hunks.length === 0 ? (
        <p>Nothing: the two versions hold the same lines.</p>
      ) : (
        <>
          <p className="cs-diff-legend">
            <span aria-hidden="true">−</span> only on disk, <span aria-hidden="true">+</span> only
            in your version; other lines are in both.
          </p>
          {hunks.map((hunk) => (
            <div key={`${hunk.diskLine}-${hunk.mineLine}`} className="cs-hunk">
              <p className="cs-hunk-where">
                Line {hunk.diskLine} on disk, line {hunk.mineLine} in yours
              </p>
              <ul>
                {hunk.lines.map((line, i) =>
                  line.kind === "same" ? (
                    <li key={i} className="cs-same">
                      <span aria-hidden="true"> </span>
                      {line.text}
                    </li>
                  ) : line.kind === "disk" ? (
                    <li key={i} className="cs-disk">
                      <del>
                        <span aria-hidden="true">−</span>
                        <span className="visually-hidden">Only on disk: </span>
                        {line.text}
                      </del>
                    </li>
                  ) : (
                    <li key={i} className="cs-mine">
                      <ins>
                        <span aria-hidden="true">+</span>
                        <span className="visually-hidden">Only in yours: </span>
                        {line.text}
                      </ins>
                    </li>
                  ),
                )}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
