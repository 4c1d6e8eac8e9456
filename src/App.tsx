import { useEffect, useState } from "react";
import { EmbedView } from "./components/EmbedView.tsx";
import { Explorer } from "./components/Explorer.tsx";
import { ErrorScreen } from "./components/ErrorScreen.tsx";
import type { LoadProgress, LoadResult } from "./state/loadDataset.ts";
import { datasetUrl, loadDataset } from "./state/loadDataset.ts";
import { useViewState } from "./state/useViewState.ts";

const MB = 1_000_000;

/** What the loading screen says: how much has arrived, then that it is being checked. */
function progressText(progress: LoadProgress | null): string {
  if (progress === null) return "";
  if (progress.phase === "check") return "Checking the events and their sources…";
  if (progress.phase === "shards") {
    return `Fetching the events' details: ${progress.done} of ${progress.total} parts`;
  }
  // Small datasets arrive at once: a byte count would only flicker.
  if (progress.received < MB) return "";
  const received = (progress.received / MB).toFixed(1);
  return progress.total === null
    ? `${received} MB received`
    : `${received} of ${(progress.total / MB).toFixed(1)} MB received`;
}

/**
 * Loads the dataset beside the page, then shows the explorer (or, with `?embed`, its compact
 * layout for an iframe), or a readable error screen.
 */
export function App() {
  const embed = useViewState((s) => s.state.embed);
  const [result, setResult] = useState<LoadResult | null>(null);
  const [progress, setProgress] = useState<LoadProgress | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    let shownAt = 0;
    void loadDataset(datasetUrl(document.baseURI), {
      signal: controller.signal,
      onProgress: (next) => {
        // At most a few updates a second: each one is a render.
        const now = performance.now();
        if (next.phase === "download" && now - shownAt < 150) return;
        shownAt = now;
        setProgress(next);
      },
    }).then((loaded) => {
      if (!controller.signal.aborted) setResult(loaded);
    });
    return () => {
      controller.abort();
    };
  }, []);

  if (result === null) {
    const detail = progressText(progress);
    const fraction =
      progress?.phase === "download" && progress.total !== null
        ? progress.received / progress.total
        : progress?.phase === "shards" && progress.total > 0
          ? progress.done / progress.total
          : null;
    return (
      <main className="loading" aria-busy="true">
        <p className="product">Dateline</p>
        <p role="status">Loading the timeline…</p>
        {detail !== "" && (
          <div className="loading-progress">
            <progress
              aria-label="Loading the timeline"
              {...(fraction === null ? {} : { value: fraction, max: 1 })}
            />
            <p>{detail}</p>
          </div>
        )}
      </main>
    );
  }
  if (!result.ok) {
    return (
      <ErrorScreen
        kind={result.kind}
        url={result.url}
        summary={result.summary}
        problems={result.problems}
      />
    );
  }
  // The embed receives exactly what the explorer does: the same data flow, another layout.
  return embed ? (
    <EmbedView dataset={result.dataset} searchTexts={result.searchTexts} />
  ) : (
    <Explorer dataset={result.dataset} searchTexts={result.searchTexts} />
  );
}
