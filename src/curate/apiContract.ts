/**
 * The curate server's API, as one contract: the paths, headers and JSON replies that the server
 * (scripts/curate/server.ts) sends and the workspace (ui/api.ts) reads. Both import this module,
 * so a shape changed on one side is a type error on the other. The workspace checks each reply
 * against these schemas once, where it arrives, and passes typed values inward. The schemas are
 * strict (no unknown keys): both sides ship from one build, so a reply with other keys comes from
 * a server of another version, and the curator is told to restart it.
 *
 * Request bodies are not JSON: a write sends the file's bytes as they are, and the server's own
 * guards (scripts/curate/guards.ts) decide what text it accepts.
 */
import { z } from "zod/mini";

/** The endpoints, relative to the server's origin. */
export const API_PATHS = {
  /** GET: the corpus's files with their ETags ({@link CorpusReply}). */
  corpus: "/api/corpus",
  /** PUT `<prefix><folder>/<name>`: one file, its bytes as the body ({@link WrittenReply}). */
  files: "/api/files/",
  /** POST: `npm run data` on the corpus ({@link RebuildReply}). */
  rebuild: "/api/rebuild",
} as const;

/** The header that carries the session's token on every API request. */
export const TOKEN_HEADER = "x-dateline-token";

/** The `<meta name>` in curate/index.html whose content the server fills with the token. */
export const TOKEN_META_NAME = "dateline-token";

/** The status of a write refused because the file on disk is not the version it names. */
export const CONFLICT_STATUS = 409;

/**
 * The URL path that writes the corpus-relative file `path` (`annotations/x.yaml`): each segment
 * percent-encoded, so the server sees the names exactly as given.
 */
export function fileEndpoint(path: string): string {
  return `${API_PATHS.files}${path.split("/").map(encodeURIComponent).join("/")}`;
}

/** A file's version on disk, as a conflict reports it: its ETag and its text. */
export const DiskVersionSchema = z.strictObject({ etag: z.string(), text: z.string() });
export type DiskVersion = z.infer<typeof DiskVersionSchema>;

/**
 * GET /api/corpus, 200: the meta files, articles and annotations. `etag` is the strong ETag of
 * the bytes (their sha256, quoted); `base64` the bytes themselves.
 */
export const CorpusReplySchema = z.strictObject({
  files: z.array(z.strictObject({ path: z.string(), etag: z.string(), base64: z.string() })),
});
export type CorpusReply = z.infer<typeof CorpusReplySchema>;

/** PUT /api/files/…, 200 (replaced) or 201 (created): the ETag of the bytes now on disk. */
export const WrittenReplySchema = z.strictObject({ etag: z.string() });
export type WrittenReply = z.infer<typeof WrittenReplySchema>;

/** POST /api/rebuild, 200 (built) or 422 (not built): the build's output lines. */
export const RebuildReplySchema = z.strictObject({ ok: z.boolean(), lines: z.array(z.string()) });
export type RebuildReply = z.infer<typeof RebuildReplySchema>;

/**
 * Any refusal (4xx, 5xx): a sentence that says what was wrong and what to do; the pipeline's
 * problems when its checks refused the file (422); the version on disk with a conflict (409),
 * absent when the file was deleted.
 */
export const ErrorReplySchema = z.strictObject({
  error: z.string(),
  problems: z.optional(z.array(z.string())),
  current: z.optional(DiskVersionSchema),
});
export type ErrorReply = z.infer<typeof ErrorReplySchema>;

/** How a write ended, as the workspace acts on it. */
export type WriteOutcome =
  | { ok: true; etag: string }
  /** No answer (the server is stopped): the same write may be tried again. */
  | { ok: false; kind: "offline"; message: string }
  /** The server answered no: its sentence, and the pipeline's problems if its checks refused. */
  | { ok: false; kind: "refused"; message: string; problems: string[] }
  /** The file on disk is not the version the write named: nothing was written. */
  | { ok: false; kind: "conflict"; message: string; current: DiskVersion | undefined };

/** A corpus file as the workspace holds it: a pipeline CorpusFile with its ETag. */
export type ServerFile = { path: string; bytes: Uint8Array; sha256: string; etag: string };
