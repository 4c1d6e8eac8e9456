import type { Citation, Source } from "../model/dataset.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import { quoteContext } from "../model/passages.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";

export type CitationViewProps = {
  citation: Citation;
  source: Source | undefined;
  /** Opens the source reader at this passage. */
  onRead: () => void;
  /** The absolute link to this passage. */
  passageUrl: () => string;
};

/**
 * One citation: the quote highlighted inside its sentence, where it comes from (article, paragraph,
 * dateline, attribution), and actions to read it in the source or copy a link to it.
 */
export function CitationView({ citation, source, onRead, passageUrl }: CitationViewProps) {
  const context = source ? quoteContext(source, citation) : null;
  return (
    <li className="citation">
      <blockquote className="quote">
        <p>
          {context?.clippedBefore ? "… " : ""}
          {context?.before}
          <mark>{citation.exact}</mark>
          {context?.after}
          {context?.clippedAfter ? " …" : ""}
        </p>
      </blockquote>
      <p className="citation-source">
        <cite>{source?.title ?? citation.source}</cite>, paragraph {citation.paragraph + 1}
        {source ? ` · ${formatDayLong(source.dateline)} · ${source.attribution}` : ""}
      </p>
      <div className="citation-actions">
        <button type="button" className="button" onClick={onRead} disabled={!source}>
          Read in source
        </button>
        <CopyLinkButton label="Copy link to passage" getUrl={passageUrl} />
      </div>
    </li>
  );
}
