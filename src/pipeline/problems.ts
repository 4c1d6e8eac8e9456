/**
 * Validation problems. The pipeline never stops at the first one: every stage collects problems,
 * and the build fails once with all of them, each naming the file, the line, what is wrong and the fix
 * (TimelineJS3's config errors with hints are the model).
 */

/**
 * One thing wrong with the corpus.
 * - `file`: the corpus-relative path (`annotations/x.yaml`), as the CLI prefixes it with the corpus folder.
 * - `line`: 1-based line in that file, when known.
 * - `where`: what inside the file: `event "delhi-g20"`, `actor "qin-gang"`, `field "status"`.
 * - `message`: what is wrong; `hint`: how to fix it.
 */
export type Problem = {
  file: string;
  line?: number;
  where?: string;
  message: string;
  hint: string;
};

/**
 * A problem as one line: `corpus/annotations/x.yaml:42: event "delhi-g20": quote not found … → fix: …`.
 * `root` is prepended to the file (the corpus folder as the user named it), joined with "/".
 */
export function formatProblem(problem: Problem, root = ""): string {
  const file = root === "" ? problem.file : `${root.replace(/\/+$/, "")}/${problem.file}`;
  const location = problem.line === undefined ? file : `${file}:${problem.line}`;
  const where = problem.where === undefined ? "" : ` ${problem.where}:`;
  // One problem, one line: newlines inside quoted text are shown as ↵.
  return `${location}:${where} ${problem.message} → fix: ${problem.hint}`.replace(/\r?\n/g, "↵");
}

/** Problems in a stable order: by file, then line (unknown lines first), then message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareStrings(a.where ?? "", b.where ?? "") ||
      compareStrings(a.message, b.message),
  );
}

/** Code-unit order, the same in every locale (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reports a second definition of an id, naming where the first one is. */
export function duplicate(
  problems: Problem[],
  file: string,
  line: number | undefined,
  where: string,
  kind: string,
  id: string,
  firstFile: string,
  firstLine: number | undefined,
): void {
  problems.push({
    file,
    ...(line === undefined ? {} : { line }),
    where,
    message: `duplicate ${kind} id "${id}" (first defined at ${firstFile}${firstLine === undefined ? "" : `:${firstLine}`})`,
    hint: `give each ${kind} its own id, or merge the two`,
  });
}

/** The part of a zod schema the checks use. */
export type SafeParser = {
  safeParse: (value: unknown) =>
    | { success: true }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
};

/** Checks `value` against a contract schema; reports each issue at `file:line`. True when valid. */
export function schemaProblems(
  problems: Problem[],
  schema: SafeParser,
  value: unknown,
  file: string,
  line: number | undefined,
  where: string,
): boolean {
  const result = schema.safeParse(value);
  if (result.success) return true;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".");
    problems.push({
      file,
      ...(line === undefined ? {} : { line }),
      where,
      message: `${field === "" ? "value" : `field "${field}"`} ${issue.message}`,
      hint:
        field.endsWith("id") || field === ""
          ? "ids are lower-case slugs like beijing-visit"
          : `correct the ${field}`,
    });
  }
  return false;
}
