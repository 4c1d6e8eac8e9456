import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";
import type { Timex } from "../article.ts";
import type { ArticleView, PlacedCitation } from "../article.ts";
import { pieces } from "../article.ts";
import type { DraftEvent } from "../draft.ts";
import "./ArticlePane.css";

export type ArticlePaneProps = {
  article: ArticleView;
  placed: readonly PlacedCitation[];
  events: readonly DraftEvent[];
  /** The card being edited, which a selection can be cited in. */
  active: DraftEvent | undefined;
  onCite: (key: string, quote: string, occurrence: number | undefined) => void;
  onNewEvent: (quote: string, occurrence: number | undefined) => void;
  /** A found expression was chosen: it becomes the active card's date. */
  onPickDate: (timex: Timex) => void;
};

type Selected = { quote: string; occurrence: number | undefined };

/** Every start offset of `quote` in `text`. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** The text offset of a DOM position inside the pane (pieces carry their start offset). */
function offsetOf(node: Node, offset: number): number | undefined {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>("[data-start]");
  if (!piece) return undefined;
  return Number(piece.dataset["start"]) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * The article as written, paragraph by paragraph, as text nodes only. Every temporal expression
 * the tagger found is marked and shows its resolved date on hover and focus; every cited passage
 * is marked and links to its card. Selecting words offers to cite them or make an event of them.
 */
export function ArticlePane(props: ArticlePaneProps) {
  const { article, placed, events, active, onCite, onNewEvent, onPickDate } = props;
  const [selected, setSelected] = useState<Selected | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titles = new Map(events.map((e) => [e.key, e.title.trim() || e.id]));

  const readSelection = (): void => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      setSelected(null);
      return;
    }
    const range = selection.getRangeAt(0);
    if (!bodyRef.current?.contains(range.commonAncestorContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end <= start) return;
    const raw = article.text.slice(start, end);
    const quote = raw.trim();
    if (quote === "" || quote.includes("\n\n")) {
      setSelected(null);
      return;
    }
    const at = start + raw.indexOf(quote);
    const all = occurrences(article.text, quote);
    setSelected({ quote, occurrence: all.length > 1 ? all.indexOf(at) + 1 : undefined });
  };

  // The selection is read whenever it changes, by mouse or keyboard (caret browsing).
  useEffect(() => {
    document.addEventListener("selectionchange", readSelection);
    return () => {
      document.removeEventListener("selectionchange", readSelection);
    };
  });

  const paragraphs = pieces(article, placed);
  return (
    <section className="cu-panel ca-pane" aria-labelledby="article-heading">
      <h2 id="article-heading">
        Article <span className="muted">dateline {article.dateline}</span>
      </h2>
      <p className="muted ca-legend">
        <mark className="ca-timex-sample">Dates</mark> the tagger found (hover or focus for the
        date), <mark className="ca-cited-sample">passages</mark> cited by an event.
      </p>
      <div className="ca-selection-bar" aria-live="polite">
        {selected === null ? (
          <p className="muted">
            Select words in the article to cite them or to make an event of them.
          </p>
        ) : (
          <>
            <p>
              Selected:{" "}
              <q>
                {selected.quote.length > 80 ? `${selected.quote.slice(0, 80)}…` : selected.quote}
              </q>
            </p>
            {active && active.state !== "rejected" && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  onCite(active.key, selected.quote, selected.occurrence);
                  setSelected(null);
                }}
              >
                Cite in “{active.title.trim() || active.id}”
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() => {
                onNewEvent(selected.quote, selected.occurrence);
                setSelected(null);
              }}
            >
              New event from the selection
            </button>
          </>
        )}
      </div>
      <div className="ca-body" ref={bodyRef}>
        {paragraphs.map((paragraph, p) => (
          <p key={p}>
            {paragraph.map((piece) => {
              const words = article.text.slice(piece.start, piece.end);
              const timex = piece.timex === undefined ? undefined : article.timexes[piece.timex];
              let content: ReactNode = words;
              if (timex) {
                const resolved = timex.date ? timex.date.edtf : timex.value;
                const tipId = `timex-${piece.start}`;
                content = (
                  <button
                    type="button"
                    className="ca-timex"
                    aria-describedby={tipId}
                    data-start={piece.start}
                    onClick={() => {
                      onPickDate(timex);
                    }}
                  >
                    {words}
                    <span className="ca-timex-tip" id={tipId} role="tooltip">
                      {timex.type.toLowerCase()} → {resolved}
                      {active && active.state !== "rejected"
                        ? " (click: date of the card being edited)"
                        : ""}
                    </span>
                  </button>
                );
              } else content = <span data-start={piece.start}>{words}</span>;
              if (piece.citedBy.length === 0) return <span key={piece.start}>{content}</span>;
              const label = piece.citedBy.map((k) => titles.get(k) ?? k).join(", ");
              return (
                <mark key={piece.start} className="ca-cited" title={`Cited by ${label}`}>
                  {content}
                </mark>
              );
            })}
            {[...new Set(paragraph.flatMap((piece) => piece.citedBy))].map((k) => (
              <a key={k} className="ca-cited-link" href={`#card-${k}`}>
                → {titles.get(k) ?? k}
              </a>
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
