// The few building blocks every screen uses: labelled fields with their error, buttons,
// loading / empty / error states, dialogs and a polite status line.
import type { ButtonHTMLAttributes, ComponentChildren, InputHTMLAttributes } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";

type FieldIds = { id: string; describedBy?: string; invalid: boolean };

type FieldProps = {
  label: string;
  error?: string;
  hint?: ComponentChildren;
  children: (ids: FieldIds) => ComponentChildren;
  class?: string;
};

/** A label, the control, an optional hint and the field's error message, wired for screen readers. */
export function Field({ label, error, hint, children, class: extra }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${error ? " field--invalid" : ""}${extra ? ` ${extra}` : ""}`}>
      <label for={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A file picker in a field; `onFile` gets the chosen file (null when the choice is cleared). */
export function FileField({
  onFile,
  accept,
  ...field
}: Omit<FieldProps, "children"> & { accept: string; onFile: (file: File | null) => void }) {
  return (
    <Field {...field}>
      {({ id, describedBy }) => (
        <input id={id} type="file" accept={accept} aria-describedby={describedBy} onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)} />
      )}
    </Field>
  );
}

/** The input attributes our fields pass through. */
type InputAttributes = {
  type?: string;
  placeholder?: string;
  autoComplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  step?: number | string;
  inputMode?: "numeric" | "decimal" | "text" | "email" | "url" | "tel" | "search";
  onBlur?: () => void;
  disabled?: boolean;
  readOnly?: boolean;
  autoFocus?: boolean;
  "aria-label"?: string;
  name?: string;
  list?: string;
};

/** What every labelled field takes: its value, where changes go, and its messages. */
type BoundProps = {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: ComponentChildren;
  fieldClass?: string;
};

type InputProps = InputAttributes & BoundProps;

/** The attributes that tie a control to its Field's label, hint and error. */
const wired = ({ id, describedBy, invalid }: FieldIds) => ({ id, "aria-describedby": describedBy, "aria-invalid": invalid || undefined });

export function TextField({ label, value, onValue, error, hint, fieldClass, ...rest }: InputProps) {
  return (
    <Field label={label} error={error} hint={hint} class={fieldClass}>
      {(ids) => <input {...(rest as InputHTMLAttributes<HTMLInputElement>)} {...wired(ids)} value={value} onInput={(event) => onValue(event.currentTarget.value)} />}
    </Field>
  );
}

type AreaProps = Pick<InputAttributes, "onBlur" | "placeholder" | "required" | "maxLength" | "disabled" | "aria-label"> &
  BoundProps & { rows?: number };

export function TextArea({ label, value, onValue, error, hint, fieldClass, ...rest }: AreaProps) {
  return (
    <Field label={label} error={error} hint={hint} class={fieldClass}>
      {(ids) => <textarea rows={3} {...rest} {...wired(ids)} value={value} onInput={(event) => onValue(event.currentTarget.value)} />}
    </Field>
  );
}

type SelectProps = BoundProps & { options: readonly (readonly [string, string])[]; disabled?: boolean };

export function SelectField({ label, value, onValue, options, error, hint, fieldClass, disabled }: SelectProps) {
  return (
    <Field label={label} error={error} hint={hint} class={fieldClass}>
      {(ids) => (
        <select {...wired(ids)} value={value} disabled={disabled} onChange={(event) => onValue(event.currentTarget.value)}>
          {options.map(([optionValue, text]) => (
            <option key={optionValue} value={optionValue}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
  disabled,
  hint,
}: {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  hint?: string;
}) {
  const id = useId();
  return (
    <div class="check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <span class="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "size"> & {
  variant?: "primary" | "secondary" | "ghost" | "danger" | "link";
  size?: "sm" | "md";
  busy?: boolean;
  type?: "button" | "submit";
  disabled?: boolean;
};

export function Button({ variant = "secondary", size = "md", busy, children, disabled, type = "button", ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={`btn btn--${variant} btn--${size}${rest.class ? ` ${rest.class}` : ""}`}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy && <span class="spinner spinner--inline" aria-hidden="true" />}
      {children}
    </button>
  );
}

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div class="state state--loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div class="state state--error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <Button onClick={onRetry} size="sm">
          Try again
        </Button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state--empty">
      <h2 class="state__title">{title}</h2>
      {children && <div class="state__body">{children}</div>}
    </div>
  );
}

/** The message at the top of a form when a save failed; offers a reload on a 412. */
export function FormError({ message, conflict, onReload }: { message: string | null; conflict?: boolean; onReload?: () => void }) {
  if (!message) return null;
  return (
    <div class="form-error" role="alert">
      <span>{message}</span>
      {conflict && onReload && (
        <Button size="sm" onClick={onReload}>
          Reload
        </Button>
      )}
    </div>
  );
}

/** A modal built on <dialog>: focus is trapped and Escape closes it. */
export function Dialog({
  title,
  open,
  onClose,
  children,
  wide,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      class={`dialog${wide ? " dialog--wide" : ""}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div class="dialog__inner">
          <header class="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" class="icon-btn" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}

/** Copies text and says so in a live region. */
export function CopyButton({ text, label = "Copy", size = "sm" }: { text: string; label?: string; size?: "sm" | "md" }) {
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  useEffect(() => {
    if (!copied) return;
    const timeout = setTimeout(() => setCopied(""), 2500);
    return () => clearTimeout(timeout);
  }, [copied]);
  return (
    <span class="copy">
      <Button
        size={size}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied("ok");
          } catch {
            setCopied("failed");
          }
        }}
      >
        {label}
      </Button>
      <span class="copy__status" role="status">
        {copied === "ok" ? "Copied" : copied === "failed" ? "Copy failed: select the text and copy it" : ""}
      </span>
    </span>
  );
}

export function Badge({ tone = "neutral", children }: { tone?: string; children: ComponentChildren }) {
  return <span class={`badge badge--${tone}`}>{children}</span>;
}

export function PageHeader({ title, children, subtitle }: { title: string; subtitle?: ComponentChildren; children?: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Rapport`;
  }, [title]);
  return (
    <header class="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p class="page-header__sub">{subtitle}</p>}
      </div>
      {children && <div class="page-header__actions">{children}</div>}
    </header>
  );
}

/** A table with its column headings; the rows are its children. The caption is for screen readers. */
export function DataTable({ caption, columns, class: cls = "table", children }: { caption?: string; columns: string[]; class?: string; children: ComponentChildren }) {
  return (
    <table class={cls}>
      {caption && <caption class="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
