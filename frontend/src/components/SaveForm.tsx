// Forms that save: the form itself (errors beside their fields, what was typed kept), its
// buttons, and the card, dialog and confirmation shapes the screens use it in.
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import type { FieldBinding, FormState } from "../lib/forms";
import { timeZones } from "../lib/time";
import { useAction } from "../lib/useAction";
import { Button, Dialog, FormError, SelectField } from "./ui";

type SaveProps<T> = {
  form: FormState<T>;
  save: (values: T) => Promise<unknown>;
  /** After a successful save. */
  onSaved?: () => void;
  /** Offered as "Reload" when the save was refused because the object changed elsewhere. */
  onReload?: () => void;
  /** Another failure to show at the top (a delete next to the save). */
  otherError?: string | null;
};

/** A form that saves through `form.submit`, with the general error at its top. */
export function SaveForm<T>({ form, save, onSaved, onReload, otherError, children }: SaveProps<T> & { children: ComponentChildren }) {
  return (
    <form
      class="stack"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (await form.submit(save)) onSaved?.();
      }}
    >
      <FormError message={form.general ?? otherError ?? null} conflict={form.conflict} onReload={onReload} />
      {children}
    </form>
  );
}

/** Said after a save that waits on this device for the connection. */
export const SAVED_OFFLINE = "Saved on this device — it syncs when you are back online.";

type ActionsProps = {
  form: { submitting: boolean; saved: boolean; savedOnDevice: boolean };
  label: string;
  /** Announced after a successful save ("Saved", "Touch logged"); none when omitted. */
  status?: string;
  variant?: "primary" | "secondary";
  size?: "sm" | "md";
  children?: ComponentChildren;
};

/** The submit button, the status line that says it worked, and any other buttons. */
export function FormActions({ form, label, status, variant = "primary", size, children }: ActionsProps) {
  return (
    <div class="form-actions">
      <Button type="submit" variant={variant} size={size} busy={form.submitting}>
        {label}
      </Button>
      {status !== undefined && (
        <span class="saved" role="status">
          {form.saved ? (form.savedOnDevice ? SAVED_OFFLINE : status) : ""}
        </span>
      )}
      {children}
    </div>
  );
}

/** A card with a heading holding one form and its submit button. */
export function FormCard<T>({
  title,
  intro,
  after,
  submitLabel,
  status = "Saved",
  variant,
  size,
  class: extra,
  children,
  ...save
}: SaveProps<T> & {
  title: string;
  /** Shown above the form, and below it. */
  intro?: ComponentChildren;
  after?: ComponentChildren;
  submitLabel: string;
  status?: string;
  variant?: "primary" | "secondary";
  size?: "sm" | "md";
  class?: string;
  children: ComponentChildren;
}) {
  const titleId = useId();
  return (
    <section class={`card${extra ? ` ${extra}` : ""}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {intro}
      <SaveForm {...save}>
        {children}
        <FormActions form={save.form} label={submitLabel} status={status} variant={variant} size={size} />
      </SaveForm>
      {after}
    </section>
  );
}

/** A dialog holding one form, with Cancel and the submit button. */
export function FormDialog<T>({
  title,
  open,
  onClose,
  submitLabel,
  danger,
  children,
  ...save
}: SaveProps<T> & {
  title: string;
  open: boolean;
  onClose: () => void;
  submitLabel: string;
  /** The submit button says it destroys something. */
  danger?: boolean;
  children: ComponentChildren;
}) {
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <SaveForm {...save}>
        {children}
        <div class="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant={danger ? "danger" : "primary"} busy={save.form.submitting}>
            {submitLabel}
          </Button>
        </div>
      </SaveForm>
    </Dialog>
  );
}

/** "Are you sure?" before something that cannot be undone; a failure is shown in the dialog. */
export function ConfirmDialog({
  title,
  open,
  onClose,
  confirmLabel,
  onConfirm,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  children: ComponentChildren;
}) {
  const action = useAction();
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      {children}
      <FormError message={action.error} />
      <div class="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="danger" busy={action.busy} onClick={() => void action.run(onConfirm)}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}

/** The time zone picker (IANA names); a zone the browser does not list is kept as an option. */
export function TimeZoneField({ hint, ...field }: FieldBinding & { hint?: string }) {
  const zones = timeZones();
  if (!zones.includes(field.value)) zones.unshift(field.value);
  return <SelectField label="Time zone" {...field} hint={hint} options={zones.map((zone) => [zone, zone.replace(/_/g, " ")] as const)} />;
}

