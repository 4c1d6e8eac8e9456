/**
 * The dataset check, off the main thread: receives the bytes of timeline.json, answers with
 * checkDatasetText's verdict. The main thread parses the same bytes meanwhile and uses it only once
 * this says it is good; see loadDataset.ts.
 */
import { checkDatasetText } from "./checkDataset.ts";

// The app's TypeScript uses the DOM library, not the worker one: only these two members are needed.
const scope = self as unknown as {
  addEventListener(type: "message", listener: (event: MessageEvent<Uint8Array>) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener("message", (event) => {
  // A verdict, or (should the check itself break, say a chunk that will not load) why not: the page
  // then checks on its own.
  checkDatasetText(new TextDecoder().decode(event.data)).then(
    (verdict) => {
      scope.postMessage(verdict);
    },
    (error: unknown) => {
      scope.postMessage({ broken: String(error) });
    },
  );
});
