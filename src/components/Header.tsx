import type { ReactNode } from "react";
import type { Dataset } from "../model/dataset.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import "./Header.css";

export type HeaderProps = {
  dataset: Dataset;
  /** The day the view is as reported up to (the dataset is then what was known by that day). */
  asOf?: string | null;
  /** Actions shown at the right: copy link, exports. */
  children?: ReactNode;
};

/** The latest dateline of the dataset's articles, or null without articles. */
function latestDateline(dataset: Dataset): string | null {
  let latest: string | null = null;
  for (const source of dataset.sources)
    if (latest === null || source.dateline > latest) latest = source.dateline;
  return latest;
}

/**
 * The masthead: the corpus's name, its size, and how recent its reporting is: its latest report,
 * or the day the view is as reported up to.
 */
export function Header({ dataset, asOf = null, children }: HeaderProps) {
  const latest = asOf ?? latestDateline(dataset);
  const count = dataset.events.length;
  return (
    <header className="masthead">
      <div className="masthead-text">
        <p className="product">Dateline</p>
        <h1>{dataset.title}</h1>
        <p className="masthead-meta">
          {count} {count === 1 ? "event" : "events"} from {dataset.sources.length}{" "}
          {dataset.sources.length === 1 ? "article" : "articles"}
          {latest ? `, as reported up to ${formatDayLong(latest)}` : ""}
        </p>
      </div>
      <div className="masthead-actions">{children}</div>
    </header>
  );
}
