import type { ChangeEvent, SyntheticEvent } from "react";
import { useEffect, useId, useRef, useState } from "react";
import { articleFileText, datelineOf, suggestArticleId } from "../article.ts";
import type { ServerFile } from "./api.ts";
import { readCorpus, writeFile } from "./api.ts";
import "./Home.css";

export type HomeProps = { onOpen: (articleId: string) => void };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The corpus's articles, each opening its annotation, and the form that adds a new one. */
export function Home({ onOpen }: HomeProps) {
  const [files, setFiles] = useState<ServerFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void readCorpus().then((result) => {
      if ("error" in result) setError(result.error);
      else setFiles(result.files);
    });
  }, []);
  const ids = (files ?? [])
    .filter((f) => f.path.startsWith("articles/"))
    .map((f) => f.path.slice("articles/".length, -".txt".length));
  const annotated = new Set(
    (files ?? [])
      .filter((f) => f.path.startsWith("annotations/"))
      .map((f) => f.path.slice("annotations/".length, -".yaml".length)),
  );
  return (
    <div className="ch-home">
      <h1>Curate the corpus</h1>
      <AddArticle taken={new Set(ids)} onAdded={onOpen} />
      <section aria-labelledby="articles-heading" className="cu-panel">
        <h2 id="articles-heading">Articles</h2>
        {error !== null && <p role="alert">{error}</p>}
        {files === null && error === null && <p className="muted">Reading the corpus…</p>}
        <ul className="ch-article-list">
          {ids.map((id) => (
            <li key={id}>
              <a
                href={`./?article=${encodeURIComponent(id)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(id);
                }}
              >
                {id}
              </a>{" "}
              <span className="muted">{annotated.has(id) ? "annotated" : "no annotation yet"}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

type AddArticleProps = { taken: ReadonlySet<string>; onAdded: (id: string) => void };

/**
 * Paste a text and its dateline, or drop (or choose) a `.txt` file that starts with its `date
 * YYYY-MM-DD` line; a slug id is suggested and can be edited. A file is saved byte for byte.
 */
function AddArticle({ taken, onAdded }: AddArticleProps) {
  const formId = useId();
  const [dateline, setDateline] = useState("");
  const [text, setText] = useState("");
  const [id, setId] = useState("");
  const [idEdited, setIdEdited] = useState(false);
  const [fileBytes, setFileBytes] = useState<Uint8Array | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const suggest = (day: string, body: string): void => {
    if (!idEdited) setId(suggestArticleId(day, body));
  };

  const takeFile = async (file: File): Promise<void> => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let decoded: string;
    try {
      decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      setMessage(`${file.name} is not UTF-8 text: save it as UTF-8 and try again.`);
      return;
    }
    const day = datelineOf(decoded);
    if (day === undefined) {
      setMessage(
        `${file.name} does not start with its "date YYYY-MM-DD" line: add it as the first line, or paste the text below with its dateline.`,
      );
      return;
    }
    const body = decoded.replace(/^\uFEFF?\s*date \d{4}-\d{2}-\d{2}[^\n]*\n?/, "");
    setFileBytes(bytes);
    setDateline(day);
    setText(body);
    setMessage(`${file.name} read: it will be saved byte for byte.`);
    if (!idEdited)
      setId(
        file.name
          .replace(/\.txt$/i, "")
          .toLowerCase()
          .replace(/[^a-z0-9_.-]+/g, "-")
          .replace(/^[^a-z0-9]+/, "") || suggestArticleId(day, body),
      );
  };

  const problem = (): string | null => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateline)) return "Give the dateline as YYYY-MM-DD.";
    if (text.trim() === "") return "Paste the article's text.";
    if (!ID_PATTERN.test(id))
      return "The id takes letters, digits, '_', '.' and '-', starting with a letter or digit.";
    if (taken.has(id))
      return `There is already an article ${id}: choose another id, or open it from the list.`;
    return null;
  };

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const wrong = problem();
    if (wrong !== null) {
      setMessage(wrong);
      return;
    }
    setBusy(true);
    const body = fileBytes ?? articleFileText(dateline, text);
    const written = await writeFile(`articles/${id}.txt`, body, undefined);
    setBusy(false);
    if (written.ok) onAdded(id);
    else
      setMessage([written.message, ...("problems" in written ? written.problems : [])].join(" "));
  };

  // Dropping a file anywhere on the form reads it (the file input is the keyboard's way).
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const over = (event: DragEvent): void => {
      event.preventDefault();
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void takeFile(file);
    };
    form.addEventListener("dragover", over);
    form.addEventListener("drop", drop);
    return () => {
      form.removeEventListener("dragover", over);
      form.removeEventListener("drop", drop);
    };
  });

  return (
    <section aria-labelledby={`${formId}-heading`} className="cu-panel">
      <h2 id={`${formId}-heading`}>Add an article</h2>
      <form
        ref={formRef}
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <p className="muted">
          Paste the text and its dateline, or drop a <code>.txt</code> file here that starts with
          its <code>date YYYY-MM-DD</code> line.
        </p>
        <label>
          Text file
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              const file = event.target.files?.[0];
              if (file) void takeFile(file);
            }}
          />
        </label>
        <label>
          Dateline (YYYY-MM-DD)
          <input
            value={dateline}
            inputMode="numeric"
            placeholder="2024-03-05"
            onChange={(event) => {
              setDateline(event.target.value);
              setFileBytes(null);
              suggest(event.target.value, text);
            }}
          />
        </label>
        <label>
          Article text
          <textarea
            value={text}
            rows={10}
            onChange={(event) => {
              setText(event.target.value);
              setFileBytes(null);
              suggest(dateline, event.target.value);
            }}
          />
        </label>
        <label>
          Article id
          <input
            value={id}
            onChange={(event) => {
              setId(event.target.value);
              setIdEdited(true);
            }}
          />
        </label>
        <div className="ch-form-actions">
          <button type="submit" className="button cu-primary" disabled={busy}>
            Add the article
          </button>
        </div>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}
