import type { ReactNode } from "react";
import type { FieldProblem } from "../checks.ts";
import "./Field.css";

export type FieldProblemsProps = { id: string; problems: readonly FieldProblem[] };

/** The problems of one field, under it, each with the pipeline's hint; `<id>-problems` describes the field. */
export function FieldProblems({ id, problems }: FieldProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <ul className="cf-problems" id={`${id}-problems`}>
      {problems.map((p, i) => (
        <li key={i}>
          {p.problem.message} <span className="cf-hint">Fix: {p.problem.hint}</span>
        </li>
      ))}
    </ul>
  );
}

/** The class of a field's box: its label turns red while the field has a problem. */
export function fieldClass(problems: readonly FieldProblem[]): string {
  return problems.length > 0 ? "cf-field cf-has-problem" : "cf-field";
}

/** The ARIA attributes that tie a control to its problems (FieldProblems' list). */
export function describedBy(id: string, problems: readonly FieldProblem[]) {
  return {
    id,
    "aria-invalid": problems.length > 0 ? (true as const) : undefined,
    "aria-describedby": problems.length > 0 ? `${id}-problems` : undefined,
  };
}

export type FieldProps = {
  /** The control's id, which the label names. */
  id: string;
  label: string;
  problems: readonly FieldProblem[];
  /** The control (give it `describedBy(id, problems)`), and anything shown under it. */
  children: ReactNode;
};

/** A labelled control with its problems under it. */
export function Field({ id, label, problems, children }: FieldProps) {
  return (
    <div className={fieldClass(problems)}>
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldProblems id={id} problems={problems} />
    </div>
  );
}

export type InlineFormProps = { onSubmit: () => void; children: ReactNode };

/** A one-line form: its label above, a control and its button side by side. */
export function InlineForm({ onSubmit, children }: InlineFormProps) {
  return (
    <form
      className="cf-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
