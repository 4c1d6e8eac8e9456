/** Writing a file so that a reader sees the old content or the new, never a part of either. */
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Writes `chunks` to `file` through a temporary file in the same folder and a rename (atomic on POSIX). */
export async function writeAtomically(file: string, chunks: Iterable<string>): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const handle = await open(temp, "w");
  try {
    let buffer: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      buffer.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        await handle.write(buffer.join(""));
        buffer = [];
        size = 0;
      }
    }
    await handle.write(buffer.join(""));
    await handle.close();
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
