import type { LoadFailure } from "../state/loadDataset.ts";
import { useReload } from "../state/useViewState.ts";
import "./ErrorScreen.css";

export type ErrorScreenProps = {
  kind: LoadFailure;
  url: string;
  summary: string;
  problems: readonly string[];
};

const ADVICE: Record<LoadFailure, string> = {
  http: "The app looks for data/timeline.json beside its page. If you run Dateline yourself, build the dataset with `npm run data` (or start with `npm start`, which builds it) and publish the data folder with the app.",
  network:
    "Check your connection and reload the page. If it keeps failing, the server may be down.",
  json: "The file is damaged or was cut off while being written or downloaded. Rebuild it with `npm run data` and publish it again.",
  schema:
    "The file is not a Dateline dataset, or it was edited by hand. Rebuild it from the corpus with `npm run data`.",
  version:
    "The dataset was built by another version of Dateline. Rebuild it with this version's `npm run data`, or deploy the app and its dataset together.",
  references:
    "Parts of the dataset point at things it does not contain. Rebuild it from the corpus with `npm run data`; the pipeline reports the cause.",
};

/** What failed when loading the dataset, and what to do about it. Never a blank page. */
export function ErrorScreen({ kind, url, summary, problems }: ErrorScreenProps) {
  const reload = useReload();
  return (
    <main className="error-screen" aria-labelledby="error-title">
      <p className="product">Dateline</p>
      <h1 id="error-title">The timeline could not be loaded</h1>
      <p className="error-summary">{summary}</p>
      <p>{ADVICE[kind]}</p>
      {problems.length > 0 && (
        <details open={kind !== "network"}>
          <summary>Details</summary>
          <ul className="problems">
            {problems.map((problem, i) => (
              <li key={i}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
          <p className="muted">
            File: <code>{url}</code>
          </p>
        </details>
      )}
      <p>
        <button type="button" className="button" onClick={reload}>
          Try again
        </button>
      </p>
    </main>
  );
}
