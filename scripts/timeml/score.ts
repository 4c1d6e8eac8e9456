/**
 * TempEval-3 task A scoring of found temporal expressions against gold ones (UzZaman et al. 2013,
 * section 4.1): per document, system and gold expressions are paired one to one (identical spans
 * first, then the largest remaining overlaps, ties to the closer start, then text order); strict
 * matches are pairs with identical spans, relaxed matches all pairs. Precision, recall and F1 are
 * micro-averaged over all documents; type and value accuracy are the share of relaxed pairs whose
 * attribute is equal, and their F1 is accuracy × relaxed F1 (the task's ranking measure is value
 * F1).
 */

/** An expression as scored: span and attributes. */
export type Scored = { start: number; end: number; text: string; type: string; value: string };

/** Precision, recall, F1 (0–1). */
export type Prf = { p: number; r: number; f1: number };

/** An error of one document, for `--errors`. */
export type ScoreError =
  | { doc: string; kind: "missed"; gold: Scored }
  | { doc: string; kind: "spurious"; sys: Scored }
  | { doc: string; kind: "span" | "attr"; gold: Scored; sys: Scored };

export type Scores = {
  counts: {
    gold: number;
    system: number;
    strict: number;
    relaxed: number;
    type: number;
    value: number;
  };
  strict: Prf;
  relaxed: Prf;
  type: Prf & { accuracy: number };
  value: Prf & { accuracy: number };
  errors: ScoreError[];
};

const overlap = (a: Scored, b: Scored): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Pairs gold and system expressions of one document: [gold index, system index]. */
export function align(gold: Scored[], sys: Scored[]): [number, number][] {
  const pairs: [number, number][] = [];
  const goldUsed = new Set<number>();
  const sysUsed = new Set<number>();
  gold.forEach((g, gi) => {
    const si = sys.findIndex((s, k) => !sysUsed.has(k) && s.start === g.start && s.end === g.end);
    if (si >= 0) {
      pairs.push([gi, si]);
      goldUsed.add(gi);
      sysUsed.add(si);
    }
  });
  const rest: { gi: number; si: number; o: number; d: number }[] = [];
  gold.forEach((g, gi) => {
    if (goldUsed.has(gi)) return;
    sys.forEach((s, si) => {
      if (sysUsed.has(si)) return;
      const o = overlap(g, s);
      if (o > 0) rest.push({ gi, si, o, d: Math.abs(g.start - s.start) });
    });
  });
  rest.sort((a, b) => b.o - a.o || a.d - b.d || a.gi - b.gi || a.si - b.si);
  for (const c of rest) {
    if (goldUsed.has(c.gi) || sysUsed.has(c.si)) continue;
    pairs.push([c.gi, c.si]);
    goldUsed.add(c.gi);
    sysUsed.add(c.si);
  }
  return pairs;
}

function prf(match: number, nSys: number, nGold: number): Prf {
  const p = nSys ? match / nSys : 0;
  const r = nGold ? match / nGold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores system expressions against gold ones; both keyed by document, gold defining the set. */
export function score(gold: Map<string, Scored[]>, system: Map<string, Scored[]>): Scores {
  let nGold = 0;
  let nSys = 0;
  let strict = 0;
  let relaxed = 0;
  let typeOk = 0;
  let valueOk = 0;
  const errors: ScoreError[] = [];
  for (const [doc, g] of gold) {
    const sys = [...(system.get(doc) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    const pairs = align(g, sys);
    const docErrors: ScoreError[] = [];
    for (const [gi, si] of pairs) {
      const ge = g[gi];
      const se = sys[si];
      if (!ge || !se) continue;
      const exact = ge.start === se.start && ge.end === se.end;
      if (exact) strict++;
      if (ge.type === se.type) typeOk++;
      if (ge.value === se.value) valueOk++;
      if (!exact || ge.type !== se.type || ge.value !== se.value) {
        docErrors.push({ doc, kind: exact ? "attr" : "span", gold: ge, sys: se });
      }
    }
    const goldPaired = new Set(pairs.map(([gi]) => gi));
    const sysPaired = new Set(pairs.map(([, si]) => si));
    g.forEach((ge, gi) => {
      if (!goldPaired.has(gi)) docErrors.push({ doc, kind: "missed", gold: ge });
    });
    sys.forEach((se, si) => {
      if (!sysPaired.has(si)) docErrors.push({ doc, kind: "spurious", sys: se });
    });
    const at = (e: ScoreError): number => ("gold" in e ? e.gold.start : e.sys.start);
    errors.push(...docErrors.sort((a, b) => at(a) - at(b)));
    nGold += g.length;
    nSys += sys.length;
    relaxed += pairs.length;
  }
  const r = prf(relaxed, nSys, nGold);
  const attribute = (ok: number): Prf & { accuracy: number } => {
    const accuracy = relaxed ? ok / relaxed : 0;
    return { accuracy, p: accuracy * r.p, r: accuracy * r.r, f1: accuracy * r.f1 };
  };
  return {
    counts: { gold: nGold, system: nSys, strict, relaxed, type: typeOk, value: valueOk },
    strict: prf(strict, nSys, nGold),
    relaxed: r,
    type: attribute(typeOk),
    value: attribute(valueOk),
    errors,
  };
}

const pct = (x: number): string => (100 * x).toFixed(2);
const show = (x: Scored): string =>
  `[${x.start},${x.end}) ${JSON.stringify(x.text)} ${x.type} ${x.value}`;

/** The score table, and each error on a line of its own when `withErrors`. */
export function formatScores(s: Scores, withErrors: boolean): string {
  const c = s.counts;
  const row = (name: string, m: Prf, n: string): string =>
    `${name.padEnd(9)}${pct(m.p).padStart(7)} ${pct(m.r).padStart(7)} ${pct(m.f1).padStart(7)}   ${n}`;
  const lines = [
    "            P       R       F1      matched",
    row("strict", s.strict, String(c.strict)),
    row("relaxed", s.relaxed, String(c.relaxed)),
    row("type", s.type, `${c.type}/${c.relaxed} (accuracy ${pct(s.type.accuracy)})`),
    row("value", s.value, `${c.value}/${c.relaxed} (accuracy ${pct(s.value.accuracy)})`),
  ];
  if (withErrors) {
    lines.push("", `errors (${s.errors.length}):`);
    for (const e of s.errors) {
      if (e.kind === "missed") lines.push(`  ${e.doc} MISSED   gold ${show(e.gold)}`);
      else if (e.kind === "spurious") lines.push(`  ${e.doc} SPURIOUS sys  ${show(e.sys)}`);
      else {
        const tag = e.kind === "span" ? "SPAN    " : "ATTR    ";
        lines.push(`  ${e.doc} ${tag} gold ${show(e.gold)}  <>  sys ${show(e.sys)}`);
      }
    }
  }
  lines.push(
    "",
    `value F1 ${pct(s.value.f1)}, relaxed F1 ${pct(s.relaxed.f1)}, strict F1 ${pct(s.strict.f1)}`,
  );
  return lines.join("\n");
}
