import { useState } from "preact/hooks";
import { api, ifMatch, ok, withEtag, type Schemas } from "../api/client";
import { FormCard, SaveForm } from "../components/SaveForm";
import { Badge, Button, Checkbox, Dialog, EmptyState, ErrorState, Field, Loading, PageHeader, SelectField, TextArea, TextField } from "../components/ui";
import { useForm, type FormState } from "../lib/forms";
import { useAction } from "../lib/useAction";
import { useAsync } from "../lib/useAsync";

type Question = Schemas["QuestionRead"];
const PRIORITIES = [
  ["5", "5 — must ask"],
  ["4", "4"],
  ["3", "3"],
  ["2", "2"],
  ["1", "1 — nice to ask"],
] as const;
const SUGGESTED = ["career_path", "day_to_day", "skills", "industry", "advice", "referrals"];
const pretty = (category: string) => (category || "other").replace(/_/g, " ");

export function Questions() {
  const [archived, setArchived] = useState(false);
  const [q, setQ] = useState("");
  const questions = useAsync(() => ok(api.GET("/api/v1/questions", { params: { query: { archived, limit: 200 } } })), [archived]);
  const [editing, setEditing] = useState<Question | null>(null);
  const items = (questions.data?.items ?? []).filter((question) => !q || question.text.toLowerCase().includes(q.toLowerCase()));
  const categories = [...new Set([...SUGGESTED, ...(questions.data?.items ?? []).map((x) => x.category).filter(Boolean)])];
  const groups = new Map<string, Question[]>();
  for (const question of items) groups.set(question.category, [...(groups.get(question.category) ?? []), question]);

  const replace = (saved: Question) =>
    questions.setData((page) => ({
      items: (page?.items ?? []).map((item) => (item.id === saved.id ? saved : item)).filter((item) => item.archived === archived),
      next_cursor: page?.next_cursor ?? null,
    }));

  return (
    <div class="page">
      <PageHeader title="Question bank" subtitle="Open-ended questions to pick from when you prepare an interview." />
      <div class="columns">
        <div class="columns__main">
          <div class="filters filters--compact">
            <Field label="Search questions" class="filters__search">
              {({ id }) => <input id={id} type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />}
            </Field>
            <div class="filters__check">
              <Checkbox label="Show archived" checked={archived} onChange={setArchived} />
            </div>
          </div>
          {questions.error ? (
            <ErrorState message={questions.error} onRetry={questions.reload} />
          ) : !questions.data ? (
            <Loading label="Loading questions…" />
          ) : items.length === 0 ? (
            <EmptyState title={archived ? "No archived questions." : q ? "No questions match." : "Your bank is empty."} />
          ) : (
            [...groups].map(([category, list]) => (
              <section class="card" key={category} aria-label={pretty(category)}>
                <h2 class="capitalize">{pretty(category)}</h2>
                <ul class="rows">
                  {list
                    .slice()
                    .sort((a, b) => b.priority - a.priority)
                    .map((question) => (
                      <li class="row" key={question.id}>
                        <div class="row__main">
                          <span class="row__title">{question.text}</span>
                          <span class="row__meta">
                            <Badge tone={question.priority >= 4 ? "info" : "neutral"}>Priority {question.priority}</Badge>
                          </span>
                        </div>
                        <div class="row__actions">
                          <Button size="sm" variant="ghost" onClick={() => setEditing(question)} aria-label={`Edit “${question.text}”`}>
                            Edit
                          </Button>
                          <ArchiveButton question={question} onSaved={replace} />
                        </div>
                      </li>
                    ))}
                </ul>
              </section>
            ))
          )}
        </div>
        <aside class="columns__side">
          <NewQuestion categories={categories} onCreated={(question) => questions.setData((page) => ({ items: [question, ...(page?.items ?? [])], next_cursor: page?.next_cursor ?? null }))} />
        </aside>
      </div>
      <datalist id="question-categories">
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {editing && (
        <EditQuestion
          question={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            replace(saved);
            setEditing(null);
          }}
          onDeleted={(id) => {
            questions.setData((page) => ({ items: (page?.items ?? []).filter((x) => x.id !== id), next_cursor: page?.next_cursor ?? null }));
            setEditing(null);
          }}
        />
      )}
    </div>
  );
}

function ArchiveButton({ question, onSaved }: { question: Question; onSaved: (q: Question) => void }) {
  const action = useAction();
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        aria-label={`${question.archived ? "Restore" : "Archive"} “${question.text}”`}
        onClick={() =>
          void action.run(async () =>
            onSaved(await ok(api.PATCH("/api/v1/questions/{question_id}", { params: { path: { question_id: question.id } }, body: { archived: !question.archived } }))),
          )
        }
      >
        {question.archived ? "Restore" : "Archive"}
      </Button>
      {action.error && (
        <span class="field__error" role="alert">
          {action.error}
        </span>
      )}
    </>
  );
}

const toBody = (v: { text: string; category: string; priority: string }) => ({ text: v.text, category: v.category, priority: Number(v.priority) });

/** The question, its category (from the page's list of categories) and its priority. */
function QuestionFields({ form, categories }: { form: FormState<{ text: string; category: string; priority: string }>; categories?: string[] }) {
  return (
    <>
      <TextArea label="Question" rows={3} placeholder={categories ? "What surprised you most about moving into industry?" : undefined} {...form.field("text")} />
      <TextField
        label="Category"
        list="question-categories"
        {...form.field("category")}
        hint={categories ? `e.g. ${categories.slice(0, 3).map(pretty).join(", ")}` : undefined}
      />
      <SelectField label="Priority" {...form.field("priority")} options={PRIORITIES} />
    </>
  );
}

function NewQuestion({ categories, onCreated }: { categories: string[]; onCreated: (q: Question) => void }) {
  const blank = { text: "", category: "career_path", priority: "3" };
  const form = useForm(blank);
  return (
    <FormCard
      title="Add a question"
      form={form}
      save={async (v) => onCreated(await ok(api.POST("/api/v1/questions", { body: toBody(v) })))}
      onSaved={() => form.reset(blank)}
      submitLabel="Add to bank"
    >
      <QuestionFields form={form} categories={categories} />
    </FormCard>
  );
}

/** Loads the question (for its ETag) and edits it with If-Match. */
function EditQuestion({ question, onClose, onSaved, onDeleted }: { question: Question; onClose: () => void; onSaved: (q: Question) => void; onDeleted: (id: string) => void }) {
  const loaded = useAsync(() => withEtag(api.GET("/api/v1/questions/{question_id}", { params: { path: { question_id: question.id } } })), [question.id]);
  const form = useForm({ text: question.text, category: question.category, priority: String(question.priority) });
  const deletion = useAction();
  const params = () => ({ path: { question_id: question.id }, header: ifMatch(loaded.data!.etag) });
  return (
    <Dialog title="Edit question" open onClose={onClose}>
      {loaded.error ? (
        <ErrorState message={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : (
        <SaveForm
          form={form}
          save={async (v) => onSaved(await ok(api.PATCH("/api/v1/questions/{question_id}", { params: params(), body: toBody(v) })))}
          onReload={loaded.reload}
          otherError={deletion.error}
        >
          <QuestionFields form={form} />
          <div class="dialog__actions dialog__actions--split">
            <Button
              variant="danger"
              busy={deletion.busy}
              onClick={() =>
                void deletion.run(async () => {
                  await ok(api.DELETE("/api/v1/questions/{question_id}", { params: params() }));
                  onDeleted(question.id);
                })
              }
            >
              Delete
            </Button>
            <span>
              <Button onClick={onClose}>Cancel</Button>{" "}
              <Button type="submit" variant="primary" busy={form.submitting}>
                Save question
              </Button>
            </span>
          </div>
        </SaveForm>
      )}
    </Dialog>
  );
}
