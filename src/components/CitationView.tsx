import type { Citation, Source } from "../model/dataset.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import { QuotedPassage } from "./QuotedPassage.tsx";

export type CitationViewProps = {
  citation: Citation;
  source: Source | undefined;
  /**
   * Whether to name the article, the day of its report and its outlet (default true); a report's
   * own passages leave that to the report's heading and give the paragraph alone.
   */
  byline?: boolean;
  /** Opens the source reader at this passage. */
  onRead: () => void;
};

/**
 * One citation: the quote highlighted inside its sentence, where it comes from (article, paragraph,
 * the report's date, attribution), and a button to read it in the full article. (A link to the
 * passage is one of the Share menu's choices.)
 */
export function CitationView({ citation, source, byline = true, onRead }: CitationViewProps) {
  return (
    <li className="citation">
      <QuotedPassage citation={citation} source={source} className="quote" />
      {byline ? (
        <p className="citation-source">
          <cite>{source?.title ?? citation.source}</cite>, paragraph {citation.paragraph + 1}
          {source ? (
            <>
              {" "}
              · report of {formatDayLong(source.dateline)} · credited to {source.attribution}
            </>
          ) : null}
        </p>
      ) : (
        <p className="citation-source">Paragraph {citation.paragraph + 1}</p>
      )}
      <div className="citation-actions">
        <button type="button" className="button" onClick={onRead} disabled={!source}>
          Read in source
        </button>
      </div>
    </li>
  );
}
