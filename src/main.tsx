import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Stylesheets in cascade order: the tokens and the page's base first, then each component's
// (imported by the component, vis-timeline's among them), and the printout last, so its rules win.
import "./styles/tokens.css";
import "./styles/app.css";
import { App } from "./App.tsx";
import { createActions } from "./state/actions.ts";
import { createUrlStore } from "./state/urlStore.ts";
import { ViewStoreContext } from "./state/useViewState.ts";
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
