import type { Citation, Source, TimelineEvent } from "../model/dataset.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import { reportSays } from "../model/story.ts";
import { CitationView } from "./CitationView.tsx";
import "./ReportList.css";

export type ReportListProps = {
  event: TimelineEvent;
  sources: ReadonlyMap<string, Source>;
  /** Opens the source reader at a passage. */
  onReadSource: (citation: Citation) => void;
};

/** The other reports a report cannot agree with, by their 1-based numbers. */
function disagreesWith(event: TimelineEvent, index: number): number[] {
  const others = new Set<number>();
  for (const d of event.disagreements) {
    if (d.reports.includes(index)) for (const r of d.reports) if (r !== index) others.add(r + 1);
  }
  return [...others].sort((a, b) => a - b);
}

/** `report 1`, `reports 1 and 3`. */
function reportNumbers(numbers: readonly number[]): string {
  const words = numbers.map(String);
  if (words.length === 1) return `report ${words[0] ?? ""}`;
  return `reports ${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

/**
 * An event's story, report by report in dateline order: the day of the report, its article and
 * outlet, what it said (status and date in words, with the article's own date words), which other
 * reports it cannot agree with, and its passages, each with "Read in source".
 */
export function ReportList({ event, sources, onReadSource }: ReportListProps) {
  return (
    <ol className="reports">
      {event.reports.map((report, i) => {
        const source = sources.get(report.source);
        const against = disagreesWith(event, i);
        return (
          <li key={`${report.source}-${String(i)}`} className="report" data-report={i}>
            <p className="report-head">
              <span className="report-number">Report {i + 1}</span>{" "}
              <span className="report-day">{formatDayLong(report.dateline)}</span>
              {" · "}
              <cite>{source?.title ?? report.source}</cite>
              {source ? <span className="report-outlet"> · {source.attribution}</span> : null}
            </p>
            <p className="report-says">
              <span className="report-says-label">Said:</span> {reportSays(report)}
              {report.date ? (
                <span className="report-phrase"> (“{report.date.phrase}”)</span>
              ) : null}
            </p>
            {against.length > 0 && (
              <p className="report-disagrees">Cannot agree with {reportNumbers(against)}</p>
            )}
            <ol className="citations">
              {report.citations.map((index) => {
                const citation = event.citations[index];
                if (!citation) return null;
                return (
                  <CitationView
                    key={`${citation.source}-${String(citation.start)}-${String(index)}`}
                    citation={citation}
                    source={source}
                    byline={false}
                    onRead={() => {
                      onReadSource(citation);
                    }}
                  />
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
