import { useEffect, useState } from "react";
import { Explorer } from "./components/Explorer.tsx";
import { ErrorScreen } from "./components/ErrorScreen.tsx";
import type { LoadResult } from "./state/loadDataset.ts";
import { datasetUrl, loadDataset } from "./state/loadDataset.ts";

/** Loads the dataset beside the page, then shows the explorer, or a readable error screen. */
export function App() {
  const [result, setResult] = useState<LoadResult | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void loadDataset(datasetUrl(document.baseURI), fetch, controller.signal).then((loaded) => {
      if (!controller.signal.aborted) setResult(loaded);
    });
    return () => {
      controller.abort();
    };
  }, []);

  if (result === null) {
    return (
      <main className="loading" aria-busy="true">
        <p className="product">Dateline</p>
        <p role="status">Loading the timeline…</p>
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
  return <Explorer dataset={result.dataset} />;
}
