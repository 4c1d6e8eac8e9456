import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// The explorer's tokens and base first, so the workspace looks like the app it feeds.
import "../../styles/tokens.css";
import "../../styles/app.css";
import { CurateApp } from "./CurateApp.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("curate/index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <CurateApp />
  </StrictMode>,
);
