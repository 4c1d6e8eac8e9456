import type { Ignored } from "../model/viewState.ts";
import { describeIgnored } from "../model/viewState.ts";
import "./Notice.css";

export type NoticeProps = { ignored: readonly Ignored[]; onDismiss: () => void };

/** Says which parts of the link were ignored and why; dismissible. */
export function Notice({ ignored, onDismiss }: NoticeProps) {
  return (
    <div className="notice" role="status">
      <div>
        <p className="notice-title">
          {ignored.length === 1
            ? "One part of this link was ignored:"
            : `${ignored.length} parts of this link were ignored:`}
        </p>
        <ul>
          {ignored.map((item, i) => (
            <li key={`${item.param}-${i}`}>{describeIgnored(item)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button subtle" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
