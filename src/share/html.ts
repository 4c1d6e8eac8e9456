/**
 * A tiny HTML tagged template whose interpolations are escaped by default, for the static share
 * pages and the TimelineJS export (whose text fields are HTML).
 *
 *   html`<p title="${title}">${summary}</p>`   // both escaped
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`   // nested templates pass through
 *
 * Only a value built by `html` itself (or wrapped in `raw()` by code that built it) is inserted
 * unescaped. Escaping `& < > " '` makes a value safe in text and in QUOTED attribute values; an
 * interpolation straight after `=` (an unquoted attribute value) throws, because escaping cannot
 * make that context safe. URLs from data must also pass safeUrl(): escaping does not stop
 * `javascript:`.
 */

/** A fragment of trusted HTML. Construct it only through `html` or `raw`. */
export class TrustedHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  /** The HTML text, so a fragment can be written out or concatenated. */
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text (escaped), numbers, trusted fragments, lists of these, or nothing. */
export type HtmlValue =
  string | number | TrustedHtml | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** `text` with `& < > " '` replaced by entities: safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Marks `fragment` as trusted HTML. Use it only for markup that this code wrote itself (never for a
 * string that came from data): it is the one way around escaping.
 */
export function raw(fragment: string): TrustedHtml {
  return new TrustedHtml(fragment);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof TrustedHtml) return value.value;
  if (typeof value === "number") return escapeHtml(String(value));
  if (typeof value === "string") return escapeHtml(value);
  return value.map(render).join("");
}

/**
 * The tagged template. Every interpolation is escaped unless it is a TrustedHtml; arrays are
 * rendered item by item; null, undefined and false render as nothing.
 * @throws Error when an interpolation sits in an unquoted attribute value (`<a href=${x}>`).
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): TrustedHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    const insideTag = out.lastIndexOf("<") > out.lastIndexOf(">");
    if (insideTag && /=\s*$/.test(out)) {
      throw new Error('html``: quote attribute values (write attr="${value}")');
    }
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new TrustedHtml(out);
}

/**
 * `url` if it is safe to put in an href or src: an http(s) URL, or a relative one (path, query or
 * fragment). Anything with another scheme (`javascript:`, `data:`, `vbscript:`...) gives undefined.
 * Browsers ignore ASCII tabs, newlines and leading spaces/control characters when reading a
 * scheme (`java\tscript:`), so those are removed before the scheme is checked.
 */
export function safeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers strip
  const probe = url.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(probe);
  if (!scheme) return url;
  const name = (scheme[1] ?? "").toLowerCase();
  return name === "http" || name === "https" ? url : undefined;
}
