/**
 * The curate server's checks on a request before it may touch the corpus: who asks (loopback,
 * same origin, the session's token), which file (slug-named, in one of the two folders), and what
 * (at most 5 MB of UTF-8 text). Each check returns a refusal with its HTTP status and a sentence
 * that says what was wrong and what to do, or nothing when the request passes.
 */
import { timingSafeEqual } from "node:crypto";
import { SOURCE_ID_PATTERN } from "../../src/model/datasetTerms.ts";

/** A refusal: the HTTP status and the words the workspace shows. */
export type Refusal = { status: number; error: string };

/** The largest body a write accepts, in bytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** What the origin checks read from a request. */
export type RequestFacts = {
  method: string;
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  token: string | undefined;
};

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Refuses a request that does not come from a page of this server on this machine:
 * - from an address other than loopback;
 * - with a Host header other than this server's (a DNS-rebinding page names its own host);
 * - with an Origin other than this server's, or none on a write (every browser sends one with a
 *   PUT or POST, so a missing one is not a browser page of ours);
 * - marked cross-site by the browser (Sec-Fetch-Site);
 * - without the session's token (a page of another origin cannot read it from ours).
 */
export function checkRequester(
  facts: RequestFacts,
  origin: string,
  token: string,
): Refusal | undefined {
  if (facts.remoteAddress === undefined || !LOOPBACK.has(facts.remoteAddress)) {
    return { status: 403, error: "The curate server answers only this machine (loopback)." };
  }
  const host = new URL(origin).host;
  const localhostHost = host.replace(/^127\.0\.0\.1(?=:|$)/, "localhost");
  if (facts.host !== host && facts.host !== localhostHost) {
    return {
      status: 403,
      error: `Wrong Host "${facts.host ?? ""}": open the workspace at ${origin}/curate/.`,
    };
  }
  const writes = facts.method !== "GET" && facts.method !== "HEAD";
  if (facts.origin === undefined ? writes : facts.origin !== origin) {
    return {
      status: 403,
      error: `Cross-origin request refused (Origin "${facts.origin ?? "none"}"): only pages of ${origin} may write to the corpus.`,
    };
  }
  if (facts.secFetchSite !== undefined && !["same-origin", "none"].includes(facts.secFetchSite)) {
    return { status: 403, error: `Cross-site request refused (${facts.secFetchSite}).` };
  }
  if (facts.token === undefined || !sameSecret(facts.token, token)) {
    return {
      status: 403,
      error: "Missing or wrong session token: reload the workspace (the server was restarted).",
    };
  }
  return undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A corpus file the workspace may write: its folder, id and corpus-relative path. `registry` is
 * actors.yaml or places.yaml at the corpus's root (id `actors` or `places`), which the workspace
 * only appends to (src/curate/registryEdit.ts checks that).
 */
export type CorpusTarget =
  | { folder: "articles" | "annotations"; id: string; path: string }
  | { folder: "registry"; id: "actors" | "places"; path: "actors.yaml" | "places.yaml" };

const EXTENSIONS = { articles: ".txt", annotations: ".yaml" } as const;

/**
 * Reads the file named by the rest of a `/api/files/…` URL path (still percent-encoded). Only
 * `actors.yaml`, `places.yaml`, `articles/<id>.txt` and `annotations/<id>.yaml` pass, with `<id>` an article id (letters, digits,
 * `_`, `.`, `-`, starting with a letter or digit, no `..`). Everything else, traversal and absolute
 * paths first, gets its own refusal.
 */
export function targetOf(encoded: string): CorpusTarget | Refusal {
  let path: string;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    return { status: 400, error: `Malformed file path "${encoded}".` };
  }
  if (path.includes("\0")) return { status: 400, error: "File path with a NUL byte refused." };
  if (path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path)) {
    return {
      status: 400,
      error: `Absolute path "${path}" refused: name a file inside the corpus, like annotations/<id>.yaml.`,
    };
  }
  const parts = path.split(/[/\\]/);
  if (parts.some((part) => part === ".." || part === ".")) {
    return {
      status: 400,
      error: `Path traversal "${path}" refused: the workspace writes only inside corpus/articles/ and corpus/annotations/, and to actors.yaml and places.yaml.`,
    };
  }
  if (path === "actors.yaml" || path === "places.yaml") {
    return path === "actors.yaml"
      ? { folder: "registry", id: "actors", path }
      : { folder: "registry", id: "places", path };
  }
  const [folder, name, ...rest] = parts;
  if (
    (folder !== "articles" && folder !== "annotations") ||
    name === undefined ||
    rest.length > 0
  ) {
    return {
      status: 400,
      error: `"${path}" refused: the workspace writes only articles/<id>.txt, annotations/<id>.yaml, actors.yaml and places.yaml.`,
    };
  }
  const extension = EXTENSIONS[folder];
  const id = name.endsWith(extension) ? name.slice(0, -extension.length) : undefined;
  if (id === undefined || !SOURCE_ID_PATTERN.test(id) || id.includes("..")) {
    return {
      status: 400,
      error: `"${name}" is not a slug file name: use <id>${extension} with letters, digits, '_', '.' and '-', starting with a letter or digit.`,
    };
  }
  return { folder, id, path: `${folder}/${name}` };
}

/**
 * Refuses a body that is not text: invalid UTF-8 (with the byte offset), or NUL and other control
 * bytes that text files do not hold (tab, line feed, carriage return and form feed are text).
 */
export function checkText(bytes: Uint8Array): Refusal | { text: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      status: 415,
      error: `Not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}): save the file as UTF-8 text.`,
    };
  }
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(2, "0");
    return {
      status: 415,
      error: `Binary content refused (control byte 0x${code} at character ${control.index}): the corpus holds only text.`,
    };
  }
  return { text };
}

/** The offset of the first byte that breaks UTF-8: a streaming decoder fed one byte at a time throws there. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length;
}
