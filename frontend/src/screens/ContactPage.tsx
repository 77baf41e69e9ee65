import { useLocation, useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import { api, describeError, ifMatch, ok, withEtag, type Schemas } from "../api/client";
import { Icon } from "../components/Icon";
import { splitTags, type Contact } from "../components/QuickAddContact";
import {
  Badge,
  Button,
  Dialog,
  ErrorState,
  FormError,
  Loading,
  SelectField,
  TextArea,
  TextField,
} from "../components/ui";
import { useForm } from "../lib/forms";
import { CONNECTIONS, INTERVIEW_STATUSES, STAGES, TOUCH_KINDS, initials, label } from "../lib/labels";
import { dueState, formatDate, formatDateTime, formatRelative, fromZonedInput, toZonedInput } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { useSession } from "../session";
import { ContactExtras, DraftEmail } from "./ContactExtras";

type Interaction = Schemas["InteractionRead"];

export function ContactPage() {
  const { params } = useRoute();
  const id = params.id;
  const contact = useAsync(
    () => withEtag(api.GET("/api/v1/contacts/{contact_id}", { params: { path: { contact_id: id } } })),
    [id],
  );
  const timeline = useAsync(
    () => ok(api.GET("/api/v1/contacts/{contact_id}/timeline", { params: { path: { contact_id: id }, query: { limit: 100 } } })),
    [id],
  );

  if (contact.error) return <div class="page"><ErrorState message={contact.error} onRetry={contact.reload} /></div>;
  if (!contact.data) return <div class="page"><Loading label="Loading contact…" /></div>;

  const { data: current, etag } = contact.data;
  const setContact = (data: Contact, tag: string) => contact.setData({ data, etag: tag });
  const refresh = async () => {
    try {
      const fresh = await withEtag(api.GET("/api/v1/contacts/{contact_id}", { params: { path: { contact_id: id } } }));
      contact.setData(fresh);
    } catch {
      contact.reload();
    }
  };

  return (
    <div class="page">
      <ContactHeader contact={current} etag={etag} onSaved={setContact} onReload={contact.reload} />
      <div class="columns">
        <div class="columns__main">
          <LogTouch
            contactId={id}
            onLogged={() => {
              timeline.reload();
              void refresh();
            }}
          />
          <Timeline timeline={timeline} onChanged={() => void refresh()} />
          <ContactExtras contact={current} onChanged={() => void refresh()} />
        </div>
        <aside class="columns__side">
          <ProfileCard contact={current} etag={etag} onSaved={setContact} onReload={contact.reload} />
          <ConnectionCard contact={current} etag={etag} onSaved={setContact} onReload={contact.reload} />
          <NotesCard contact={current} etag={etag} onSaved={setContact} onReload={contact.reload} />
          <DeleteContact contact={current} etag={etag} />
        </aside>
      </div>
    </div>
  );
}

type EditProps = { contact: Contact; etag: string; onSaved: (contact: Contact, etag: string) => void; onReload: () => void };

async function saveContact(contact: Contact, etag: string, body: Schemas["ContactUpdate"]) {
  return withEtag(
    api.PATCH("/api/v1/contacts/{contact_id}", {
      params: { path: { contact_id: contact.id }, header: ifMatch(etag) },
      body,
    }),
  );
}

function ContactHeader({ contact, etag, onSaved, onReload }: EditProps) {
  const { timeZone } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const due = contact.next_touch_due ? dueState(contact.next_touch_due, timeZone) : null;
  return (
    <header class="contact-header">
      <a href="/contacts" class="back-link">
        ← Contacts
      </a>
      <div class="contact-header__row">
        <span class="avatar avatar--large" aria-hidden="true">
          {initials(contact.full_name)}
        </span>
        <div class="contact-header__text">
          <h1>{contact.full_name}</h1>
          <p class="muted">
            {[contact.title, contact.organization].filter(Boolean).join(" · ") || label(CONNECTIONS, contact.connection)}
          </p>
          <p class="contact-header__facts">
            <span>
              Last contact: {contact.last_contacted_at ? formatRelative(contact.last_contacted_at, timeZone) : "never"}
            </span>
            {contact.next_touch_due && (
              <span class={due === "overdue" ? "is-overdue" : ""}>
                Next touch {due === "overdue" ? "overdue, was due" : "due"} {formatDate(contact.next_touch_due, timeZone)}
              </span>
            )}
          </p>
        </div>
        <div class="contact-header__actions">
          <SelectField
            label="Stage"
            value={contact.stage}
            disabled={saving}
            options={STAGES}
            onValue={async (stage) => {
              setSaving(true);
              setError(null);
              try {
                const saved = await saveContact(contact, etag, { stage: stage as Schemas["Stage"] });
                onSaved(saved.data, saved.etag);
              } catch (failure) {
                setError(describeError(failure));
                setConflict((failure as { status?: number }).status === 412);
              } finally {
                setSaving(false);
              }
            }}
          />
          <DraftEmail contact={contact} />
        </div>
      </div>
      <FormError message={error} conflict={conflict} onReload={onReload} />
    </header>
  );
}

function LogTouch({ contactId, onLogged }: { contactId: string; onLogged: (touch: Interaction) => void }) {
  const { timeZone } = useSession();
  const fresh = () => ({ kind: "email", occurred_at: toZonedInput(new Date().toISOString(), timeZone), summary: "", url: "" });
  const form = useForm(fresh());
  const [opened, setOpened] = useState(form.values.occurred_at);
  const [logged, setLogged] = useState(false);
  return (
    <section class="card" aria-labelledby="log-touch-title">
      <h2 id="log-touch-title">Log a touch</h2>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setLogged(false);
          const done = await form.submit(async (values) => {
            const touch = await ok(
              api.POST("/api/v1/contacts/{contact_id}/interactions", {
                params: { path: { contact_id: contactId } },
                body: {
                  kind: values.kind as Schemas["InteractionKind"],
                  // Left as prefilled, it means "now" (the server's clock), not the minute the form opened.
                  occurred_at: values.occurred_at && values.occurred_at !== opened ? fromZonedInput(values.occurred_at, timeZone) : null,
                  summary: values.summary,
                  url: values.url.trim() || null,
                },
              }),
            );
            onLogged(touch);
          });
          if (done) {
            const next = fresh();
            form.reset(next);
            setOpened(next.occurred_at);
            setLogged(true);
          }
        }}
      >
        <FormError message={form.general} />
        <div class="grid-2">
          <SelectField label="Kind" value={form.values.kind} onValue={(value) => form.set("kind", value)} options={TOUCH_KINDS} error={form.errors.kind} />
          <TextField
            label="When"
            type="datetime-local"
            value={form.values.occurred_at}
            onValue={(value) => form.set("occurred_at", value)}
            error={form.errors.occurred_at}
            hint={`Your time zone: ${timeZone}`}
          />
        </div>
        <TextArea
          label="Note"
          rows={2}
          placeholder="Sent the article on CRISPR screens we discussed."
          value={form.values.summary}
          onValue={(value) => form.set("summary", value)}
          error={form.errors.summary}
        />
        <TextField label="Link (optional)" type="url" value={form.values.url} onValue={(value) => form.set("url", value)} error={form.errors.url} />
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={form.submitting}>
            Log touch
          </Button>
          <span class="saved" role="status">
            {logged ? "Touch logged" : ""}
          </span>
        </div>
      </form>
    </section>
  );
}

type TimelineEntry = Schemas["TimelineEntry"];

function Timeline({ timeline, onChanged }: { timeline: ReturnType<typeof useAsync<Schemas["Page_TimelineEntry_"]>>; onChanged: () => void }) {
  const { timeZone } = useSession();
  const [removing, setRemoving] = useState<Interaction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = timeline.data?.items ?? [];
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {timeline.loading && !timeline.data ? (
        <Loading label="Loading timeline…" />
      ) : timeline.error ? (
        <ErrorState message={timeline.error} onRetry={timeline.reload} />
      ) : !entries.length ? (
        <p class="muted">No touches or interviews yet. Every e-mail, call or article you share counts.</p>
      ) : (
        <ol class="timeline" aria-label="Timeline">
          {entries.map((entry: TimelineEntry) =>
            entry.touch ? (
              <li key={entry.touch.id} class="timeline__item">
                <span class="timeline__dot" aria-hidden="true" />
                <div class="timeline__body">
                  <p class="timeline__head">
                    <Badge tone="info">{label(TOUCH_KINDS, entry.touch.kind)}</Badge>{" "}
                    <time dateTime={entry.at}>{formatDateTime(entry.at, timeZone)}</time>
                  </p>
                  {entry.touch.summary && <p class="timeline__text">{entry.touch.summary}</p>}
                  {entry.touch.url && (
                    <a href={entry.touch.url} target="_blank" rel="noopener noreferrer" class="timeline__link">
                      <Icon name="link" size={14} /> {entry.touch.url}
                    </a>
                  )}
                </div>
                <button type="button" class="icon-btn" aria-label={`Delete touch from ${formatDateTime(entry.at, timeZone)}`} onClick={() => setRemoving(entry.touch!)}>
                  <Icon name="trash" size={16} />
                </button>
              </li>
            ) : entry.interview ? (
              <li key={entry.interview.id} class="timeline__item">
                <span class="timeline__dot timeline__dot--interview" aria-hidden="true" />
                <div class="timeline__body">
                  <p class="timeline__head">
                    <Badge tone="stage-scheduled">Interview · {label(INTERVIEW_STATUSES, entry.interview.status)}</Badge>{" "}
                    <time dateTime={entry.at}>{formatDateTime(entry.at, timeZone)}</time>
                  </p>
                  <a href={`/interviews/${entry.interview.id}`}>Open interview</a>
                  {entry.interview.takeaways && <p class="timeline__text">{entry.interview.takeaways}</p>}
                </div>
                <span />
              </li>
            ) : null,
          )}
        </ol>
      )}
      <Dialog title="Delete this touch?" open={removing !== null} onClose={() => setRemoving(null)}>
        <p>The contact's last-contact date and next touch are recalculated.</p>
        <FormError message={error} />
        <div class="dialog__actions">
          <Button onClick={() => setRemoving(null)}>Cancel</Button>
          <Button
            variant="danger"
            onClick={async () => {
              if (!removing) return;
              try {
                await ok(api.DELETE("/api/v1/interactions/{interaction_id}", { params: { path: { interaction_id: removing.id } } }));
                timeline.reload();
                setRemoving(null);
                setError(null);
                onChanged();
              } catch (failure) {
                setError(describeError(failure));
              }
            }}
          >
            Delete touch
          </Button>
        </div>
      </Dialog>
    </section>
  );
}

/** A card that shows values and turns into a form on "Edit"; a failed save keeps what was typed. */
function EditableCard<T extends Record<string, string>>({
  title,
  contact,
  etag,
  onSaved,
  onReload,
  initial,
  toBody,
  view,
  fields,
}: EditProps & {
  title: string;
  initial: (contact: Contact) => T;
  toBody: (values: T) => Schemas["ContactUpdate"];
  view: preact.ComponentChildren;
  fields: (form: ReturnType<typeof useForm<T>>) => preact.ComponentChildren;
}) {
  const [editing, setEditing] = useState(false);
  const form = useForm<T>(initial(contact));
  const headingId = `card-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <div class="card__header">
        <h2 id={headingId}>{title}</h2>
        {!editing && (
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Edit ${title.toLowerCase()}`}
            onClick={() => {
              form.reset(initial(contact));
              setEditing(true);
            }}
          >
            Edit
          </Button>
        )}
      </div>
      {editing ? (
        <form
          class="stack"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await form.submit(async (values) => {
              const saved = await saveContact(contact, etag, toBody(values));
              onSaved(saved.data, saved.etag);
            });
            if (done) setEditing(false);
          }}
        >
          <FormError
            message={form.general}
            conflict={form.conflict}
            onReload={() => {
              setEditing(false);
              onReload();
            }}
          />
          {fields(form)}
          <div class="form-actions">
            <Button type="submit" variant="primary" size="sm" busy={form.submitting}>
              Save
            </Button>
            <Button size="sm" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        view
      )}
    </section>
  );
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

function ProfileCard(props: EditProps) {
  const c = props.contact;
  return (
    <EditableCard
      {...props}
      title="Profile"
      initial={(contact) => ({
        full_name: contact.full_name,
        email: contact.email ?? "",
        phone: contact.phone ?? "",
        linkedin_url: contact.linkedin_url ?? "",
        organization: contact.organization ?? "",
        title: contact.title ?? "",
        location: contact.location ?? "",
        tags: contact.tags.join(", "),
        keep_in_touch_days: contact.keep_in_touch_days?.toString() ?? "",
      })}
      toBody={(v) => ({
        full_name: v.full_name,
        email: orNull(v.email),
        phone: orNull(v.phone),
        linkedin_url: orNull(v.linkedin_url),
        organization: orNull(v.organization),
        title: orNull(v.title),
        location: orNull(v.location),
        tags: splitTags(v.tags),
        keep_in_touch_days: v.keep_in_touch_days.trim() === "" ? null : Number(v.keep_in_touch_days),
      })}
      view={
        <dl class="facts">
          <dt>E-mail</dt>
          <dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : "—"}</dd>
          <dt>Phone</dt>
          <dd>{c.phone ?? "—"}</dd>
          <dt>LinkedIn</dt>
          <dd>
            {c.linkedin_url ? (
              <a href={c.linkedin_url} target="_blank" rel="noopener noreferrer">
                Profile
              </a>
            ) : (
              "—"
            )}
          </dd>
          <dt>Organization</dt>
          <dd>{c.organization ?? "—"}</dd>
          <dt>Title</dt>
          <dd>{c.title ?? "—"}</dd>
          <dt>Location</dt>
          <dd>{c.location ?? "—"}</dd>
          <dt>Tags</dt>
          <dd>{c.tags.length ? c.tags.map((tag) => <Badge key={tag}>{tag}</Badge>) : "—"}</dd>
          <dt>Keep in touch</dt>
          <dd>{c.keep_in_touch_days ? `every ${c.keep_in_touch_days} days` : "no cadence"}</dd>
        </dl>
      }
      fields={(form) => (
        <>
          <TextField label="Full name" value={form.values.full_name} onValue={(v) => form.set("full_name", v)} error={form.errors.full_name} />
          <TextField label="E-mail" type="email" value={form.values.email} onValue={(v) => form.set("email", v)} error={form.errors.email} />
          <TextField label="Phone" type="tel" value={form.values.phone} onValue={(v) => form.set("phone", v)} error={form.errors.phone} />
          <TextField label="LinkedIn URL" type="url" value={form.values.linkedin_url} onValue={(v) => form.set("linkedin_url", v)} error={form.errors.linkedin_url} />
          <TextField label="Organization" value={form.values.organization} onValue={(v) => form.set("organization", v)} error={form.errors.organization} />
          <TextField label="Title" value={form.values.title} onValue={(v) => form.set("title", v)} error={form.errors.title} />
          <TextField label="Location" value={form.values.location} onValue={(v) => form.set("location", v)} error={form.errors.location} />
          <TextField label="Tags" hint="Separate with commas." value={form.values.tags} onValue={(v) => form.set("tags", v)} error={form.errors.tags} />
          <TextField
            label="Keep in touch every (days)"
            type="number"
            min={1}
            hint="Empty for no cadence."
            value={form.values.keep_in_touch_days}
            onValue={(v) => form.set("keep_in_touch_days", v)}
            error={form.errors.keep_in_touch_days}
          />
        </>
      )}
    />
  );
}

function ConnectionCard(props: EditProps) {
  const c = props.contact;
  return (
    <EditableCard
      {...props}
      title="How we're connected"
      initial={(contact) => ({ connection: contact.connection as string, connection_note: contact.connection_note })}
      toBody={(v) => ({ connection: v.connection as Schemas["Connection"], connection_note: v.connection_note })}
      view={
        <>
          <p>
            <Badge tone="info">{label(CONNECTIONS, c.connection)}</Badge>
          </p>
          <p class="prewrap">{c.connection_note || <span class="muted">No note yet — it goes into your outreach e-mail.</span>}</p>
        </>
      }
      fields={(form) => (
        <>
          <SelectField label="Connection" value={form.values.connection} onValue={(v) => form.set("connection", v)} options={CONNECTIONS} error={form.errors.connection} />
          <TextArea label="Connection note" rows={3} value={form.values.connection_note} onValue={(v) => form.set("connection_note", v)} error={form.errors.connection_note} />
        </>
      )}
    />
  );
}

function NotesCard(props: EditProps) {
  const c = props.contact;
  return (
    <EditableCard
      {...props}
      title="Notes and research"
      initial={(contact) => ({ research_notes: contact.research_notes, notes: contact.notes })}
      toBody={(v) => ({ research_notes: v.research_notes, notes: v.notes })}
      view={
        <>
          <h3 class="subhead">Research notes</h3>
          <p class="prewrap">{c.research_notes || <span class="muted">Their path, organization, recent work.</span>}</p>
          <h3 class="subhead">Notes</h3>
          <p class="prewrap">{c.notes || <span class="muted">—</span>}</p>
        </>
      }
      fields={(form) => (
        <>
          <TextArea label="Research notes" rows={6} value={form.values.research_notes} onValue={(v) => form.set("research_notes", v)} error={form.errors.research_notes} />
          <TextArea label="Notes" rows={4} value={form.values.notes} onValue={(v) => form.set("notes", v)} error={form.errors.notes} />
        </>
      )}
    />
  );
}

function DeleteContact({ contact, etag }: { contact: Contact; etag: string }) {
  const { route } = useLocation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div class="danger-zone">
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        Delete contact
      </Button>
      <Dialog title={`Delete ${contact.full_name}?`} open={open} onClose={() => setOpen(false)}>
        <p>Their touches, interviews and reminders are deleted too. This cannot be undone.</p>
        <FormError message={error} />
        <div class="dialog__actions">
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant="danger"
            busy={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await ok(api.DELETE("/api/v1/contacts/{contact_id}", { params: { path: { contact_id: contact.id }, header: ifMatch(etag) } }));
                route("/contacts");
              } catch (failure) {
                setError(describeError(failure));
              } finally {
                setBusy(false);
              }
            }}
          >
            Delete contact
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
