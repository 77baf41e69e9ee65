// A contact's interviews, reminders and referrals, and e-mail drafts from templates.
import { useLocation } from "preact-iso";
import { useState } from "preact/hooks";
import { api, ok, type Schemas } from "../api/client";
import { Icon } from "../components/Icon";
import type { Contact } from "../components/QuickAddContact";
import { ReminderList } from "../components/ReminderList";
import { InterviewTimeFields } from "../components/InterviewTimeFields";
import { FormDialog } from "../components/SaveForm";
import { Badge, Button, Dialog, ErrorState, Loading, SelectField, TextArea, TextField } from "../components/ui";
import { useContactNames } from "../lib/contactNames";
import { useForm } from "../lib/forms";
import { INTERVIEW_STATUSES, MEDIUMS, REFERRAL_STATUSES, REMINDER_KINDS, label } from "../lib/labels";
import { formatDateTime, fromZonedInput, toZonedInput } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { useSession } from "../session";
import { EmailDraft } from "./InterviewPage";

export function ContactExtras({ contact, onChanged }: { contact: Contact; onChanged: () => void }) {
  return (
    <>
      <ContactInterviews contact={contact} onChanged={onChanged} />
      <ContactReminders contact={contact} onChanged={onChanged} />
      <ContactReferrals contact={contact} />
    </>
  );
}

export function DraftEmail({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <Icon name="mail" /> Draft e-mail
      </Button>
      <Dialog title={`E-mail to ${contact.full_name}`} open={open} onClose={() => setOpen(false)} wide>
        <EmailDraft contactId={contact.id} />
      </Dialog>
    </>
  );
}

function ContactInterviews({ contact, onChanged }: { contact: Contact; onChanged: () => void }) {
  const { timeZone } = useSession();
  const { route } = useLocation();
  const interviews = useAsync(() => ok(api.GET("/api/v1/interviews", { params: { query: { contact_id: contact.id, limit: 50 } } })), [contact.id]);
  const [scheduling, setScheduling] = useState(false);
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  inAWeek.setUTCMinutes(0, 0, 0);
  const blank = { scheduled_at: toZonedInput(inAWeek.toISOString(), timeZone), duration_minutes: "30", medium: "video", location: "" };
  const form = useForm(blank);
  return (
    <section class="card" aria-labelledby="interviews-title">
      <div class="card__header">
        <h2 id="interviews-title">Interviews</h2>
        <Button
          variant="primary"
          onClick={() => {
            form.reset(blank);
            setScheduling(true);
          }}
        >
          Schedule interview
        </Button>
      </div>
      {interviews.error ? (
        <ErrorState message={interviews.error} onRetry={interviews.reload} />
      ) : !interviews.data ? (
        <Loading />
      ) : interviews.data.items.length === 0 ? (
        <p class="muted">No interviews yet. When they agree to talk, schedule it here.</p>
      ) : (
        <ul class="rows" aria-label="Interviews">
          {interviews.data.items.map((interview) => (
            <li class="row" key={interview.id}>
              <div class="row__main">
                <a class="row__title" href={`/interviews/${interview.id}`}>
                  {interview.scheduled_at ? formatDateTime(interview.scheduled_at, timeZone) : "Time not set"}
                </a>
                <span class="row__meta">
                  {interview.duration_minutes} min · {label(MEDIUMS, interview.medium)}
                </span>
              </div>
              <Badge tone={interview.status === "completed" ? "success" : interview.status === "scheduled" ? "info" : "neutral"}>
                {label(INTERVIEW_STATUSES, interview.status)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <FormDialog
        title={`Schedule an interview with ${contact.full_name}`}
        open={scheduling}
        onClose={() => setScheduling(false)}
        form={form}
        save={async (v) => {
          const created = await ok(
            api.POST("/api/v1/interviews", {
              body: {
                contact_id: contact.id,
                scheduled_at: v.scheduled_at ? fromZonedInput(v.scheduled_at, timeZone) : null,
                duration_minutes: Number(v.duration_minutes),
                medium: v.medium as Schemas["Medium"],
                location: v.location,
              },
            }),
          );
          setScheduling(false);
          onChanged();
          route(`/interviews/${created.id}?phase=prepare`);
        }}
        submitLabel="Schedule"
      >
        <InterviewTimeFields field={form.field} timeZone={timeZone} />
      </FormDialog>
    </section>
  );
}

function ContactReminders({ contact, onChanged }: { contact: Contact; onChanged: () => void }) {
  const { timeZone } = useSession();
  const reminders = useAsync(
    () => ok(api.GET("/api/v1/reminders", { params: { query: { contact_id: contact.id, status: "open", limit: 50 } } })),
    [contact.id, contact.next_touch_due],
  );
  const [adding, setAdding] = useState(false);
  const tomorrow = toZonedInput(new Date(Date.now() + 86_400_000).toISOString(), timeZone).slice(0, 10) + "T09:00";
  const blank = { title: "", kind: "custom", due_at: tomorrow, notes: "" };
  const form = useForm(blank);
  return (
    <section class="card" aria-labelledby="reminders-title">
      <div class="card__header">
        <h2 id="reminders-title">Reminders</h2>
        <Button
          onClick={() => {
            form.reset(blank);
            setAdding(true);
          }}
        >
          Add reminder
        </Button>
      </div>
      {reminders.error ? (
        <ErrorState message={reminders.error} onRetry={reminders.reload} />
      ) : !reminders.data ? (
        <Loading />
      ) : reminders.data.items.length === 0 ? (
        <p class="muted">Nothing open for {contact.full_name}.</p>
      ) : (
        <ReminderList
          reminders={reminders.data.items}
          showContact={false}
          label={`Reminders for ${contact.full_name}`}
          onHandled={() => {
            reminders.reload();
            onChanged();
          }}
        />
      )}
      <FormDialog
        title="Add a reminder"
        open={adding}
        onClose={() => setAdding(false)}
        form={form}
        save={(v) =>
          ok(
            api.POST("/api/v1/reminders", {
              body: {
                title: v.title,
                kind: v.kind as Schemas["ReminderKind"],
                notes: v.notes,
                due_at: fromZonedInput(v.due_at, timeZone) ?? "",
                contact_id: contact.id,
              },
            }),
          )
        }
        onSaved={() => {
          setAdding(false);
          reminders.reload();
        }}
        submitLabel="Add reminder"
      >
        <TextField label="What" placeholder={`Send ${contact.full_name.split(" ")[0]} the paper`} {...form.field("title")} />
        <div class="grid-2">
          <SelectField label="Kind" {...form.field("kind")} options={REMINDER_KINDS.filter(([k]) => k !== "keep_in_touch")} />
          <TextField label="Due" type="datetime-local" {...form.field("due_at")} hint={timeZone} />
        </div>
        <TextArea label="Notes" rows={2} {...form.field("notes")} />
      </FormDialog>
    </section>
  );
}

function ContactReferrals({ contact }: { contact: Contact }) {
  const referrals = useAsync(() => ok(api.GET("/api/v1/referrals", { params: { query: { contact_id: contact.id, limit: 200 } } })), [contact.id]);
  const items = referrals.data?.items ?? [];
  const given = items.filter((r) => r.referrer_contact_id === contact.id);
  const received = items.filter((r) => r.referred_contact_id === contact.id);
  const names = useContactNames(items.flatMap((r) => [r.referrer_contact_id, r.referred_contact_id]).filter((id) => id !== contact.id));
  const row = (referral: Schemas["ReferralRead"], other: string) => (
    <li class="row" key={referral.id}>
      <div class="row__main">
        <a class="row__title" href={`/contacts/${other}`}>
          {names[other] ?? "…"}
        </a>
        {referral.note && <span class="row__meta">{referral.note}</span>}
      </div>
      <Badge>{label(REFERRAL_STATUSES, referral.status)}</Badge>
    </li>
  );
  return (
    <section class="card" aria-labelledby="referrals-title">
      <h2 id="referrals-title">Referrals</h2>
      {referrals.error ? (
        <ErrorState message={referrals.error} onRetry={referrals.reload} />
      ) : !referrals.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p class="muted">No referrals yet. Ask “Is there anyone else I should talk to?” at the end of your interview.</p>
      ) : (
        <>
          {received.length > 0 && (
            <>
              <h3 class="subhead">Referred by</h3>
              <ul class="rows" aria-label="Referred by">
                {received.map((r) => row(r, r.referrer_contact_id))}
              </ul>
            </>
          )}
          {given.length > 0 && (
            <>
              <h3 class="subhead">Suggested</h3>
              <ul class="rows" aria-label="People they suggested">
                {given.map((r) => row(r, r.referred_contact_id))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
