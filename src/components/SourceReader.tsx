import type { MouseEvent, ReactNode } from "react";
import { useEffect, useMemo, useRef } from "react";
import type { Source, TimelineEvent } from "../model/dataset.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import type { CitedRange } from "../model/passages.ts";
import { segmentText } from "../model/passages.ts";
import type { Passage } from "../model/viewState.ts";
import { CloseButton } from "./CloseButton.tsx";
import { scrollBehavior } from "./motion.ts";
import type { ShareChoice } from "./ShareMenu.tsx";
import { ShareMenu } from "./ShareMenu.tsx";
import "./SourceReader.css";

export type SourceReaderProps = {
  source: Source | null;
  passage: Passage | null;
  /** Every cited stretch of the source (citedRanges). */
  ranges: readonly CitedRange[];
  events: ReadonlyMap<string, TimelineEvent>;
  hrefForEvent: (id: string) => string;
  /** The Share menu's choices (the header's menu is out of reach under this modal sheet). */
  shareChoices: readonly ShareChoice[];
  onOpenEvent: (id: string) => void;
  onClose: () => void;
};

/**
 * The full article in a modal sheet: dateline and attribution, its paragraphs as written, every cited
 * passage marked and linked to its event(s), the requested passage highlighted and scrolled into
 * view. Marks are built from offsets as React text, so the article is never parsed as HTML. Escape
 * or Close shuts it and the browser returns focus to what opened it.
 */
export function SourceReader(props: SourceReaderProps) {
  const { source, passage, ranges, events } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const currentRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (source && !dialog.open) dialog.showModal();
    if (!source && dialog.open) dialog.close();
  }, [source]);

  useEffect(() => {
    if (!source) return;
    const target = currentRef.current;
    if (target) target.scrollIntoView({ block: "center", behavior: scrollBehavior() });
    else dialogRef.current?.querySelector(".reader-body")?.scrollTo({ top: 0 });
  }, [source, passage?.start, passage?.end]);

  const paragraphs = useMemo(() => {
    if (!source) return [];
    // The requested passage joins the cited ranges (last), so segments split at its edges too.
    const all: { start: number; end: number }[] = [...ranges];
    if (passage) all.push(passage);
    const requested = passage ? ranges.length : -1;
    let firstCurrent = true;
    return source.paragraphs.map((span) => ({
      span,
      segments: segmentText(source.text, span.start, span.end, all).map((segment) => {
        const current = segment.covers.includes(requested);
        const first = current && firstCurrent;
        if (current) firstCurrent = false;
        return {
          ...segment,
          current,
          first,
          cited: segment.covers.filter((i) => i !== requested).map((i) => ranges[i]),
        };
      }),
    }));
  }, [source, passage, ranges]);

  function follow(event: MouseEvent, id: string) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    props.onOpenEvent(id);
  }

  function renderSegment(
    segment: (typeof paragraphs)[number]["segments"][number],
    key: string,
  ): ReactNode {
    const cited = segment.cited.filter((r) => r !== undefined);
    if (cited.length === 0 && !segment.current) return segment.text;
    const ref = segment.first ? currentRef : undefined;
    const className = [
      cited.length > 0 ? "cited" : "",
      cited.length > 1 ? "overlap" : "",
      segment.current ? "current" : "",
    ]
      .filter(Boolean)
      .join(" ");
    // The innermost (shortest) citation decides where the link goes; all are named in the title.
    const eventIds = [...new Set(cited.flatMap((r) => r.eventIds))];
    const innermost = [...cited].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const target = innermost?.eventIds[0];
    const titles = eventIds.map((id) => events.get(id)?.title ?? id);
    return (
      <mark
        key={key}
        ref={ref}
        className={className}
        aria-current={segment.current ? "true" : undefined}
      >
        {target ? (
          <a
            href={props.hrefForEvent(target)}
            onClick={(e) => {
              follow(e, target);
            }}
            title={`Cited by: ${titles.join("; ")}`}
          >
            {segment.text}
          </a>
        ) : (
          segment.text
        )}
      </mark>
    );
  }

  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby="reader-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      {source && (
        <article className="reader-inner">
          <header className="reader-head">
            <div>
              <p className="kicker">Source article</p>
              <h2 id="reader-title">{source.title}</h2>
              <p className="reader-meta">
                <span className="dateline">{formatDayLong(source.dateline)}</span> · credited to{" "}
                {source.attribution}
              </p>
            </div>
            <div className="reader-actions">
              <ShareMenu choices={props.shareChoices} />
              <CloseButton label="Close the article" onClick={props.onClose} />
            </div>
          </header>
          <div className="reader-body">
            <p className="muted reader-help">
              Highlighted passages are cited by events; choose one to open its event.
            </p>
            {paragraphs.map((paragraph, i) => (
              <p key={i} className="para" id={`para-${i + 1}`}>
                <span className="para-number">
                  <span className="visually-hidden">Paragraph </span>
                  {i + 1}
                </span>
                {paragraph.segments.map((segment, j) => renderSegment(segment, `${i}-${j}`))}
              </p>
            ))}
          </div>
        </article>
      )}
    </dialog>
  );
}
