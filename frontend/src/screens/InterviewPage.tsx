import { useLocation, useRoute } from "preact-iso";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, api, describeError, ifMatch, ok, withEtag, type Schemas } from "../api/client";
import { Icon } from "../components/Icon";
import { ReminderList } from "../components/ReminderList";
import { Badge, Button, Checkbox, CopyButton, Dialog, ErrorState, FormError, Loading, SelectField, TextArea, TextField } from "../components/ui";
import { rememberName, useContactNames } from "../lib/contactNames";
import { mailtoUrl } from "../lib/email";
import { useForm } from "../lib/forms";
import { INTERVIEW_STATUSES, MEDIUMS, REFERRAL_STATUSES, label } from "../lib/labels";
import { move } from "../lib/reorder";
import { formatDateTime, fromZonedInput, toZonedInput } from "../lib/time";
import { STOPPED, clock, parseTimer, pause, start, timerView, type TimerData } from "../lib/timer";
import { useAsync } from "../lib/useAsync";
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

/** Saves to one interview one at a time, each with the ETag the previous save returned. */
function useInterviewSaver(id: string, loaded: { data: Interview; etag: string } | undefined, onSaved: (v: { data: Interview; etag: string }) => void) {
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
  return (change: Update | ((current: Interview) => Update)): Promise<Interview> => {
    const run = queue.current.catch(() => undefined).then(async () => {
      const body = typeof change === "function" ? change(latest.current!) : change;
      const saved = await withEtag(
        api.PATCH("/api/v1/interviews/{interview_id}", { params: { path: { interview_id: id }, header: ifMatch(etag.current) }, body }),
      );
      etag.current = saved.etag;
      latest.current = saved.data;
      onSaved(saved);
      return saved.data;
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
  const save = useInterviewSaver(id, interview.data, (saved) => interview.setData(saved));
  const names = useContactNames(interview.data ? [interview.data.data.contact_id] : []);

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

type Saver = (change: Update | ((current: Interview) => Update)) => Promise<Interview>;

function InterviewHeader({ interview, name, save, onReload }: { interview: Interview; name: string; save: Saver; onReload: () => void }) {
  const { timeZone } = useSession();
  const [editing, setEditing] = useState(false);
  const form = useForm({
    scheduled_at: toZonedInput(interview.scheduled_at, timeZone),
    duration_minutes: String(interview.duration_minutes),
    medium: interview.medium as string,
    location: interview.location,
    status: interview.status as string,
  });
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
              form.reset({
                scheduled_at: toZonedInput(interview.scheduled_at, timeZone),
                duration_minutes: String(interview.duration_minutes),
                medium: interview.medium,
                location: interview.location,
                status: interview.status,
              });
              setEditing(true);
            }}
          >
            Edit details
          </Button>
        </div>
      </div>
      <Dialog title="Interview details" open={editing} onClose={() => setEditing(false)}>
        <form
          class="stack"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await form.submit(async (v) => {
              await save({
                scheduled_at: v.scheduled_at ? fromZonedInput(v.scheduled_at, timeZone) : null,
                duration_minutes: Number(v.duration_minutes),
                medium: v.medium as Schemas["Medium"],
                location: v.location,
                status: v.status as Schemas["InterviewStatus"],
              });
            });
            if (done) setEditing(false);
          }}
        >
          <FormError message={form.general} conflict={form.conflict} onReload={onReload} />
          <div class="grid-2">
            <TextField label="Date and time" type="datetime-local" value={form.values.scheduled_at} onValue={(v) => form.set("scheduled_at", v)} error={form.errors.scheduled_at} hint={timeZone} />
            <TextField label="Length (minutes)" type="number" min={5} value={form.values.duration_minutes} onValue={(v) => form.set("duration_minutes", v)} error={form.errors.duration_minutes} />
            <SelectField label="Medium" value={form.values.medium} onValue={(v) => form.set("medium", v)} options={MEDIUMS} error={form.errors.medium} />
            <SelectField label="Status" value={form.values.status} onValue={(v) => form.set("status", v)} options={INTERVIEW_STATUSES} error={form.errors.status} />
          </div>
          <TextField label="Place or meeting link" value={form.values.location} onValue={(v) => form.set("location", v)} error={form.errors.location} />
          <div class="dialog__actions">
            <Button onClick={() => setEditing(false)}>Cancel</Button>
            <Button type="submit" variant="primary" busy={form.submitting}>
              Save details
            </Button>
          </div>
        </form>
      </Dialog>
    </header>
  );
}

function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (!error) return null;
  return <FormError message={describeError(error)} conflict={error instanceof ApiError && error.status === 412} onReload={onReload} />;
}

function ChecklistCard({ interview, phase, title, save, onReload }: { interview: Interview; phase: "prep" | "follow_up"; title: string; save: Saver; onReload: () => void }) {
  const [error, setError] = useState<unknown>(null);
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
      <SaveError error={error} onReload={onReload} />
      <ul class="checklist">
        {items.map((item) => (
          <li key={item.key}>
            <Checkbox
              label={item.label}
              checked={item.done}
              onChange={async (checked) => {
                setError(null);
                try {
                  await save({ checklist: [{ key: item.key, done: checked }] });
                } catch (failure) {
                  setError(failure);
                }
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Prepare({ interview, save, onReload }: { interview: Interview; save: Saver; onReload: () => void }) {
  const [saved, setSaved] = useState(false);
  const form = useForm({ goals: interview.goals, pitch: interview.pitch });
  return (
    <div class="columns">
      <div class="columns__main">
        <section class="card" aria-labelledby="plan-title">
          <h2 id="plan-title">Goals and pitch</h2>
          <form
            class="stack"
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              setSaved(false);
              setSaved(await form.submit((v) => save({ goals: v.goals, pitch: v.pitch })));
            }}
          >
            <FormError message={form.general} conflict={form.conflict} onReload={onReload} />
            <TextArea label="Goals" rows={3} placeholder="What do you want to learn from this conversation?" value={form.values.goals} onValue={(v) => form.set("goals", v)} error={form.errors.goals} />
            <TextArea label="Pitch" rows={4} hint="Starts as your profile's pitch; tailor it to this person." value={form.values.pitch} onValue={(v) => form.set("pitch", v)} error={form.errors.pitch} />
            <div class="form-actions">
              <Button type="submit" variant="primary" busy={form.submitting}>
                Save plan
              </Button>
              <span class="saved" role="status">
                {saved ? "Saved" : ""}
              </span>
            </div>
          </form>
        </section>
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
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (contact.data) {
      form.reset({ research_notes: contact.data.data.research_notes });
      rememberName(contactId, contact.data.data.full_name);
    }
  }, [contact.data?.etag]);
  return (
    <section class="card" aria-labelledby="research-title">
      <h2 id="research-title">Research notes</h2>
      {contact.error ? (
        <ErrorState message={contact.error} onRetry={contact.reload} />
      ) : !contact.data ? (
        <Loading />
      ) : (
        <form
          class="stack"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            setSaved(false);
            setSaved(
              await form.submit(async (v) => {
                const result = await withEtag(
                  api.PATCH("/api/v1/contacts/{contact_id}", {
                    params: { path: { contact_id: contactId }, header: ifMatch(contact.data!.etag) },
                    body: { research_notes: v.research_notes },
                  }),
                );
                contact.setData(result);
              }),
            );
          }}
        >
          <FormError message={form.general} conflict={form.conflict} onReload={contact.reload} />
          <TextArea label="About them and their organization" rows={8} value={form.values.research_notes} onValue={(v) => form.set("research_notes", v)} error={form.errors.research_notes} />
          <div class="form-actions">
            <Button type="submit" size="sm" busy={form.submitting}>
              Save notes
            </Button>
            <span class="saved" role="status">
              {saved ? "Saved" : ""}
            </span>
          </div>
        </form>
      )}
    </section>
  );
}

function QuestionPlan({ interview, save, onReload }: { interview: Interview; save: Saver; onReload: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [picking, setPicking] = useState(false);
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [own, setOwn] = useState("");
  const [ownError, setOwnError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const questions = interview.questions;

  const saveList = async (items: (current: QuestionItem[]) => Schemas["QuestionItemIn"][]) => {
    setError(null);
    try {
      await save((current) => ({ questions: items(current.questions) }));
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
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
      <SaveError error={error} onReload={onReload} />
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
    const interval = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(interval);
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
  const [error, setError] = useState<unknown>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [completing, setCompleting] = useState(false);
  const notesForm = useForm({ notes: interview.notes });
  const [notesSaved, setNotesSaved] = useState(false);

  const updateQuestion = async (question: QuestionItem, change: Partial<QuestionItem>) => {
    setError(null);
    try {
      await save((current) => ({ questions: current.questions.map((q) => toItemIn(q.id === question.id ? { ...q, ...change } : q)) }));
    } catch (failure) {
      setError(failure);
    }
  };

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
          <SaveError error={error} onReload={onReload} />
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
        <section class="card" aria-labelledby="notes-title">
          <h2 id="notes-title">Notes</h2>
          <form
            class="stack"
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              setNotesSaved(await notesForm.submit((v) => save({ notes: v.notes })));
            }}
          >
            <FormError message={notesForm.general} conflict={notesForm.conflict} onReload={onReload} />
            <TextArea label="Interview notes" rows={8} value={notesForm.values.notes} onValue={(v) => notesForm.set("notes", v)} error={notesForm.errors.notes} />
            <div class="form-actions">
              <Button type="submit" size="sm" busy={notesForm.submitting}>
                Save notes
              </Button>
              <span class="saved" role="status">
                {notesSaved ? "Saved" : ""}
              </span>
            </div>
          </form>
        </section>
        <section class="card" aria-labelledby="complete-title">
          <h2 id="complete-title">Wrap up</h2>
          {interview.status === "completed" ? (
            <p>Completed. Your thank-you reminder is waiting under Follow up.</p>
          ) : (
            <>
              <p class="muted">Completing creates the thank-you and follow-up reminders.</p>
              <Button
                variant="primary"
                busy={completing}
                onClick={async () => {
                  setCompleting(true);
                  setError(null);
                  try {
                    clockState.pause();
                    await save({ status: "completed" });
                    onCompleted();
                  } catch (failure) {
                    setError(failure);
                  } finally {
                    setCompleting(false);
                  }
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

/** "Is there anyone else I should talk to?" — each answer becomes a referral and a new contact. */
function AnyoneElse({ interview, name, save, referrals }: { interview: Interview; name: string; save: Saver; referrals: ReferralsAsync }) {
  const empty = { full_name: "", organization: "", email: "", note: "", intro_offered: false };
  const form = useForm(empty);
  const [added, setAdded] = useState("");
  const list = referrals.data?.items ?? [];
  const names = useContactNames(list.map((r) => r.referred_contact_id));
  return (
    <section class="card anyone" aria-labelledby="anyone-title">
      <h2 id="anyone-title">“Is there anyone else I should talk to?”</h2>
      <p class="muted">Ask {name === "…" ? "them" : name.split(" ")[0]} before you hang up. Each name becomes a contact, linked to who referred them.</p>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setAdded("");
          const done = await form.submit(async (v) => {
            const created = await ok(
              api.POST("/api/v1/referrals", {
                body: {
                  referrer_contact_id: interview.contact_id,
                  interview_id: interview.id,
                  note: v.note,
                  intro_offered: v.intro_offered,
                  referred: { full_name: v.full_name, organization: v.organization || null, email: v.email || null },
                },
              }),
            );
            rememberName(created.referred_contact.id, created.referred_contact.full_name);
            referrals.setData((page) => ({ items: [...(page?.items ?? []), created], next_cursor: page?.next_cursor ?? null }));
            setAdded(created.referred_contact.full_name);
          });
          if (done) {
            form.reset(empty);
            if (!interview.asked_for_referrals) void save({ asked_for_referrals: true }).catch(() => undefined);
          }
        }}
      >
        <FormError message={form.general} />
        <div class="grid-2">
          <TextField label="Referred person's name" value={form.values.full_name} onValue={(v) => form.set("full_name", v)} error={form.errors["referred.full_name"] ?? form.errors.full_name} />
          <TextField label="Their organization" value={form.values.organization} onValue={(v) => form.set("organization", v)} error={form.errors["referred.organization"]} />
        </div>
        <TextField label="Their e-mail (optional)" type="email" value={form.values.email} onValue={(v) => form.set("email", v)} error={form.errors["referred.email"]} />
        <TextField label="Why talk to them" value={form.values.note} onValue={(v) => form.set("note", v)} error={form.errors.note} />
        <Checkbox label="They offered to introduce me" checked={form.values.intro_offered} onChange={(v) => form.set("intro_offered", v)} />
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={form.submitting}>
            Add referral
          </Button>
          <span class="saved" role="status">
            {added ? `Added ${added}` : ""}
          </span>
        </div>
      </form>
      {list.length > 0 && (
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
      )}
    </section>
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
  const form = useForm({ takeaways: interview.takeaways });
  const [saved, setSaved] = useState(false);
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
        <section class="card" aria-labelledby="takeaways-title">
          <h2 id="takeaways-title">Takeaways</h2>
          <form
            class="stack"
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              setSaved(await form.submit((v) => save({ takeaways: v.takeaways })));
            }}
          >
            <FormError message={form.general} conflict={form.conflict} onReload={onReload} />
            <TextArea label="What you learned" rows={5} value={form.values.takeaways} onValue={(v) => form.set("takeaways", v)} error={form.errors.takeaways} />
            <div class="form-actions">
              <Button type="submit" size="sm" busy={form.submitting}>
                Save takeaways
              </Button>
              <span class="saved" role="status">
                {saved ? "Saved" : ""}
              </span>
            </div>
          </form>
        </section>
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
            <p class="muted">{interview.status === "completed" ? "All follow-up reminders are handled." : "Reminders appear when the interview is completed."}</p>
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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
          busy={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              const rendered = await ok(
                api.POST("/api/v1/templates/{template_id}/render", {
                  params: { path: { template_id: chosen } },
                  body: { contact_id: contactId, interview_id: interviewId ?? null },
                }),
              );
              setDraft({ to: rendered.to, subject: rendered.subject, body: rendered.body, empty: rendered.empty_placeholders });
            } catch (failure) {
              setError(describeError(failure));
            } finally {
              setBusy(false);
            }
          }}
        >
          Write draft
        </Button>
      </div>
      <FormError message={error} />
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
