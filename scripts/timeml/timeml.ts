/**
 * Reading TimeML documents (`*.tml`) as TempEval-3 does: the creation time (the TIMEX3 whose
 * functionInDocument is CREATION_TIME), the plain text between <TEXT> and </TEXT> with every tag
 * removed and XML entities decoded (kept byte for byte otherwise, leading line break included),
 * and the gold TIMEX3s inside the text as [start, end) offsets into that plain text.
 * Pure: the caller reads the files.
 */

/** A gold temporal expression: UTF-16 offsets into the plain text, end exclusive. */
export type GoldTimex = { start: number; end: number; text: string; type: string; value: string };

/** One TimeML document. `dct` is the creation time's value (`1998-08-07`, `1998-02-27T08:09:00`). */
export type TimemlDoc = {
  doc: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
  warnings: string[];
};

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_m, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1] !== undefined) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return out;
}

/**
 * Parses one TimeML document named `doc`. Throws when it has no <TEXT> element or no creation
 * time (the message names the document); oddities that lose nothing (an empty TIMEX3, a second
 * creation time) are listed in `warnings`.
 */
export function parseTimeml(source: string, doc: string): TimemlDoc {
  const xml = source.replace(/^\uFEFF/, "");
  const warnings: string[] = [];
  let dct: string | undefined;
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.functionInDocument !== "CREATION_TIME") continue;
    if (dct === undefined) dct = a.value;
    else if (a.value !== dct)
      warnings.push(`${doc}: a second creation time (${a.value ?? ""}) ignored`);
  }
  if (dct === undefined) {
    throw new Error(
      `${doc}: no TIMEX3 with functionInDocument="CREATION_TIME" (the document's date)`,
    );
  }
  const open = /<TEXT(\s[^>]*)?>/.exec(xml);
  const closeAt = open ? xml.indexOf("</TEXT>", open.index + open[0].length) : -1;
  if (!open || closeAt < 0) throw new Error(`${doc}: no <TEXT>…</TEXT> element`);
  const inner = xml.slice(open.index + open[0].length, closeAt);

  let text = "";
  const timexes: GoldTimex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  for (const t of inner.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[^>]*>|[^<]+/g)) {
    const token = t[0];
    if (token.startsWith("<!--")) continue;
    if (token.startsWith("<![CDATA[")) {
      text += t[1] ?? "";
      continue;
    }
    if (!token.startsWith("<")) {
      text += decodeEntities(token);
      continue;
    }
    if (/^<\/?\s*([A-Za-z_][\w:.-]*)/.exec(token)?.[1] !== "TIMEX3") continue;
    if (token.startsWith("</")) {
      const o = stack.pop();
      if (!o) {
        warnings.push(`${doc}: unbalanced </TIMEX3>`);
        continue;
      }
      if (o.attrs.functionInDocument === "CREATION_TIME") continue;
      if (text.length === o.start) {
        warnings.push(`${doc}: empty TIMEX3 ${o.attrs.tid ?? ""} skipped`);
        continue;
      }
      timexes.push({
        start: o.start,
        end: text.length,
        text: text.slice(o.start),
        type: o.attrs.type ?? "",
        value: o.attrs.value ?? "",
      });
    } else if (/\/\s*>$/.test(token)) {
      const a = attributes(token);
      if (a.functionInDocument !== "CREATION_TIME") {
        warnings.push(`${doc}: empty TIMEX3 ${a.tid ?? ""} skipped`);
      }
    } else {
      stack.push({ start: text.length, attrs: attributes(token) });
    }
  }
  if (stack.length > 0) warnings.push(`${doc}: ${stack.length} unclosed TIMEX3 tag(s)`);
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { doc, dct, text, timexes, warnings };
}
