/**
 * A draft as the annotation file an editor opens: keys in the documented order, one event a block
 * (a blank line between events), id lists in flow style, and comments where a human must act: the
 * titles and summaries to rewrite, each event's checks above it, the cue a status was read from
 * beside it. Written with the yaml package's Document API, so comments sit on the nodes they
 * concern and the text parses back to the same values.
 */
import { Document, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { Draft, ProposedDate, ProposedEvent, ProposedReport } from "./types.ts";

/** A comment's lines, each starting with a space, at most ~96 characters wide. */
function lines(text: string, width = 96): string {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      if (line !== "" && line.length + 1 + word.length > width) {
        out.push(` ${line}`);
        line = `  ${word}`;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    out.push(` ${line}`);
  }
  return out.join("\n");
}

function scalar(value: string | number | boolean, comment?: string): Scalar {
  const node = new Scalar(value);
  if (comment) node.comment = ` ${comment}`;
  return node;
}

function flowList(values: readonly string[], comment?: string): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  for (const v of values) seq.add(new Scalar(v));
  if (comment) seq.comment = ` ${comment}`;
  return seq;
}

function dateNode(d: ProposedDate): YAMLMap {
  const date = new YAMLMap();
  date.set("phrase", scalar(d.phrase));
  if (d.anchor !== undefined) date.set("anchor", scalar(d.anchor));
  if (d.direction !== undefined) date.set("direction", scalar(d.direction));
  if (d.undated) date.set("undated", scalar(true));
  return date;
}

function citationsNode(citations: ProposedEvent["citations"]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const c of citations) {
    const item = new YAMLMap();
    item.set("quote", scalar(c.quote));
    if (c.occurrence !== undefined) item.set("occurrence", scalar(c.occurrence));
    seq.add(item);
  }
  return seq;
}

function eventNode(e: ProposedEvent): YAMLMap {
  const map = new YAMLMap();
  map.set("id", scalar(e.id));
  map.set("title", scalar(e.title, "draft: rewrite as a headline"));
  map.set("summary", scalar(e.summary, "draft: rewrite in the editors' words"));
  map.set("date", dateNode(e.date));
  const statusCheck = e.checks.some((c) => c.about === "status");
  map.set(
    "status",
    scalar(
      e.status,
      e.statusCue === undefined
        ? "guessed: see the check above"
        : `from "${e.statusCue}"${statusCheck ? "; see the check above" : ""}`,
    ),
  );
  map.set("actors", flowList(e.actors));
  map.set("places", flowList(e.places));
  map.set("related", flowList(e.related));
  map.set("citations", citationsNode(e.citations));
  const proposed = [
    ...(e.proposedActors.length > 0 ? [`actors ${e.proposedActors.join(", ")}`] : []),
    ...(e.proposedPlaces.length > 0 ? [`places ${e.proposedPlaces.join(", ")}`] : []),
  ];
  const checks = [
    `resolves to ${e.resolved.edtf}`,
    ...e.checks.map((c) => `check (${c.about}): ${c.message}`),
    ...(proposed.length > 0
      ? [`once the proposed names are added, it takes ${proposed.join("; ")}`]
      : []),
    ...(e.candidates.length > 0
      ? [
          `names not in the registry: ${e.candidates.join(", ")} (add them to actors.yaml or places.yaml if they take part)`,
        ]
      : []),
  ];
  map.commentBefore = checks.map((c) => lines(c)).join("\n");
  return map;
}

/** A report on an archive event: why it was linked above it, then the contract's fields. */
function reportNode(r: ProposedReport): YAMLMap {
  const map = new YAMLMap();
  map.set("event", scalar(r.event));
  map.set("status", scalar(r.status));
  if (r.date !== undefined) map.set("date", dateNode(r.date));
  map.set("citations", citationsNode(r.citations));
  const checks = [
    `this article's report on ${r.event}${r.date === undefined ? " (it gives no date of its own)" : `, dated ${r.resolved.edtf} here`}; as its own event it would be "${r.title}"`,
    ...r.checks.map((c) => `check (${c.about}): ${c.message}`),
  ];
  map.commentBefore = checks.map((c) => lines(c)).join("\n");
  return map;
}

/**
 * The annotation file of a draft: parses as YAML to exactly the draft's values (title,
 * attribution, events with their fields), with comments for the editor.
 */
export function draftToYaml(draft: Draft): string {
  const doc = new Document();
  const root = new YAMLMap();
  root.set("title", scalar(draft.title, "draft: the editors' label for the article"));
  root.set("attribution", scalar(draft.attribution, `check: ${draft.attributionCheck}`));
  const events = new YAMLSeq();
  draft.events.forEach((e, i) => {
    const node = eventNode(e);
    if (i > 0) node.spaceBefore = true;
    events.add(node);
  });
  root.set("events", events);
  if (draft.reports.length > 0) {
    const reports = new YAMLSeq();
    draft.reports.forEach((r, i) => {
      const node = reportNode(r);
      if (i > 0) node.spaceBefore = true;
      reports.add(node);
    });
    root.set("reports", reports);
  }
  doc.contents = root;
  doc.commentBefore = [
    lines(
      `Draft annotation for articles/${draft.articleId}.txt (dateline ${draft.dateline}), proposed by \`npm run propose\`.`,
    ),
    lines(
      "A machine's first draft: rewrite every title and summary, settle each check, delete what the article does not report and add what it missed, then run `npm run data`.",
    ),
    ...(draft.names.length > 0
      ? [
          lines(
            "Names the registry lacks, proposed (add them with the workspace, or to actors.yaml / places.yaml as shown; never ids here until then):",
          ),
          ...draft.names.map((n) =>
            lines(
              `- ${n.label}: ${n.registry}.yaml entry { id: ${n.id}, name: ${n.name}${n.registry === "actors" ? `, kind: ${n.kind}` : ""}${n.role !== undefined ? `, role: ${n.role}` : ""}${n.aliases.length > 0 ? `, aliases: [${n.aliases.join(", ")}]` : ""} }; because ${n.because}`,
            ),
          ),
        ]
      : []),
    ...(draft.candidates.length > 0
      ? [
          lines(
            `Other names the registry does not know, kind not told by the text (candidates for actors.yaml or places.yaml, never ids here): ${draft.candidates.join(", ")}.`,
          ),
        ]
      : []),
  ].join("\n");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
