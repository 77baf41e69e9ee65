import { useEffect, useState } from "preact/hooks";
import { api, ifMatch, ok, withEtag, type Schemas } from "../api/client";
import { FormActions, SaveForm } from "../components/SaveForm";
import { Badge, Button, EmptyState, ErrorState, Loading, PageHeader, SelectField, TextArea, TextField } from "../components/ui";
import { useAction } from "../lib/useAction";
import { useForm } from "../lib/forms";
import { TEMPLATE_KINDS, label } from "../lib/labels";
import { useAsync } from "../lib/useAsync";

type Template = Schemas["TemplateRead"];
const PLACEHOLDERS = ["first_name", "full_name", "organization", "title", "connection_note", "my_name", "my_pitch", "interview_date"];

export function Templates() {
  const templates = useAsync(() => ok(api.GET("/api/v1/templates", { params: { query: { limit: 100 } } })), []);
  const [selected, setSelected] = useState<string | "new" | null>(null);
  const items = templates.data?.items ?? [];
  useEffect(() => {
    if (selected === null && items.length) setSelected(items[0].id);
  }, [items.length]);

  return (
    <div class="page">
      <PageHeader title="Templates" subtitle="E-mails with placeholders, rendered for a contact in one click.">
        <Button variant="primary" onClick={() => setSelected("new")}>
          New template
        </Button>
      </PageHeader>
      {templates.error ? (
        <ErrorState message={templates.error} onRetry={templates.reload} />
      ) : !templates.data ? (
        <Loading label="Loading templates…" />
      ) : (
        <div class="split">
          <nav class="card split__list" aria-label="Templates">
            {items.length === 0 ? (
              <EmptyState title="No templates yet." />
            ) : (
              <ul class="rows">
                {items.map((template) => (
                  <li key={template.id}>
                    <button type="button" class="list-button" aria-current={selected === template.id ? "true" : undefined} onClick={() => setSelected(template.id)}>
                      <span class="row__title">{template.name}</span>
                      <Badge>{label(TEMPLATE_KINDS, template.kind)}</Badge>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </nav>
          <div>
            {selected === "new" ? (
              <TemplateEditor
                key="new"
                onSaved={(saved) => {
                  templates.setData((page) => ({ items: [...(page?.items ?? []), saved], next_cursor: page?.next_cursor ?? null }));
                  setSelected(saved.id);
                }}
                onDeleted={() => setSelected(null)}
              />
            ) : selected ? (
              <TemplateEditor
                key={selected}
                id={selected}
                onSaved={(saved) => templates.setData((page) => ({ items: (page?.items ?? []).map((t) => (t.id === saved.id ? saved : t)), next_cursor: page?.next_cursor ?? null }))}
                onDeleted={(id) => {
                  templates.setData((page) => ({ items: (page?.items ?? []).filter((t) => t.id !== id), next_cursor: page?.next_cursor ?? null }));
                  setSelected(null);
                }}
              />
            ) : (
              <EmptyState title="Pick a template to edit." />
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function TemplateEditor({ id, onSaved, onDeleted }: { id?: string; onSaved: (t: Template) => void; onDeleted: (id: string) => void }) {
  const loaded = useAsync(
    () => (id ? withEtag(api.GET("/api/v1/templates/{template_id}", { params: { path: { template_id: id } } })) : Promise.resolve(null)),
    [id],
  );
  const form = useForm({ kind: "outreach", name: "", subject: "", body: "" });
  const [etag, setEtag] = useState("");
  const deletion = useAction();
  useEffect(() => {
    const t = loaded.data?.data;
    if (t) {
      form.reset({ kind: t.kind, name: t.name, subject: t.subject, body: t.body });
      setEtag(loaded.data!.etag);
    }
  }, [loaded.data]);

  if (id && loaded.error) return <ErrorState message={loaded.error} onRetry={loaded.reload} />;
  if (id && !loaded.data) return <Loading />;

  const saveTemplate = async (v: typeof form.values) => {
    const body = { kind: v.kind as Schemas["TemplateKind"], name: v.name, subject: v.subject, body: v.body };
    const result = id
      ? await withEtag(api.PATCH("/api/v1/templates/{template_id}", { params: { path: { template_id: id }, header: ifMatch(etag) }, body }))
      : await withEtag(api.POST("/api/v1/templates", { body }));
    setEtag(result.etag);
    onSaved(result.data);
  };
  return (
    <section class="card" aria-labelledby="editor-title">
      <h2 id="editor-title">{id ? `Edit “${loaded.data?.data.name}”` : "New template"}</h2>
      <SaveForm form={form} save={saveTemplate} onReload={loaded.reload} otherError={deletion.error}>
        <div class="grid-2">
          <TextField label="Name" {...form.field("name")} />
          <SelectField label="Kind" {...form.field("kind")} options={TEMPLATE_KINDS} />
        </div>
        <TextField label="Subject" {...form.field("subject")} />
        <TextArea label="Body" rows={12} {...form.field("body")} />
        <p class="field__hint">
          Placeholders:{" "}
          {PLACEHOLDERS.map((p) => (
            <code key={p}>{`{${p}}`}</code>
          ))}
        </p>
        <FormActions form={form} label={id ? "Save template" : "Create template"} status="Saved">
          {id && (
            <Button
              variant="danger"
              class="push-right"
              busy={deletion.busy}
              onClick={() =>
                void deletion.run(async () => {
                  await ok(api.DELETE("/api/v1/templates/{template_id}", { params: { path: { template_id: id }, header: ifMatch(etag) } }));
                  onDeleted(id);
                })
              }
            >
              Delete template
            </Button>
          )}
        </FormActions>
      </SaveForm>
    </section>
  );
}
