import type { ComponentChildren } from "preact";
import type { FieldBinding } from "../lib/forms";
import { MEDIUMS } from "../lib/labels";
import { SelectField, TextField } from "./ui";

export type InterviewTimeKey = "scheduled_at" | "duration_minutes" | "medium" | "location";

/** When, how long, how and where an interview is: scheduling it, and editing its details. */
export function InterviewTimeFields({
  field,
  timeZone,
  children,
}: {
  field: (key: InterviewTimeKey) => FieldBinding;
  timeZone: string;
  /** More fields in the grid (the status, when editing). */
  children?: ComponentChildren;
}) {
  return (
    <>
      <div class="grid-2">
        <TextField label="Date and time" type="datetime-local" {...field("scheduled_at")} hint={timeZone} />
        <TextField label="Length (minutes)" type="number" min={5} {...field("duration_minutes")} hint="Agree on it, and stick to it." />
        <SelectField label="Medium" {...field("medium")} options={MEDIUMS} />
        {children}
      </div>
      <TextField label="Place or meeting link" {...field("location")} />
    </>
  );
}
