import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { createActions } from "./state/actions.ts";
import { createUrlStore } from "./state/urlStore.ts";
import { ViewStoreContext } from "./state/useViewState.ts";
// After App, so these rules come after vis-timeline's stylesheet and win over it; the tokens first.
import "./styles/tokens.css";
import "./styles/app.css";
import "./styles/print.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

const store = createUrlStore(window);
const viewStore = { store, actions: createActions(store) };

createRoot(root).render(
  <StrictMode>
    <ViewStoreContext value={viewStore}>
      <App />
    </ViewStoreContext>
  </StrictMode>,
);
