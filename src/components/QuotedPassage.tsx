import type { Citation, Source } from "../model/dataset.ts";
import { quoteContext } from "../model/passages.ts";

export type QuotedPassageProps = {
  citation: Citation;
  source: Source | undefined;
  className: string;
};

/**
 * A citation's exact words, marked, in the sentence around them (cut with "…" where it is
 * clipped): the panel's citations and the embed's card quote alike.
 */
export function QuotedPassage({ citation, source, className }: QuotedPassageProps) {
  const context = source ? quoteContext(source, citation) : null;
  return (
    <blockquote className={className}>
      <p>
        {context?.clippedBefore ? "… " : ""}
        {context?.before}
        <mark>{citation.exact}</mark>
        {context?.after}
        {context?.clippedAfter ? " …" : ""}
      </p>
    </blockquote>
  );
}
