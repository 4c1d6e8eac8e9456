/**
 * A news site of its own for the embed specs: a sample article page served from another loopback
 * port (another origin), with Dateline's iframe in its column, made by the same snippet generator
 * the Embed dialog uses. Its script is the listener docs/sharing.md suggests: it keeps every
 * height message it receives (for the specs to read) and sizes the iframe by it.
 *
 *   GET /article?src=<embed URL>&column=<px>&height=<px>&resize=0|1
 */
import { createServer } from "node:http";
import type { Server } from "node:http";
import { embedSnippet, embedTitle } from "../src/share/embed.ts";

/** The host page's port: DATELINE_E2E_HOST_PORT, else the suite's port plus one. */
export const HOST_PORT = Number(
  process.env["DATELINE_E2E_HOST_PORT"] ?? Number(process.env["DATELINE_E2E_PORT"] ?? 4173) + 1,
);
export const HOST_ORIGIN = `http://127.0.0.1:${String(HOST_PORT)}`;

const LISTENER = `
// Keep what the embed says, and take its height (the message shape is docs/sharing.md's).
window.heightMessages = [];
window.addEventListener("message", (event) => {
  const frame = document.querySelector("iframe");
  if (!frame || event.source !== frame.contentWindow) return;
  if (event.origin !== new URL(frame.src).origin) return;
  const data = event.data;
  if (!data || data.type !== "dateline:height" || typeof data.height !== "number") return;
  window.heightMessages.push({ origin: event.origin, data });
  if (document.body.dataset.resize === "1") frame.style.height = data.height + "px";
});
`;

const STYLE = `
body { margin: 0; font: 18px/1.6 Georgia, serif; background: #fff; color: #222; }
.site { padding: 10px 16px; border-bottom: 3px solid #222; font: 700 22px/1.2 Helvetica, Arial, sans-serif; }
main { max-width: var(--column); margin: 0 auto; padding: 0 12px 40px; }
h1 { font: 700 30px/1.2 Helvetica, Arial, sans-serif; margin: 24px 0 8px; }
.byline { color: #555; font: 14px Helvetica, Arial, sans-serif; }
figure { margin: 24px 0; }
figcaption { color: #555; font: 13px Helvetica, Arial, sans-serif; }
`;

function page(src: string, column: number, height: number, resize: boolean): string {
  const snippet = embedSnippet({
    src,
    title: embedTitle("US–China diplomacy, 2022–2023", null),
    height,
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How the talks unfolded · The Sample Gazette</title>
<link rel="icon" href="data:,">
<style>${STYLE} :root { --column: ${String(column)}px; }</style>
<script>${LISTENER}</script>
</head>
<body data-resize="${resize ? "1" : "0"}">
<header class="site">The Sample Gazette</header>
<main>
<article>
<h1>How the talks unfolded</h1>
<p class="byline">By a staff reporter</p>
<p>After months of strain over a balloon, the two governments spent the summer talking again.
The timeline below follows the reporting, each event with the passage it comes from.</p>
<figure>
${snippet}
<figcaption>Timeline: Dateline, from the articles cited in it.</figcaption>
</figure>
<p>Officials on both sides said more meetings would follow before the end of the year.</p>
</article>
</main>
</body>
</html>`;
}

/** Starts the host page's server on HOST_PORT; resolves once it listens. */
export function startHost(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", HOST_ORIGIN);
    if (url.pathname !== "/article") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    const src = url.searchParams.get("src") ?? "";
    const column = Number(url.searchParams.get("column") ?? 680);
    const height = Number(url.searchParams.get("height") ?? 600);
    const resize = url.searchParams.get("resize") === "1";
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
      .end(page(src, column, height, resize));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(HOST_PORT, "127.0.0.1", () => {
      resolve(server);
    });
  });
}

/** The host article's URL, framing the embed at `src` in a column `column` px wide. */
export function hostUrl(
  src: string,
  {
    column = 680,
    height = 600,
    resize = false,
  }: { column?: number; height?: number; resize?: boolean } = {},
): string {
  const query = new URLSearchParams({
    src,
    column: String(column),
    height: String(height),
    resize: resize ? "1" : "0",
  });
  return `${HOST_ORIGIN}/article?${query.toString()}`;
}
