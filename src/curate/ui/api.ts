/**
 * The workspace's side of the curate server (scripts/curate/server.ts): read the corpus, write
 * one file, rebuild the dataset. Every failure comes back as words the curator can act on, never
 * as a thrown error: a stopped server, a conflict (with the version on disk), a refusal.
 */
import { serverUrl, workspacePageUrl } from "./workspaceUrl.ts";

/** A corpus file as the server sends it (a pipeline CorpusFile, with its ETag). */
export type ServerFile = { path: string; bytes: Uint8Array; sha256: string; etag: string };

/** How a write ended. */
export type WriteResult =
  | { ok: true; etag: string }
  | { ok: false; kind: "offline" | "refused"; message: string; problems: string[] }
  | {
      ok: false;
      kind: "conflict";
      message: string;
      current: { etag: string; text: string } | undefined;
    };

const OFFLINE =
  "The curate server did not answer (is `npm run curate` still running?). Your draft is kept in this browser: save again once the server is back.";

function tokenFrom(html: string): string | undefined {
  return /<meta name="dateline-token" content="([^"]*)"/.exec(html)?.[1];
}

let token = document.querySelector('meta[name="dateline-token"]')?.getAttribute("content") ?? "";

/**
 * Asks the server once more for its page and takes the token from it: after a restart the server
 * has a new one. Only a page of the server's own origin can read it.
 */
async function refreshToken(): Promise<boolean> {
  try {
    const page = await fetch(workspacePageUrl(), { cache: "no-store" });
    const fresh = tokenFrom(await page.text());
    if (fresh === undefined || fresh === token) return false;
    token = fresh;
    return true;
  } catch {
    return false;
  }
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const send = (): Promise<Response> =>
    fetch(serverUrl(path), {
      ...init,
      cache: "no-store",
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        "x-dateline-token": token,
      },
    });
  const response = await send();
  if (response.status === 403 && (await refreshToken())) return send();
  return response;
}

async function errorOf(
  response: Response,
): Promise<{ error: string; problems: string[]; current?: { etag: string; text: string } }> {
  try {
    const body = (await response.json()) as {
      error?: string;
      problems?: string[];
      current?: { etag: string; text: string };
    };
    return {
      error: body.error ?? `The server answered ${response.status}.`,
      problems: body.problems ?? [],
      ...(body.current ? { current: body.current } : {}),
    };
  } catch {
    return { error: `The server answered ${response.status}.`, problems: [] };
  }
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The corpus's files, or the reason they could not be read. */
export async function readCorpus(): Promise<{ files: ServerFile[] } | { error: string }> {
  try {
    const response = await call("/api/corpus");
    if (!response.ok) return { error: (await errorOf(response)).error };
    const body = (await response.json()) as {
      files: { path: string; etag: string; base64: string }[];
    };
    return {
      files: body.files.map((f) => ({
        path: f.path,
        etag: f.etag,
        bytes: base64ToBytes(f.base64),
        sha256: f.etag.replaceAll('"', ""),
      })),
    };
  } catch {
    return { error: OFFLINE };
  }
}

/**
 * Writes one file: over the version `etag` names, or only if there is none (`etag` undefined).
 */
export async function writeFile(
  path: string,
  body: Uint8Array | string,
  etag: string | undefined,
): Promise<WriteResult> {
  let response: Response;
  try {
    response = await call(`/api/files/${path.split("/").map(encodeURIComponent).join("/")}`, {
      method: "PUT",
      body: typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
      headers: etag === undefined ? { "if-none-match": "*" } : { "if-match": etag },
    });
  } catch {
    return { ok: false, kind: "offline", message: OFFLINE, problems: [] };
  }
  if (response.ok) {
    const written = (await response.json()) as { etag: string };
    return { ok: true, etag: written.etag };
  }
  const error = await errorOf(response);
  if (response.status === 409) {
    return { ok: false, kind: "conflict", message: error.error, current: error.current };
  }
  return { ok: false, kind: "refused", message: error.error, problems: error.problems };
}

/** Runs `npm run data` on the server's corpus; its output lines. */
export async function rebuild(): Promise<{ ok: boolean; lines: string[] }> {
  try {
    const response = await call("/api/rebuild", { method: "POST" });
    const body = (await response.json()) as { ok?: boolean; lines?: string[]; error?: string };
    return { ok: body.ok === true, lines: body.lines ?? (body.error ? [body.error] : []) };
  } catch {
    return { ok: false, lines: [OFFLINE] };
  }
}
