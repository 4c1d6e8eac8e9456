import type { FieldProblem } from "../checks.ts";
import { fieldId } from "../checks.ts";
import type { DraftEvent } from "../draft.ts";
import "./ProblemList.css";

export type ProblemListProps = {
  problems: readonly FieldProblem[];
  events: readonly DraftEvent[];
  elsewhere: number;
};

/** Moves focus to a field (a link to it alone would only scroll). */
function focusField(id: string): void {
  const element = document.getElementById(id);
  element?.scrollIntoView({ block: "center" });
  element?.focus();
}

/**
 * The live checks' verdict: every problem that blocks saving, each linked to its field. The
 * pipeline's wording, file line and fix hint, as `npm run data` would print them.
 */
export function ProblemList({ problems, events, elsewhere }: ProblemListProps) {
  const titles = new Map(events.map((e) => [e.key, e.title.trim() || e.id]));
  return (
    <section className="cu-panel cpl-list" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {problems.length === 0
          ? "Checks pass"
          : `${problems.length} problem${problems.length === 1 ? "" : "s"} to fix before saving`}
      </h2>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => {
            const id = fieldId(p.ref);
            const where =
              p.ref.scope === "event"
                ? `${titles.get(p.ref.key) ?? p.ref.key}, ${p.ref.field}`
                : p.ref.field;
            return (
              <li key={i}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(id);
                  }}
                >
                  {where}
                </a>
                : {p.problem.message} <span className="cpl-hint">Fix: {p.problem.hint}</span>
              </li>
            );
          })}
        </ul>
      )}
      {elsewhere > 0 && (
        <p className="muted">
          {elsewhere} problem{elsewhere === 1 ? "" : "s"} in other files of the corpus: they do not
          block this save, but the dataset will not rebuild until they are fixed.
        </p>
      )}
    </section>
  );
}
