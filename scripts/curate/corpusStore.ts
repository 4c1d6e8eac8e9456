/**
 * The curate server's file side: reads the corpus for the workspace and writes one article or
 * annotation file at a time, atomically, and only when the file on disk is the one the workspace
 * last saw (its ETag). Never follows a symbolic link out of the corpus.
 */
import { createHash } from "node:crypto";
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CONFLICT_STATUS } from "../../src/curate/apiContract.ts";
import { SOURCE_ID_PATTERN } from "../../src/model/datasetTerms.ts";
import type { CorpusTarget, Refusal } from "./guards.ts";

/** A file as the workspace receives it: corpus-relative path, bytes and ETag. */
export type StoredFile = { path: string; bytes: Uint8Array; etag: string };

/** The strong ETag of some bytes: their sha256, quoted. */
export function etagOf(bytes: Uint8Array): string {
  return `"${createHash("sha256").update(bytes).digest("hex")}"`;
}

/** What the workspace's write asks for: overwrite only this version, or create only. */
export type Precondition = { ifMatch?: string | undefined; ifNoneMatch?: string | undefined };

/** A write refused because the file changed: the version on disk, so the curator can choose. */
export type Conflict = Refusal & { current: StoredFile | undefined };

const META_FILES = ["corpus.yaml", "actors.yaml", "places.yaml"];

/** Opens the corpus folder `dir`; throws one clear line when it is not a folder. */
export async function openCorpus(dir: string): Promise<CorpusStore> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await lstat(root)).isDirectory()) throw new Error("not a folder");
  } catch (error) {
    throw new Error(
      `cannot open the corpus folder ${dir}: ${(error as Error).message} (pass --corpus DIR)`,
    );
  }
  return new CorpusStore(root);
}

export class CorpusStore {
  constructor(readonly root: string) {}

  /**
   * The real path of a target, or a refusal when its folder or the file itself is a symbolic link
   * that leads out of the corpus (or the file is a link at all: a write would replace the link).
   */
  private async resolve(target: CorpusTarget): Promise<string | Refusal> {
    // The registry files sit at the corpus's root, which openCorpus resolved already.
    const folder = target.folder === "registry" ? this.root : path.join(this.root, target.folder);
    await mkdir(folder, { recursive: true });
    const realFolder = await realpath(folder);
    if (realFolder !== folder && !realFolder.startsWith(this.root + path.sep)) {
      return {
        status: 403,
        error: `${target.folder}/ is a symbolic link out of the corpus: refused.`,
      };
    }
    const file = path.join(realFolder, path.basename(target.path));
    try {
      if ((await lstat(file)).isSymbolicLink()) {
        return {
          status: 403,
          error: `${target.path} is a symbolic link: the workspace writes only regular files inside the corpus.`,
        };
      }
    } catch {
      // Absent: a new file.
    }
    return file;
  }

  /** The file's bytes and ETag, undefined when absent; a refusal for a link. */
  async read(target: CorpusTarget): Promise<StoredFile | undefined | Refusal> {
    const file = await this.resolve(target);
    if (typeof file !== "string") return file;
    try {
      const bytes = new Uint8Array(await readFile(file));
      return { path: target.path, bytes, etag: etagOf(bytes) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  /**
   * Every file the workspace needs for its checks: the meta files, and every regular file named
   * `<id>.txt` in articles/ and `<id>.yaml` in annotations/ (links and other names are left out).
   */
  async readAll(): Promise<StoredFile[]> {
    const out: StoredFile[] = [];
    const readPlain = async (rel: string): Promise<void> => {
      const file = path.join(this.root, rel);
      try {
        if (!(await lstat(file)).isFile()) return;
        const bytes = new Uint8Array(await readFile(file));
        out.push({ path: rel, bytes, etag: etagOf(bytes) });
      } catch {
        // Absent or unreadable: the checks report what is missing.
      }
    };
    for (const name of META_FILES) await readPlain(name);
    for (const [folder, extension] of [
      ["articles", ".txt"],
      ["annotations", ".yaml"],
    ] as const) {
      let names: string[] = [];
      try {
        names = (await readdir(path.join(this.root, folder))).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        if (name.endsWith(extension) && SOURCE_ID_PATTERN.test(name.slice(0, -extension.length))) {
          await readPlain(`${folder}/${name}`);
        }
      }
    }
    return out;
  }

  /**
   * Writes `bytes` to the target through a temporary file in the same folder and a rename, so a
   * reader sees the old file or the new one, never half of one. Refused with a conflict (and the
   * version on disk) when `If-Match` names another version, or `If-None-Match: *` finds a file.
   */
  async write(
    target: CorpusTarget,
    bytes: Uint8Array,
    precondition: Precondition,
  ): Promise<{ etag: string; created: boolean } | Conflict | Refusal> {
    const file = await this.resolve(target);
    if (typeof file !== "string") return file;
    const current = await this.read(target);
    if (current !== undefined && "status" in current) return current;
    if (precondition.ifNoneMatch === "*" && current !== undefined) {
      if (current.etag === etagOf(bytes)) return { etag: current.etag, created: false };
      return {
        status: CONFLICT_STATUS,
        error: `${target.path} already exists with other content: nothing was overwritten.`,
        current,
      };
    }
    if (precondition.ifMatch !== undefined && precondition.ifMatch !== current?.etag) {
      return {
        status: CONFLICT_STATUS,
        error:
          current === undefined
            ? `${target.path} was deleted since you opened it: nothing was written.`
            : `${target.path} changed on disk since you opened it: nothing was overwritten.`,
        current,
      };
    }
    if (precondition.ifMatch === undefined && precondition.ifNoneMatch !== "*") {
      return {
        status: 428,
        error:
          "A write must say which version it replaces (If-Match) or that it creates (If-None-Match: *).",
      };
    }
    if (current !== undefined && ((await lstat(file)).mode & 0o222) === 0) {
      // Checked by hand: a rename replaces a read-only file, and root may write one anyway.
      return {
        status: 423,
        error: `Cannot write ${target.path}: the file is read-only. Make it writable, then save again.`,
      };
    }
    const temp = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
    );
    try {
      await writeFile(temp, bytes, { flag: "wx" });
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      return { status: 507, error: writeFailure(target.path, error as NodeJS.ErrnoException) };
    }
    return { etag: etagOf(bytes), created: current === undefined };
  }
}

/** A failed write in words, with what to do. */
function writeFailure(file: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `Cannot write ${file}: the file or its folder is read-only (${error.code}). Make it writable, then save again.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Cannot write ${file}: the disk is full (${error.code}). Free some space, then save again.`;
    default:
      return `Cannot write ${file}: ${error.message}. Your draft is kept; save again once it is fixed.`;
  }
}
