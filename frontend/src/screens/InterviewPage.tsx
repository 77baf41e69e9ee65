import { useLocation, useRoute } from "preact-iso";
import { useEffect, useRef, useState } from "preact/hooks";
import { api, ifMatch, ok, withEtag, type Schemas } from "../api/client";
import { Icon } from "../components/Icon";
import { InterviewTimeFields } from "../components/InterviewTimeFields";
import { ReminderList } from "../components/ReminderList";
import { FormActions, FormCard, FormDialog, SaveForm } from "../components/SaveForm";
import { Badge, Button, Checkbox, CopyButton, Dialog, ErrorState, FormError, Loading, SelectField, TextArea, TextField } from "../components/ui";
import { rememberName, useContactNames } from "../lib/contactNames";
import { mailtoUrl } from "../lib/email";
import { useForm, type FormState } from "../lib/forms";
import { useAction, useFailure, type Failure } from "../lib/useAction";
import { INTERVIEW_STATUSES, MEDIUMS, REFERRAL_STATUSES, label } from "../lib/labels";
import { move } from "../lib/reorder";
import { formatDateTime, fromZonedInput, toZonedInput } from "../lib/time";
import { STOPPED, clock, parseTimer, pause, start, timerView, type TimerData } from "../lib/timer";
import { useAsync } from "../lib/useAsync";
import { SAVED_ON_DEVICE, changeInterview, useConnection, useSynced } from "../offline/status";
import { useLazy } from "../lib/useLazy";
import { useSession } from "../session";

type Interview = Schemas["InterviewRead"];
type Update = Schemas["InterviewUpdate"];
type QuestionItem = Schemas["QuestionItem"];
type Phase = "prepare" | "during" | "follow_up";
const PHASES: [Phase, string][] = [
  ["prepare", "Prepare"],
  ["during", "During"],
  ["follow_up", "Follow up"],
];

export const toItemIn = (q: QuestionItem): Schemas["QuestionItemIn"] => ({
  id: q.id,
  text: q.text,
  priority: q.priority,
  asked: q.asked,
  notes: q.notes,
  bank_question_id: q.bank_question_id,
});

/** Changes that may wait on the device when offline: the interview's own fields, not its lists. */
const OFFLINE_FIELDS = new Set(["notes", "takeaways", "goals", "pitch", "status", "completed_at", "asked_for_referrals", "scheduled_at", "duration_minutes", "medium", "location"]);

/**
 * Saves to one interview one at a time, each with the ETag the previous save returned. Offline,
 * a change of its own fields waits on the device (and shows as made); lists need the server.
 */
function useInterviewSaver(
  id: string,
  loaded: { data: Interview; etag: string } | undefined,
  onSaved: (v: { data: Interview; etag: string }) => void,
  name: string,
) {
  const etag = useRef(loaded?.etag ?? "");
  const latest = useRef<Interview | undefined>(loaded?.data);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (loaded) {
      etag.current = loaded.etag;
      latest.current = loaded.data;
    }
  }, [loaded?.etag]);
  // A change given as a function is computed from the interview as the previous save left it,
  // so quick edits in a row (two questions added at once) never overwrite each other.
  return (change: Update | ((current: Interview) => Update)): Promise<Interview | typeof SAVED_ON_DEVICE> => {
    const run = queue.current.catch(() => undefined).then(async () => {
      const current = latest.current!;
      const body = typeof change === "function" ? change(current) : change;
      const sent = Object.keys(body).every((key) => OFFLINE_FIELDS.has(key))
        ? await changeInterview(current, etag.current, body, `Interview with ${name}`)
        : await withEtag(api.PATCH("/api/v1/interviews/{interview_id}", { params: { path: { interview_id: id }, header: ifMatch(etag.current) }, body }));
      const saved = sent === SAVED_ON_DEVICE ? { data: { ...current, ...body } as Interview, etag: etag.current } : sent;
      etag.current = saved.etag;
      latest.current = saved.data;
      onSaved(saved);
      return sent === SAVED_ON_DEVICE ? sent : saved.data;
    });
    queue.current = run;
    return run;
  };
}

export function InterviewPage() {
  const { params } = useRoute();
  const { query, route, path } = useLocation();
  const id = params.id;
  const interview = useAsync(() => withEtag(api.GET("/api/v1/interviews/{interview_id}", { params: { path: { interview_id: id } } })), [id]);
  // Loaded in parallel with the interview: they only need its id.
  const referrals = useAsync(() => ok(api.GET("/api/v1/referrals", { params: { query: { interview_id: id, limit: 200 } } })), [id]);
  const reminders = useAsync(() => ok(api.GET("/api/v1/reminders", { params: { query: { interview_id: id, limit: 50 } } })), [id]);
  const names = useContactNames(interview.data ? [interview.data.data.contact_id] : []);
  const save = useInterviewSaver(id, interview.data, (saved) => interview.setData(saved), interview.data ? names[interview.data.data.contact_id] ?? "…" : "…");
  // Changes made offline reached the server: show its version (and the reminders completing made).
  useSynced((delivered) => {
    if (!delivered.some((item) => item.url === `/api/v1/interviews/${id}`)) return;
    interview.reload();
    reminders.reload();
  });

  if (interview.error) return <div class="page"><ErrorState message={interview.error} onRetry={interview.reload} /></div>;
  if (!interview.data) return <div class="page"><Loading label="Loading interview…" /></div>;

  const data = interview.data.data;
  const name = names[data.contact_id] ?? "…";
  const defaultPhase: Phase = data.status === "completed" ? "follow_up" : "prepare";
  const phase = (PHASES.some(([p]) => p === query.phase) ? query.phase : defaultPhase) as Phase;
  const setPhase = (next: Phase) => route(`${path}?phase=${next}`, true);

  return (
    <div class="page">
      <InterviewHeader interview={data} name={name} save={save} onReload={interview.reload} />
      <div class="tabs" role="tablist" aria-label="Interview phase">
        {PHASES.map(([value, text]) => (
          <button
            key={value}
            type="button"
            role="tab"
            id={`tab-${value}`}
            aria-selected={phase === value}
            aria-controls={`panel-${value}`}
            tabIndex={phase === value ? 0 : -1}
            class="tabs__tab"
            onClick={() => setPhase(value)}
            onKeyDown={(event) => {
              const index = PHASES.findIndex(([p]) => p === phase);
              if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
                const next = PHASES[(index + (event.key === "ArrowRight" ? 1 : PHASES.length - 1)) % PHASES.length][0];
                setPhase(next);
                requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
              }
            }}
          >
            {text}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${phase}`} aria-labelledby={`tab-${phase}`} class="tabpanel">
        {phase === "prepare" && <Prepare interview={data} save={save} onReload={interview.reload} />}
        {phase === "during" && (
          <During
            interview={data}
            name={name}
            save={save}
            onReload={interview.reload}
            referrals={referrals}
            onCompleted={() => {
              reminders.reload();
              setPhase("follow_up");
            }}
          />
        )}
        {phase === "follow_up" && <FollowUp interview={data} name={name} save={save} onReload={interview.reload} referrals={referrals} reminders={reminders} />}
      </div>
      <CounselorCommentsCard interviewId={id} />
    </div>
  );
}

type Saver = (change: Update | ((current: Interview) => Update)) => Promise<Interview | typeof SAVED_ON_DEVICE>;

function InterviewHeader({ interview, name, save, onReload }: { interview: Interview; name: string; save: Saver; onReload: () => void }) {
  const { timeZone } = useSession();
  const [editing, setEditing] = useState(false);
  const details = () => ({
    scheduled_at: toZonedInput(interview.scheduled_at, timeZone),
    duration_minutes: String(interview.duration_minutes),
    medium: interview.medium as string,
    location: interview.location,
    status: interview.status as string,
  });
  const form = useForm(details());
  const tone = interview.status === "completed" ? "success" : interview.status === "scheduled" ? "info" : interview.status === "requested" ? "warn" : "neutral";
  return (
    <header class="contact-header">
      <a href={`/contacts/${interview.contact_id}`} class="back-link">
        ← {name}
      </a>
      <div class="contact-header__row">
        <div class="contact-header__text">
          <h1>Interview with {name}</h1>
          <p class="contact-header__facts">
            <Badge tone={tone}>{label(INTERVIEW_STATUSES, interview.status)}</Badge>
            <span>{interview.scheduled_at ? formatDateTime(interview.scheduled_at, timeZone) : "Not scheduled yet"}</span>
            <span>{interview.duration_minutes} minutes</span>
            <span>{label(MEDIUMS, interview.medium)}</span>
            {interview.location &&
              (/^https?:\/\//.test(interview.location) ? (
                <a href={interview.location} target="_blank" rel="noopener noreferrer">
                  Join link
                </a>
              ) : (
                <span>{interview.location}</span>
              ))}
          </p>
        </div>
        <div class="contact-header__actions">
          <Button
            onClick={() => {
              form.reset(details());
              setEditing(true);
            }}
          >
            Edit details
          </Button>
        </div>
      </div>
      <FormDialog
        title="Interview details"
        open={editing}
        onClose={() => setEditing(false)}
        form={form}
        save={(v) =>
          save({
            scheduled_at: v.scheduled_at ? fromZonedInput(v.scheduled_at, timeZone) : null,
            duration_minutes: Number(v.duration_minutes),
            medium: v.medium as Schemas["Medium"],
            location: v.location,
            status: v.status as Schemas["InterviewStatus"],
          })
        }
        onSaved={() => setEditing(false)}
        onReload={onReload}
        submitLabel="Save details"
      >
        <InterviewTimeFields field={form.field} timeZone={timeZone}>
          <SelectField label="Status" {...form.field("status")} options={INTERVIEW_STATUSES} />
        </InterviewTimeFields>
      </FormDialog>
    </header>
  );
}

/** A failed save of part of the interview, with "Reload" when it changed elsewhere. */
function SaveError({ action, onReload }: { action: Failure; onReload: () => void }) {
  return <FormError message={action.error} conflict={action.conflict} onReload={onReload} />;
}

function ChecklistCard({ interview, phase, title, save, onReload }: { interview: Interview; phase: "prep" | "follow_up"; title: string; save: Saver; onReload: () => void }) {
  const action = useFailure();
  const items = interview.checklist.filter((item) => item.phase === phase);
  const done = items.filter((item) => item.done).length;
  return (
    <section class="card" aria-labelledby={`checklist-${phase}`}>
      <div class="card__header">
        <h2 id={`checklist-${phase}`}>{title}</h2>
        <Badge tone={done === items.length && items.length ? "success" : "neutral"}>
          {done}/{items.length}
        </Badge>
      </div>
      <SaveError action={action} onReload={onReload} />
      <ul class="checklist">
        {items.map((item) => (
          <li key={item.key}>
            <Checkbox label={item.label} checked={item.done} onChange={(checked) => void action.run(() => save({ checklist: [{ key: item.key, done: checked }] }))} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Prepare({ interview, save, onReload }: { interview: Interview; save: Saver; onReload: () => void }) {
  const form = useForm({ goals: interview.goals, pitch: interview.pitch });
  return (
    <div class="columns">
      <div class="columns__main">
        <FormCard title="Goals and pitch" form={form} save={(v) => save({ goals: v.goals, pitch: v.pitch })} onReload={onReload} submitLabel="Save plan">
          <TextArea label="Goals" rows={3} placeholder="What do you want to learn from this conversation?" {...form.field("goals")} />
          <TextArea label="Pitch" rows={4} hint="Starts as your profile's pitch; tailor it to this person." {...form.field("pitch")} />
        </FormCard>
        <QuestionPlan interview={interview} save={save} onReload={onReload} />
      </div>
      <aside class="columns__side">
        <ChecklistCard interview={interview} phase="prep" title="Before the interview" save={save} onReload={onReload} />
        <ResearchNotes contactId={interview.contact_id} />
      </aside>
    </div>
  );
}

/** The contact's research notes, edited right here while preparing. */
function ResearchNotes({ contactId }: { contactId: string }) {
  const contact = useAsync(() => withEtag(api.GET("/api/v1/contacts/{contact_id}", { params: { path: { contact_id: contactId } } })), [contactId]);
  const form = useForm({ research_notes: "" });
  useEffect(() => {
    if (contact.data) {
      form.reset({ research_notes: contact.data.data.research_notes });
      rememberName(contactId, contact.data.data.full_name);
    }
  }, [contact.data?.etag]);
  const saveNotes = async (v: { research_notes: string }) =>
    contact.setData(
      await withEtag(
        api.PATCH("/api/v1/contacts/{contact_id}", {
          params: { path: { contact_id: contactId }, header: ifMatch(contact.data!.etag) },
          body: { research_notes: v.research_notes },
        }),
      ),
    );
  return (
    <section class="card" aria-labelledby="research-title">
      <h2 id="research-title">Research notes</h2>
      {contact.error ? (
        <ErrorState message={contact.error} onRetry={contact.reload} />
      ) : !contact.data ? (
        <Loading />
      ) : (
        <SaveForm form={form} save={saveNotes} onReload={contact.reload}>
          <TextArea label="About them and their organization" rows={8} {...form.field("research_notes")} />
          <FormActions form={form} label="Save notes" status="Saved" variant="secondary" size="sm" />
        </SaveForm>
      )}
    </section>
  );
}

function QuestionPlan({ interview, save, onReload }: { interview: Interview; save: Saver; onReload: () => void }) {
  const action = useFailure();
  const [picking, setPicking] = useState(false);
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [own, setOwn] = useState("");
  const [ownError, setOwnError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const questions = interview.questions;

  const saveList = (items: (current: QuestionItem[]) => Schemas["QuestionItemIn"][]) => action.run(() => save((current) => ({ questions: items(current.questions) })));
  const reorder = async (from: number, to: number) => {
    if (from === to || to < 0 || to >= questions.length) return;
    const id = questions[from].id;
    const moved = await saveList((current) => {
      const at = current.findIndex((q) => q.id === id);
      return move(current, at, at + (to - from)).map(toItemIn);
    });
    if (moved) setAnnounce(`Moved question to position ${to + 1}.`);
  };

  return (
    <section class="card" aria-labelledby="questions-title">
      <div class="card__header">
        <div>
          <h2 id="questions-title">Questions</h2>
          <p class="muted">Open-ended, most important first. Drag to reorder, or use the arrows.</p>
        </div>
        <Button variant="primary" onClick={() => setPicking(true)}>
          Add from question bank
        </Button>
      </div>
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      <SaveError action={action} onReload={onReload} />
      {questions.length === 0 ? (
        <p class="muted">No questions yet. Pick some from your bank, or write your own below.</p>
      ) : (
        <ol class="qlist" aria-label="Interview questions">
          {questions.map((question, index) => (
            <li
              key={question.id}
              class={`qlist__item${dragIndex === index ? " is-dragging" : ""}`}
              draggable
              onDragStart={(event) => {
                event.dataTransfer?.setData("text/plain", String(index));
                setDragIndex(index);
              }}
              onDragEnd={() => setDragIndex(null)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                const from = Number(event.dataTransfer?.getData("text/plain") ?? dragIndex);
                setDragIndex(null);
                if (!Number.isNaN(from)) void reorder(from, index);
              }}
            >
              <span class="qlist__grip" aria-hidden="true">
                <Icon name="grip" />
              </span>
              <span class="qlist__text">{question.text}</span>
              <Badge tone={question.priority >= 4 ? "info" : "neutral"}>P{question.priority}</Badge>
              <span class="qlist__actions">
                <button type="button" class="icon-btn" aria-label={`Move “${question.text}” up`} disabled={index === 0} onClick={() => void reorder(index, index - 1)}>
                  <Icon name="up" size={16} />
                </button>
                <button type="button" class="icon-btn" aria-label={`Move “${question.text}” down`} disabled={index === questions.length - 1} onClick={() => void reorder(index, index + 1)}>
                  <Icon name="down" size={16} />
                </button>
                <button
                  type="button"
                  class="icon-btn"
                  aria-label={`Remove “${question.text}”`}
                  onClick={() => void saveList((current) => current.filter((q) => q.id !== question.id).map(toItemIn))}
                >
                  <Icon name="trash" size={16} />
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <form
        class="inline-form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!own.trim()) {
            setOwnError("Write a question first.");
            return;
          }
          setOwnError(null);
          // Clear at once so typing the next question is never wiped by this save finishing.
          const text = own.trim();
          setOwn("");
          const added = await saveList((current) => [...current.map(toItemIn), { text, asked: false, notes: "" }]);
          if (!added) setOwn((typed) => typed || text);
        }}
      >
        <TextField label="Your own question" value={own} onValue={setOwn} error={ownError ?? undefined} fieldClass="inline-form__grow" />
        <Button type="submit">Add question</Button>
      </form>
      <BankPicker
        open={picking}
        onClose={() => setPicking(false)}
        already={new Set(questions.map((q) => q.bank_question_id).filter(Boolean) as string[])}
        onPick={async (ids) => {
          const ok = await saveList((current) => [...current.map(toItemIn), ...ids.map((bank_question_id) => ({ bank_question_id, asked: false, notes: "" }))]);
          if (ok) {
            setPicking(false);
            setAnnounce(`Added ${ids.length} question${ids.length === 1 ? "" : "s"}.`);
          }
          return ok;
        }}
      />
    </section>
  );
}

function BankPicker({ open, onClose, already, onPick }: { open: boolean; onClose: () => void; already: Set<string>; onPick: (ids: string[]) => Promise<boolean> }) {
  const bank = useAsync(() => (open ? ok(api.GET("/api/v1/questions", { params: { query: { archived: false, limit: 200 } } })) : Promise.resolve(undefined)), [open]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => setChosen([]), [open]);
  const groups = new Map<string, Schemas["QuestionRead"][]>();
  for (const question of bank.data?.items ?? []) {
    const list = groups.get(question.category || "other") ?? [];
    list.push(question);
    groups.set(question.category || "other", list);
  }
  return (
    <Dialog title="Add questions from your bank" open={open} onClose={onClose} wide>
      {bank.error ? (
        <ErrorState message={bank.error} onRetry={bank.reload} />
      ) : !bank.data ? (
        <Loading label="Loading your question bank…" />
      ) : bank.data.items.length === 0 ? (
        <p>
          Your bank is empty. <a href="/questions">Add questions to your bank</a>.
        </p>
      ) : (
        <div class="picker">
          {[...groups].map(([category, items]) => (
            <fieldset key={category} class="picker__group">
              <legend>{category.replace(/_/g, " ")}</legend>
              {items
                .slice()
                .sort((a, b) => b.priority - a.priority)
                .map((question) => (
                  <Checkbox
                    key={question.id}
                    label={question.text}
                    disabled={already.has(question.id)}
                    hint={already.has(question.id) ? "already on the list" : undefined}
                    checked={chosen.includes(question.id) || already.has(question.id)}
                    onChange={(checked) => setChosen((current) => (checked ? [...current, question.id] : current.filter((id) => id !== question.id)))}
                  />
                ))}
            </fieldset>
          ))}
        </div>
      )}
      <div class="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="primary"
          busy={busy}
          disabled={chosen.length === 0}
          onClick={async () => {
            setBusy(true);
            await onPick(chosen);
            setBusy(false);
          }}
        >
          Add {chosen.length || ""} selected
        </Button>
      </div>
    </Dialog>
  );
}

function useTimer(id: string) {
  const storageKey = `rapport.timer.${id}`;
  const [timer, setTimer] = useState<TimerData>(() => parseTimer(sessionStorage.getItem(storageKey)));
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    sessionStorage.setItem(storageKey, JSON.stringify(timer));
    if (timer.runningSince === null) return;
    // The time shown comes from timestamps, never from counting ticks: with the screen locked the
    // ticks stop, and the clock is right again the moment the page is seen.
    const tick = () => setNow(Date.now());
    const interval = setInterval(tick, 1000);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(interval);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [timer]);
  return {
    timer,
    now,
    start: () => {
      const at = Date.now();
      setNow(at);
      setTimer((t) => start(t, at));
    },
    pause: () => setTimer((t) => pause(t, Date.now())),
    reset: () => setTimer(STOPPED),
  };
}

type ReferralsAsync = ReturnType<typeof useAsync<Schemas["Page_ReferralRead_"]>>;

function During({
  interview,
  name,
  save,
  onReload,
  referrals,
  onCompleted,
}: {
  interview: Interview;
  name: string;
  save: Saver;
  onReload: () => void;
  referrals: ReferralsAsync;
  onCompleted: () => void;
}) {
  const clockState = useTimer(interview.id);
  const view = timerView(clockState.timer, interview.duration_minutes, clockState.now);
  const action = useFailure();
  const completing = useAction();
  const notes = useForm({ text: interview.notes });
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  const updateQuestion = (question: QuestionItem, change: Partial<QuestionItem>) =>
    action.run(() => save((current) => ({ questions: current.questions.map((q) => toItemIn(q.id === question.id ? { ...q, ...change } : q)) })));

  return (
    <div class="columns">
      <div class="columns__main">
        <section class={`card timer timer--${view.phase}`} aria-labelledby="timer-title">
          <div class="card__header">
            <h2 id="timer-title">Timer</h2>
            <span class="muted">Agreed length: {interview.duration_minutes} minutes</span>
          </div>
          <div class="timer__face">
            <span class="timer__clock" aria-live="off">
              {clock(view.elapsedMs)}
            </span>
            <span class="timer__label" role="status">
              {view.phase === "not_started" ? "Not started" : view.phase === "wrap_up" ? `Time to wrap up · ${view.label}` : view.label}
            </span>
          </div>
          <progress class="timer__bar" max={1} value={view.progress} aria-label="Time used of the agreed length" />
          <div class="form-actions">
            {clockState.timer.runningSince === null ? (
              <Button variant="primary" onClick={clockState.start}>
                {view.elapsedMs ? "Resume timer" : "Start timer"}
              </Button>
            ) : (
              <Button onClick={clockState.pause}>Pause timer</Button>
            )}
            <Button variant="ghost" onClick={clockState.reset} disabled={!view.elapsedMs}>
              Reset
            </Button>
          </div>
        </section>

        <AnyoneElse interview={interview} name={name} save={save} referrals={referrals} />

        <section class="card" aria-labelledby="ask-title">
          <h2 id="ask-title">Questions</h2>
          <SaveError action={action} onReload={onReload} />
          {interview.questions.length === 0 ? (
            <p class="muted">No questions planned. Add some under Prepare.</p>
          ) : (
            <ol class="asklist">
              {interview.questions.map((question) => (
                <li key={question.id} class={`asklist__item${question.asked ? " is-asked" : ""}`}>
                  <Checkbox label={question.text} checked={question.asked} onChange={(asked) => void updateQuestion(question, { asked })} />
                  <TextArea
                    label={`Notes: ${question.text}`}
                    fieldClass="asklist__notes"
                    rows={2}
                    value={drafts[question.id] ?? question.notes}
                    onValue={(value) => setDrafts((current) => ({ ...current, [question.id]: value }))}
                    onBlur={() => {
                      const draft = drafts[question.id];
                      if (draft !== undefined && draft !== question.notes) void updateQuestion(question, { notes: draft });
                    }}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <aside class="columns__side">
        <InterviewSectionEditor form={notes} section="notes" title="Notes" label="Interview notes" rows={8} save={save} onReload={onReload} />
        <section class="card" aria-labelledby="complete-title">
          <h2 id="complete-title">Wrap up</h2>
          {interview.status === "completed" ? (
            <p>Completed. Your thank-you reminder is waiting under Follow up.</p>
          ) : (
            <>
              <p class="muted">Completing creates the thank-you and follow-up reminders.</p>
              <SaveError action={completing} onReload={onReload} />
              <Button
                variant="primary"
                busy={completing.busy}
                onClick={async () => {
                  clockState.pause();
                  // Completed now, not when it reaches the server; notes typed but not saved go too.
                  const change: Update = { status: "completed", completed_at: new Date().toISOString() };
                  if (notes.values.text !== interview.notes) change.notes = notes.values.text;
                  if (await completing.run(() => save(change))) onCompleted();
                }}
              >
                <Icon name="check" /> Complete interview
              </Button>
            </>
          )}
        </section>
      </aside>
    </div>
  );
}

/** One written part of the interview (notes, takeaways) in a card of its own, saved on demand. */
function InterviewSectionEditor({
  form,
  section,
  title,
  label: fieldLabel,
  rows,
  save,
  onReload,
}: {
  form: FormState<{ text: string }>;
  section: "notes" | "takeaways";
  title: string;
  label: string;
  rows: number;
  save: Saver;
  onReload: () => void;
}) {
  return (
    <FormCard title={title} form={form} save={(v) => save({ [section]: v.text })} onReload={onReload} submitLabel={`Save ${section}`} variant="secondary" size="sm">
      <TextArea label={fieldLabel} rows={rows} {...form.field("text")} />
    </FormCard>
  );
}

/** "Is there anyone else I should talk to?" — each answer becomes a referral and a new contact. */
function AnyoneElse({ interview, name, save, referrals }: { interview: Interview; name: string; save: Saver; referrals: ReferralsAsync }) {
  // Keys named as the API names them, so its errors land beside the right field.
  const empty = { "referred.full_name": "", "referred.organization": "", "referred.email": "", note: "", intro_offered: false };
  const form = useForm(empty);
  const [added, setAdded] = useState("");
  const list = referrals.data?.items ?? [];
  const names = useContactNames(list.map((r) => r.referred_contact_id));
  const addReferral = async (v: typeof empty) => {
    const created = await ok(
      api.POST("/api/v1/referrals", {
        body: {
          referrer_contact_id: interview.contact_id,
          interview_id: interview.id,
          note: v.note,
          intro_offered: v.intro_offered,
          referred: { full_name: v["referred.full_name"], organization: v["referred.organization"] || null, email: v["referred.email"] || null },
        },
      }),
    );
    rememberName(created.referred_contact.id, created.referred_contact.full_name);
    referrals.setData((page) => ({ items: [...(page?.items ?? []), created], next_cursor: page?.next_cursor ?? null }));
    setAdded(created.referred_contact.full_name);
  };
  return (
    <FormCard
      title="“Is there anyone else I should talk to?”"
      class="anyone"
      intro={<p class="muted">Ask {name === "…" ? "them" : name.split(" ")[0]} before you hang up. Each name becomes a contact, linked to who referred them.</p>}
      form={form}
      save={addReferral}
      onSaved={() => {
        form.reset(empty);
        if (!interview.asked_for_referrals) void save({ asked_for_referrals: true }).catch(() => undefined);
      }}
      submitLabel="Add referral"
      status={`Added ${added}`}
      after={
        list.length > 0 && (
          <ul class="rows" aria-label="Referrals from this interview">
            {list.map((referral) => (
              <li class="row" key={referral.id}>
                <div class="row__main">
                  <a class="row__title" href={`/contacts/${referral.referred_contact_id}`}>
                    {names[referral.referred_contact_id] ?? "…"}
                  </a>
                  <span class="row__meta">
                    {referral.note || "No note"}
                    {referral.intro_offered ? " · intro offered" : ""}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )
      }
    >
      <div class="grid-2">
        <TextField label="Referred person's name" {...form.field("referred.full_name")} />
        <TextField label="Their organization" {...form.field("referred.organization")} />
      </div>
      <TextField label="Their e-mail (optional)" type="email" {...form.field("referred.email")} />
      <TextField label="Why talk to them" {...form.field("note")} />
      <Checkbox label="They offered to introduce me" checked={form.values.intro_offered} onChange={(v) => form.set("intro_offered", v)} />
    </FormCard>
  );
}

function FollowUp({
  interview,
  name,
  save,
  onReload,
  referrals,
  reminders,
}: {
  interview: Interview;
  name: string;
  save: Saver;
  onReload: () => void;
  referrals: ReferralsAsync;
  reminders: ReturnType<typeof useAsync<Schemas["Page_ReminderRead_"]>>;
}) {
  const takeaways = useForm({ text: interview.takeaways });
  const waitingHere = useConnection().outbox.some((item) => item.url === `/api/v1/interviews/${interview.id}`);
  const open = (reminders.data?.items ?? []).filter((r) => r.status === "open");
  const handled = (reminders.data?.items ?? []).filter((r) => r.status !== "open");
  const referralNames = useContactNames((referrals.data?.items ?? []).map((r) => r.referred_contact_id));
  return (
    <div class="columns">
      <div class="columns__main">
        {interview.status !== "completed" && (
          <p class="notice notice--info">This interview is not completed yet. Complete it under During to create the thank-you and follow-up reminders.</p>
        )}
        <ThankYouDraft interview={interview} name={name} />
        <InterviewSectionEditor form={takeaways} section="takeaways" title="Takeaways" label="What you learned" rows={5} save={save} onReload={onReload} />
      </div>
      <aside class="columns__side">
        <section class="card" aria-labelledby="fu-reminders-title">
          <h2 id="fu-reminders-title">Reminders</h2>
          {reminders.error ? (
            <ErrorState message={reminders.error} onRetry={reminders.reload} />
          ) : !reminders.data ? (
            <Loading />
          ) : open.length ? (
            <ReminderList
              reminders={open}
              showContact={false}
              label="Interview reminders"
              onHandled={() => reminders.reload()}
            />
          ) : (
            <p class="muted">
              {waitingHere
                ? "Your thank-you and follow-up reminders appear once this change syncs."
                : interview.status === "completed"
                  ? "All follow-up reminders are handled."
                  : "Reminders appear when the interview is completed."}
            </p>
          )}
          {handled.length > 0 && (
            <p class="muted">
              Done: {handled.map((r) => r.title).join(", ")}
            </p>
          )}
        </section>
        <ChecklistCard interview={interview} phase="follow_up" title="After the interview" save={save} onReload={onReload} />
        <section class="card" aria-labelledby="fu-referrals-title">
          <h2 id="fu-referrals-title">Referrals</h2>
          {(referrals.data?.items ?? []).length ? (
            <ul class="rows" aria-label="Referrals">
              {referrals.data!.items.map((referral) => (
                <li class="row" key={referral.id}>
                  <a href={`/contacts/${referral.referred_contact_id}`}>{referralNames[referral.referred_contact_id] ?? "…"}</a>
                  <Badge>{label(REFERRAL_STATUSES, referral.status)}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No referrals recorded from this interview.</p>
          )}
        </section>
      </aside>
    </div>
  );
}

/** Render a thank-you template for this interview, edit it, then open or copy it. */
function ThankYouDraft({ interview, name }: { interview: Interview; name: string }) {
  return (
    <section class="card" aria-labelledby="thanks-title">
      <h2 id="thanks-title">Thank-you note</h2>
      <p class="muted">Send it within a day. Rendered from your thank-you template for {name}.</p>
      <EmailDraft contactId={interview.contact_id} interviewId={interview.id} kind="thank_you" />
    </section>
  );
}

export function EmailDraft({ contactId, interviewId, kind }: { contactId: string; interviewId?: string; kind?: Schemas["TemplateKind"] }) {
  const templates = useAsync(() => ok(api.GET("/api/v1/templates", { params: { query: { kind, limit: 100 } } })), [kind]);
  const [templateId, setTemplateId] = useState("");
  const [draft, setDraft] = useState<{ to: string | null; subject: string; body: string; empty: string[] } | null>(null);
  const action = useAction();
  const items = templates.data?.items ?? [];
  const chosen = templateId || items[0]?.id || "";

  if (templates.error) return <ErrorState message={templates.error} onRetry={templates.reload} />;
  if (!templates.data) return <Loading label="Loading templates…" />;
  if (!items.length) return <p class="muted">No templates of this kind yet. <a href="/templates">Create one</a>.</p>;

  return (
    <div class="stack">
      <div class="inline-form">
        <SelectField label="Template" value={chosen} onValue={setTemplateId} options={items.map((t) => [t.id, t.name] as const)} fieldClass="inline-form__grow" />
        <Button
          variant="primary"
          busy={action.busy}
          onClick={() =>
            void action.run(async () => {
              const rendered = await ok(
                api.POST("/api/v1/templates/{template_id}/render", {
                  params: { path: { template_id: chosen } },
                  body: { contact_id: contactId, interview_id: interviewId ?? null },
                }),
              );
              setDraft({ to: rendered.to, subject: rendered.subject, body: rendered.body, empty: rendered.empty_placeholders });
            })
          }
        >
          Write draft
        </Button>
      </div>
      <FormError message={action.error} />
      {draft && (
        <div class="stack draft">
          {draft.empty.length > 0 && (
            <p class="notice notice--warn">
              Empty placeholders: {draft.empty.map((p) => `{${p}}`).join(", ")} — fill them in on the contact or in the text below.
            </p>
          )}
          <TextField label="Subject" value={draft.subject} onValue={(subject) => setDraft({ ...draft, subject })} />
          <TextArea label="Message" rows={10} value={draft.body} onValue={(body) => setDraft({ ...draft, body })} />
          <div class="form-actions">
            <a class="btn btn--primary btn--md" href={mailtoUrl(draft.to, draft.subject, draft.body)}>
              <Icon name="mail" /> Open in e-mail app
            </a>
            <CopyButton text={`Subject: ${draft.subject}\n\n${draft.body}`} label="Copy text" size="md" />
            {!draft.to && <span class="muted">No e-mail address on this contact.</span>}
          </div>
        </div>
      )}
    </div>
  );
}

// A counselor's comments on this interview (from a share); loaded on demand, as most students
// share nothing, and shown only when there are some.
const loadCounselorComments = () => import("../components/CounselorComments").then((module) => module.CounselorComments);

function CounselorCommentsCard({ interviewId }: { interviewId: string }) {
  const { Component } = useLazy(loadCounselorComments);
  return Component ? <Component interviewId={interviewId} heading="Comments from your counselor" /> : null;
}
