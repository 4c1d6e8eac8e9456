import { formatDayLong } from "../model/dateLabels.ts";
import "./AsOfBanner.css";

export type AsOfBannerProps = {
  /** The day the view is as reported up to. */
  asOf: string;
  /** How many articles had been published by then, and in all. */
  articles: { shown: number; total: number };
  /** Back to today's view, every report. */
  onToday: () => void;
};

/**
 * Says, above the timeline, that the view is the past's: as reported up to a day, from so many of
 * the articles, later reports left out, with the way back to today's view. A link opened from
 * someone else shows it too, so nobody takes an old state of a story for its latest.
 */
export function AsOfBanner({ asOf, articles, onToday }: AsOfBannerProps) {
  // A landmark of its own, to be found and skipped to; its words are announced as the day steps.
  return (
    <section className="asof-banner" aria-label="As reported up to">
      <p aria-live="polite">
        <strong>As reported up to {formatDayLong(asOf)}.</strong> What {articles.shown} of{" "}
        {articles.total} {articles.total === 1 ? "article" : "articles"} had reported by then; later
        reports are left out.
      </p>
      <button type="button" className="button subtle" onClick={onToday}>
        Show every report
      </button>
    </section>
  );
}
