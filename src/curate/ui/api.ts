/**
 * The workspace's side of the curate server (scripts/curate/server.ts), under the contract both
 * share (../apiContract.ts): read the corpus, write one file, rebuild the dataset. Every reply is
 * checked against the contract's schema where it arrives. Every failure comes back as words the
 * curator can act on, never as a thrown error: a stopped server, a conflict (with the version on
 * disk), a refusal.
 */
import type { z } from "zod/mini";
import type { ErrorReply, ServerFile, WriteOutcome } from "../apiContract.ts";
import {
  API_PATHS,
  CONFLICT_STATUS,
  CorpusReplySchema,
  ErrorReplySchema,
  fileEndpoint,
  RebuildReplySchema,
  TOKEN_HEADER,
  TOKEN_META_NAME,
  WrittenReplySchema,
} from "../apiContract.ts";
import { serverUrl, workspacePageUrl } from "./workspaceUrl.ts";

export type { ServerFile, WriteOutcome } from "../apiContract.ts";

const OFFLINE =
  "The curate server did not answer (is `npm run curate` still running?). Your draft is kept in this browser: save again once the server is back.";

/** A reply that does not match the contract: a server of another version, or not ours. */
const unreadable = (status: number): string =>
  `The curate server answered ${status} in a form this workspace does not read: restart \`npm run curate\` and reload the page.`;

function tokenFrom(html: string): string | undefined {
  return new RegExp(`<meta name="${TOKEN_META_NAME}" content="([^"]*)"`).exec(html)?.[1];
}

let token =
  document.querySelector(`meta[name="${TOKEN_META_NAME}"]`)?.getAttribute("content") ?? "";

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
        [TOKEN_HEADER]: token,
      },
    });
  const response = await send();
  if (response.status === 403 && (await refreshToken())) return send();
  return response;
}

/** The reply's body checked against `schema`, or undefined when it is not JSON of that shape. */
async function replyOf<T>(response: Response, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A refusal's body, or one made of the status when the body is not the contract's. */
async function errorOf(response: Response): Promise<ErrorReply> {
  return (
    (await replyOf(response, ErrorReplySchema)) ?? {
      error: `The server answered ${response.status}.`,
    }
  );
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The corpus's files, or the reason they could not be read. */
export async function readCorpus(): Promise<{ files: ServerFile[] } | { error: string }> {
  let response: Response;
  try {
    response = await call(API_PATHS.corpus);
  } catch {
    return { error: OFFLINE };
  }
  if (!response.ok) return { error: (await errorOf(response)).error };
  const body = await replyOf(response, CorpusReplySchema);
  if (body === undefined) return { error: unreadable(response.status) };
  return {
    files: body.files.map((f) => ({
      path: f.path,
      etag: f.etag,
      bytes: base64ToBytes(f.base64),
      sha256: f.etag.replaceAll('"', ""),
    })),
  };
}

/**
 * Writes one file: over the version `etag` names, or only if there is none (`etag` undefined).
 */
export async function writeFile(
  path: string,
  body: Uint8Array | string,
  etag: string | undefined,
): Promise<WriteOutcome> {
  let response: Response;
  try {
    response = await call(fileEndpoint(path), {
      method: "PUT",
      body: typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
      headers: etag === undefined ? { "if-none-match": "*" } : { "if-match": etag },
    });
  } catch {
    return { ok: false, kind: "offline", message: OFFLINE };
  }
  if (response.ok) {
    const written = await replyOf(response, WrittenReplySchema);
    // Written, but without an ETag the next save could not name this version: say so.
    if (written === undefined) {
      return { ok: false, kind: "refused", message: unreadable(response.status), problems: [] };
    }
    return { ok: true, etag: written.etag };
  }
  const error = await errorOf(response);
  if (response.status === CONFLICT_STATUS) {
    return { ok: false, kind: "conflict", message: error.error, current: error.current };
  }
  return { ok: false, kind: "refused", message: error.error, problems: error.problems ?? [] };
}

/** Runs `npm run data` on the server's corpus; its output lines. */
export async function rebuild(): Promise<{ ok: boolean; lines: string[] }> {
  let response: Response;
  try {
    response = await call(API_PATHS.rebuild, { method: "POST" });
  } catch {
    return { ok: false, lines: [OFFLINE] };
  }
  // A build that failed still answers with its lines (422); a refusal answers with its sentence.
  const built = await replyOf(response.clone(), RebuildReplySchema);
  if (built !== undefined) return built;
  return { ok: false, lines: [(await errorOf(response)).error] };
}
