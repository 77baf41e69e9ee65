import { useEffect } from "preact/hooks";
import type { Schemas } from "../api/client";
import { SAVED_ON_DEVICE, addContact } from "../offline/status";
import { CONNECTIONS, STAGES } from "../lib/labels";
import { useForm } from "../lib/forms";
import { FormDialog } from "./SaveForm";
import { SelectField, TextArea, TextField } from "./ui";

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
  onSavedOnDevice,
  initialStage = "identified",
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (contact: Contact) => void;
  /** Offline: the new contact waits on this device and is added once the connection returns. */
  onSavedOnDevice: (fullName: string) => void;
  initialStage?: string;
}) {
  const form = useForm({ ...EMPTY, stage: initialStage });
  useEffect(() => {
    if (open) form.set("stage", initialStage);
  }, [open, initialStage]);
  const create = async (values: typeof EMPTY) => {
    const sent = await addContact({
      full_name: values.full_name,
      organization: values.organization || null,
      title: values.title || null,
      email: values.email || null,
      connection: values.connection as Schemas["Connection"],
      connection_note: values.connection_note,
      tags: splitTags(values.tags),
      stage: values.stage as Schemas["Stage"],
    });
    form.reset({ ...EMPTY, stage: initialStage });
    if (sent === SAVED_ON_DEVICE) onSavedOnDevice(values.full_name);
    else onCreated(sent.data);
  };
  return (
    <FormDialog title="Add a contact" open={open} onClose={onClose} form={form} save={create} submitLabel="Add contact">
      <TextField label="Full name" required autoComplete="off" {...form.field("full_name")} />
      <div class="grid-2">
        <TextField label="Organization" {...form.field("organization")} />
        <TextField label="Title" {...form.field("title")} />
      </div>
      <TextField label="E-mail" type="email" {...form.field("email")} />
      <div class="grid-2">
        <SelectField label="Connection" {...form.field("connection")} options={CONNECTIONS} />
        <SelectField label="Stage" {...form.field("stage")} options={STAGES} />
      </div>
      <TextArea label="How you are connected" rows={2} hint="In words that can go into an outreach e-mail." {...form.field("connection_note")} />
      <TextField label="Tags" hint="Separate with commas, e.g. biotech, alumni" {...form.field("tags")} />
    </FormDialog>
  );
}
