/**
 * Strict reading of the corpus's YAML files with line numbers. Each value is read from the YAML node
 * (not from plain JS objects) so every problem can name the line it is on; unknown keys are errors
 * that list the allowed ones, so a typo never silently drops data.
 */
import type { Node, ParsedNode } from "yaml";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Problem } from "./problems.ts";

/** A YAML file being read: where problems go and how offsets become lines. */
export type YamlContext = {
  file: string;
  problems: Problem[];
  lineOf: (node: Node | null | undefined) => number | undefined;
};

/** A field's value node and the line of its key (the line to point at). */
export type Field = { node: ParsedNode | null; line: number | undefined };

/**
 * Parses `source` as one YAML document. Syntax errors (with their lines) go to `problems` and yield
 * undefined; so does an empty document.
 */
export function parseYaml(
  file: string,
  source: string,
  problems: Problem[],
): { ctx: YamlContext; root: ParsedNode } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const ctx: YamlContext = {
    file,
    problems,
    lineOf: (node) => {
      const offset = node?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax error: ${firstLine(error.message)}`,
        hint:
          error.code === "DUPLICATE_KEY"
            ? "remove the repeated key"
            : "fix the YAML syntax (indentation, a missing colon, or put text containing `: ` or ` #` in quotes)",
      });
    }
    return undefined;
  }
  if (doc.contents === null) {
    problems.push({ file, line: 1, message: "empty file", hint: "fill in the file, or delete it" });
    return undefined;
  }
  return { ctx, root: doc.contents };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** Records a problem at `node`'s line (or `line`). */
export function report(
  ctx: YamlContext,
  at: Node | number | null | undefined,
  where: string | undefined,
  message: string,
  hint: string,
): void {
  const line = typeof at === "number" ? at : ctx.lineOf(at);
  ctx.problems.push({
    file: ctx.file,
    ...(line === undefined ? {} : { line }),
    ...(where === undefined ? {} : { where }),
    message,
    hint,
  });
}

/**
 * Reads a mapping with exactly the keys `required` ∪ `optional`: a missing required key, an unknown
 * key (naming the allowed ones) or a non-mapping is a problem. Returns the fields present, or
 * undefined when `node` is not a mapping.
 */
export function readMap(
  ctx: YamlContext,
  node: ParsedNode | null,
  where: string | undefined,
  what: string,
  required: readonly string[],
  optional: readonly string[],
  line?: number,
): Map<string, Field> | undefined {
  if (!isMap(node)) {
    report(
      ctx,
      node ?? line,
      where,
      `${what} must be a mapping of keys to values`,
      `write it as key: value lines (${[...required, ...optional].join(", ")})`,
    );
    return undefined;
  }
  const allowed = [...required, ...optional];
  const fields = new Map<string, Field>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const keyLine = ctx.lineOf(pair.key);
    if (key === undefined || !allowed.includes(key)) {
      report(
        ctx,
        keyLine ?? ctx.lineOf(node),
        where,
        `unknown field "${key ?? "?"}" in ${what}`,
        `use only the fields ${allowed.join(", ")}${suggest(key, allowed)}`,
      );
      continue;
    }
    fields.set(key, { node: pair.value, line: keyLine });
  }
  for (const key of required) {
    if (!fields.has(key)) {
      report(ctx, ctx.lineOf(node), where, `missing field "${key}" in ${what}`, `add \`${key}:\``);
    }
  }
  return fields;
}

/** ", did you mean "x"?" when a near-miss key is one edit-distance-2 away from an allowed one. */
function suggest(key: string | undefined, allowed: readonly string[]): string {
  if (key === undefined) return "";
  const near = allowed.find((a) => editDistance(a, key) <= 2);
  return near === undefined ? "" : ` (did you mean "${near}"?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * A text value. Plain numbers and booleans count as their written text (`phrase: 2023`).
 * An empty text, a list, a mapping or an alias is a problem.
 */
export function readText(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string,
  allowEmpty = false,
): string | undefined {
  if (field === undefined) return undefined;
  const { node } = field;
  if (isAlias(node)) {
    report(ctx, node, where, `field "${name}" uses a YAML alias`, "write the value out in full");
    return undefined;
  }
  if (!isScalar(node) || node.value === null) {
    if (allowEmpty && (node === null || (isScalar(node) && node.value === null))) return "";
    report(
      ctx,
      node ?? field.line,
      where,
      `field "${name}" must be text`,
      `write \`${name}: <text>\``,
    );
    return undefined;
  }
  const value = typeof node.value === "string" ? node.value : node.source;
  if (value.trim() === "" && !allowEmpty) {
    report(ctx, node, where, `field "${name}" is empty`, `write the ${name}`);
    return undefined;
  }
  return value;
}

/** A list of texts with each element's line, e.g. `actors: [joe-biden, xi-jinping]`. */
export function readTextList(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string,
): { value: string; line: number | undefined }[] | undefined {
  const items = readList(ctx, field, where, name, `write \`${name}: [a, b]\` (or \`[]\` for none)`);
  if (items === undefined || field === undefined) return undefined;
  const listLine = ctx.lineOf(field.node);
  const out: { value: string; line: number | undefined }[] = [];
  for (const item of items) {
    const value = readText(ctx, { node: item, line: listLine }, where, name);
    if (value !== undefined) out.push({ value, line: ctx.lineOf(item) ?? listLine });
  }
  return out;
}

/** A list's items, or undefined (and a problem) when the value is not a list. */
export function readList(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string,
  hint = `write \`${name}:\` followed by \`- \` items (or \`[]\` for none)`,
): (ParsedNode | null)[] | undefined {
  if (field === undefined) return undefined;
  const { node } = field;
  if (!isSeq(node)) {
    report(ctx, node ?? field.line, where, `field "${name}" must be a list`, hint);
    return undefined;
  }
  return node.items;
}

/** A value that must be one of `choices`. */
export function readChoice<T extends string>(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = readText(ctx, field, where, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    report(
      ctx,
      field?.node ?? field?.line,
      where,
      `${name} "${value}" is not one of ${choices.join(", ")}`,
      `write one of: ${choices.join(", ")}`,
    );
    return undefined;
  }
  return value as T;
}

/** `true` (the only value allowed for a flag such as `undated`). */
export function readTrue(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string,
): boolean | undefined {
  if (field === undefined) return undefined;
  if (isScalar(field.node) && field.node.value === true) return true;
  if (isScalar(field.node) && field.node.value === false) return false;
  report(
    ctx,
    field.node ?? field.line,
    where,
    `field "${name}" must be true or false`,
    `write \`${name}: true\``,
  );
  return undefined;
}

/** A whole number ≥ 1 (such as `occurrence`). */
export function readPositiveInt(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string,
): number | undefined {
  if (field === undefined) return undefined;
  const value = isScalar(field.node) ? field.node.value : undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value;
  report(
    ctx,
    field.node ?? field.line,
    where,
    `field "${name}" must be a whole number from 1`,
    `write \`${name}: 2\` for the second occurrence`,
  );
  return undefined;
}
