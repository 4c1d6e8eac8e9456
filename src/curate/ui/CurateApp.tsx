import { useEffect, useState } from "react";
import { Home } from "./Home.tsx";
import { Workspace } from "./Workspace.tsx";
import { articleInUrl, onHistoryMove, pushArticle } from "./workspaceUrl.ts";
import "./CurateApp.css";

/**
 * The curator's workspace: the list of articles (and adding one) at `/curate/`, one article's
 * annotation at `/curate/?article=<id>`. The URL holds which, so a reload comes back to it.
 */
export function CurateApp() {
  const [article, setArticle] = useState(articleInUrl);
  useEffect(
    () =>
      onHistoryMove(() => {
        setArticle(articleInUrl());
      }),
    [],
  );
  const open = (id: string | null): void => {
    pushArticle(id);
    setArticle(id);
  };
  useEffect(() => {
    document.title = article === null ? "Dateline: curate" : `${article}: Dateline curate`;
  }, [article]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the workspace
      </a>
      <header className="cu-header">
        <p className="product">Dateline</p>
        <nav aria-label="Workspace">
          {article === null ? (
            <span>Curate</span>
          ) : (
            <a
              href="./"
              onClick={(event) => {
                event.preventDefault();
                open(null);
              }}
            >
              All articles
            </a>
          )}
          <a href="../">Explorer</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {article === null ? (
          <Home onOpen={open} />
        ) : (
          <Workspace key={article} articleId={article} />
        )}
      </main>
    </>
  );
}
