// Turning an API problem into messages next to the right fields, and keeping what was typed.
import { useState } from "preact/hooks";
import { ApiError, describeError } from "../api/client";
import { SAVED_ON_DEVICE } from "../offline/status";

export type FieldErrors = Record<string, string>;

/**
 * Match each problem `errors[].field` (dotted: `full_name`, `settings.digest_hour`, `tags.3`,
 * `query.limit`) to the closest field the form shows; what matches nothing is returned as
 * general messages for the top of the form.
 */
export function mapFieldErrors(
  errors: readonly { field: string; message: string }[] | null | undefined,
  fields: readonly string[],
): { fields: FieldErrors; general: string[] } {
  const byField: FieldErrors = {};
  const general: string[] = [];
  for (const { field, message } of errors ?? []) {
    const path = field.replace(/^(body|query|path|header)\./, "");
    let match: string | undefined;
    for (const candidate of fields) {
      if (path === candidate || path.startsWith(`${candidate}.`)) {
        if (!match || candidate.length > match.length) match = candidate;
      }
    }
    if (match) {
      byField[match] = byField[match] ? `${byField[match]} ${tidy(message)}` : tidy(message);
    } else {
      general.push(`${path}: ${tidy(message)}`);
    }
  }
  return { fields: byField, general };
}

/** Pydantic's messages, made to read as sentences. */
export function tidy(message: string): string {
  const text = message.replace(/^Value error, /, "").trim();
  if (!text) return "Invalid value.";
  const sentence = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The keys of a form whose values are text (inputs, text areas, selects). */
export type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** What a text field needs from its form: spread it into TextField, TextArea or SelectField. */
export interface FieldBinding {
  value: string;
  onValue: (value: string) => void;
  error?: string;
}

export interface FormState<T> {
  values: T;
  errors: FieldErrors;
  general: string | null;
  conflict: boolean;
  submitting: boolean;
  /** True after a successful save, until the next one starts (for a "Saved" status). */
  saved: boolean;
  /** That save is kept on this device until the connection returns (see offline/status). */
  savedOnDevice: boolean;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  /** The value, setter and error of one text field. */
  field: (key: TextKeys<T>) => FieldBinding;
  setValues: (values: T) => void;
  /** Runs the save; on failure keeps the values and shows the errors. Resolves true on success. */
  submit: (save: (values: T) => Promise<unknown>) => Promise<boolean>;
  reset: (values: T) => void;
}

export function useForm<T extends object>(initial: T): FormState<T> {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);
  const [savedOnDevice, setSavedOnDevice] = useState(false);

  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (errors[key as string]) {
      setErrors((current) => {
        const next = { ...current };
        delete next[key as string];
        return next;
      });
    }
  };

  return {
    values,
    errors,
    general,
    conflict,
    submitting,
    saved,
    savedOnDevice,
    set,
    field: (key) => ({
      value: values[key] as string,
      onValue: (value: string) => set(key, value as T[typeof key]),
      error: errors[key],
    }),
    setValues,
    reset: (next) => {
      setValues(next);
      setErrors({});
      setGeneral(null);
      setConflict(false);
    },
    submit: async (save) => {
      setSubmitting(true);
      setSaved(false);
      setGeneral(null);
      setConflict(false);
      try {
        setSavedOnDevice((await save(values)) === SAVED_ON_DEVICE);
        setErrors({});
        setSaved(true);
        return true;
      } catch (error) {
        const shown = explain(error, Object.keys(values));
        setErrors(shown.fields);
        setGeneral(shown.general);
        setConflict(error instanceof ApiError && error.status === 412);
        return false;
      } finally {
        setSubmitting(false);
      }
    },
  };
}

/** Field messages plus one general sentence for an error thrown by a save. */
export function explain(
  error: unknown,
  fields: readonly string[],
): { fields: FieldErrors; general: string | null } {
  if (error instanceof ApiError && error.problem.errors?.length) {
    const mapped = mapFieldErrors(error.problem.errors, fields);
    const general = mapped.general.length
      ? mapped.general.join(" ")
      : Object.keys(mapped.fields).length
        ? "Please correct the highlighted fields."
        : describeError(error);
    return { fields: mapped.fields, general };
  }
  return { fields: {}, general: describeError(error) };
}
