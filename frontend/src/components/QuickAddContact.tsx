import { useEffect } from "preact/hooks";
import { api, ok, type Schemas } from "../api/client";
import { CONNECTIONS, STAGES } from "../lib/labels";
import { useForm } from "../lib/forms";
import { Button, Dialog, FormError, SelectField, TextArea, TextField } from "./ui";

export type Contact = Schemas["ContactRead"];

export function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}

const EMPTY = {
  full_name: "",
  organization: "",
  title: "",
  email: "",
  connection: "other",
  connection_note: "",
  tags: "",
  stage: "identified",
};

/** Quick add: the few fields needed to start, everything else later on the contact page. */
export function QuickAddContact({
  open,
  onClose,
  onCreated,
  initialStage = "identified",
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (contact: Contact) => void;
  initialStage?: string;
}) {
  const form = useForm({ ...EMPTY, stage: initialStage });
  const v = form.values;
  useEffect(() => {
    if (open) form.set("stage", initialStage);
  }, [open, initialStage]);
  return (
    <Dialog title="Add a contact" open={open} onClose={onClose}>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await form.submit(async (values) => {
            const contact = await ok(
              api.POST("/api/v1/contacts", {
                body: {
                  full_name: values.full_name,
                  organization: values.organization || null,
                  title: values.title || null,
                  email: values.email || null,
                  connection: values.connection as Schemas["Connection"],
                  connection_note: values.connection_note,
                  tags: splitTags(values.tags),
                  stage: values.stage as Schemas["Stage"],
                },
              }),
            );
            form.reset({ ...EMPTY, stage: initialStage });
            onCreated(contact);
          });
        }}
      >
        <FormError message={form.general} />
        <TextField
          label="Full name"
          required
          autoComplete="off"
          value={v.full_name}
          onValue={(value) => form.set("full_name", value)}
          error={form.errors.full_name}
        />
        <div class="grid-2">
          <TextField
            label="Organization"
            value={v.organization}
            onValue={(value) => form.set("organization", value)}
            error={form.errors.organization}
          />
          <TextField label="Title" value={v.title} onValue={(value) => form.set("title", value)} error={form.errors.title} />
        </div>
        <TextField
          label="E-mail"
          type="email"
          value={v.email}
          onValue={(value) => form.set("email", value)}
          error={form.errors.email}
        />
        <div class="grid-2">
          <SelectField
            label="Connection"
            value={v.connection}
            onValue={(value) => form.set("connection", value)}
            options={CONNECTIONS}
            error={form.errors.connection}
          />
          <SelectField label="Stage" value={v.stage} onValue={(value) => form.set("stage", value)} options={STAGES} error={form.errors.stage} />
        </div>
        <TextArea
          label="How you are connected"
          rows={2}
          hint="In words that can go into an outreach e-mail."
          value={v.connection_note}
          onValue={(value) => form.set("connection_note", value)}
          error={form.errors.connection_note}
        />
        <TextField
          label="Tags"
          hint="Separate with commas, e.g. biotech, alumni"
          value={v.tags}
          onValue={(value) => form.set("tags", value)}
          error={form.errors.tags}
        />
        <div class="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={form.submitting}>
            Add contact
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
