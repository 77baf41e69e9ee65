import { useLocation, useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import { api, ifMatch, ok, withEtag, type Schemas } from "../api/client";
import { Icon } from "../components/Icon";
import { splitTags, type Contact } from "../components/QuickAddContact";
import { ConfirmDialog, FormActions, FormCard, SaveForm } from "../components/SaveForm";
import { Badge, Button, ErrorState, FormError, Loading, SelectField, TextArea, TextField } from "../components/ui";
import { useForm } from "../lib/forms";
import { useAction } from "../lib/useAction";
import { SAVED_ON_DEVICE, changeContact, logTouch, useConnection, useSynced, type Sent } from "../offline/status";
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

  // Touches and edits made offline reached the server: show its version now.
  useSynced((delivered) => {
    if (!delivered.some((item) => item.url.includes(id))) return;
    timeline.reload();
    contact.reload();
  });

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
            contact={current}
            onLogged={() => {
              timeline.reload();
              void refresh();
            }}
          />
          <Timeline contactId={id} timeline={timeline} onChanged={() => void refresh()} />
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

/** Saves a change to the contact and shows it; offline, it waits on the device (shown as made). */
async function saveContact({ contact, etag, onSaved }: EditProps, body: Schemas["ContactUpdate"]): Promise<Sent<Contact>> {
  const sent = await changeContact(contact, etag, body);
  if (sent === SAVED_ON_DEVICE) onSaved({ ...contact, ...body } as Contact, etag);
  else onSaved(sent.data, sent.etag);
  return sent;
}

function ContactHeader(props: EditProps) {
  const { contact, onReload } = props;
  const { timeZone } = useSession();
  const action = useAction();
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
            disabled={action.busy}
            options={STAGES}
            onValue={(stage) => void action.run(() => saveContact(props, { stage: stage as Schemas["Stage"] }))}
          />
          <DraftEmail contact={contact} />
        </div>
      </div>
      <FormError message={action.error} conflict={action.conflict} onReload={onReload} />
    </header>
  );
}

function LogTouch({ contact, onLogged }: { contact: Contact; onLogged: (touch: Interaction) => void }) {
  const { timeZone } = useSession();
  const fresh = () => ({ kind: "email", occurred_at: toZonedInput(new Date().toISOString(), timeZone), summary: "", url: "" });
  const form = useForm(fresh());
  const [opened, setOpened] = useState(form.values.occurred_at);
  const log = async (values: ReturnType<typeof fresh>) => {
    const body = {
      kind: values.kind as Schemas["InteractionKind"],
      // Left as prefilled, it means the moment it is logged, not the minute the form opened (and
      // not when it reaches the server, should it wait on the device).
      occurred_at: values.occurred_at && values.occurred_at !== opened ? fromZonedInput(values.occurred_at, timeZone) : new Date().toISOString(),
      summary: values.summary,
      url: values.url.trim() || null,
    };
    const sent = await logTouch(contact.id, body, `${label(TOUCH_KINDS, body.kind)} with ${contact.full_name}`);
    if (sent !== SAVED_ON_DEVICE) onLogged(sent.data);
    return sent;
  };
  return (
    <FormCard
      title="Log a touch"
      form={form}
      save={log}
      onSaved={() => {
        const next = fresh();
        form.reset(next);
        setOpened(next.occurred_at);
      }}
      submitLabel="Log touch"
      status="Touch logged"
    >
      <div class="grid-2">
        <SelectField label="Kind" {...form.field("kind")} options={TOUCH_KINDS} />
        <TextField label="When" type="datetime-local" {...form.field("occurred_at")} hint={`Your time zone: ${timeZone}`} />
      </div>
      <TextArea label="Note" rows={2} placeholder="Sent the article on CRISPR screens we discussed." {...form.field("summary")} />
      <TextField label="Link (optional)" type="url" {...form.field("url")} />
    </FormCard>
  );
}

/** Touches logged offline, still on this device: shown at the top of the timeline until synced. */
function WaitingTouches({ contactId }: { contactId: string }) {
  const { timeZone } = useSession();
  const url = `/api/v1/contacts/${contactId}/interactions`;
  const touches = useConnection().outbox.filter((item) => item.url === url);
  return (
    <>
      {touches.map((item) => (
        <li key={item.seq} class="timeline__item timeline__item--waiting">
          <span class="timeline__dot" aria-hidden="true" />
          <div class="timeline__body">
            <p class="timeline__head">
              <Badge tone="info">{label(TOUCH_KINDS, String(item.body.kind))}</Badge> <Badge tone="warn">Waiting to sync</Badge>{" "}
              <time dateTime={String(item.body.occurred_at ?? item.createdAt)}>{formatDateTime(String(item.body.occurred_at ?? item.createdAt), timeZone)}</time>
            </p>
            {item.body.summary ? <p class="timeline__text">{String(item.body.summary)}</p> : null}
          </div>
          <span />
        </li>
      ))}
    </>
  );
}

type TimelineEntry = Schemas["TimelineEntry"];

function Timeline({ contactId, timeline, onChanged }: { contactId: string; timeline: ReturnType<typeof useAsync<Schemas["Page_TimelineEntry_"]>>; onChanged: () => void }) {
  const { timeZone } = useSession();
  const [removing, setRemoving] = useState<Interaction | null>(null);
  const entries = timeline.data?.items ?? [];
  const waiting = useConnection().outbox.some((item) => item.url === `/api/v1/contacts/${contactId}/interactions`);
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {timeline.loading && !timeline.data ? (
        <Loading label="Loading timeline…" />
      ) : timeline.error ? (
        <ErrorState message={timeline.error} onRetry={timeline.reload} />
      ) : !entries.length && !waiting ? (
        <p class="muted">No touches or interviews yet. Every e-mail, call or article you share counts.</p>
      ) : (
        <ol class="timeline" aria-label="Timeline">
          <WaitingTouches contactId={contactId} />
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
      <ConfirmDialog
        title="Delete this touch?"
        open={removing !== null}
        onClose={() => setRemoving(null)}
        confirmLabel="Delete touch"
        onConfirm={async () => {
          if (!removing) return;
          await ok(api.DELETE("/api/v1/interactions/{interaction_id}", { params: { path: { interaction_id: removing.id } } }));
          timeline.reload();
          setRemoving(null);
          onChanged();
        }}
      >
        <p>The contact's last-contact date and next touch are recalculated.</p>
      </ConfirmDialog>
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
        <SaveForm
          form={form}
          save={(values) => saveContact({ contact, etag, onSaved, onReload }, toBody(values))}
          onSaved={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            onReload();
          }}
        >
          {fields(form)}
          <FormActions form={form} label="Save" size="sm">
            <Button size="sm" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </FormActions>
        </SaveForm>
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
          <TextField label="Full name" {...form.field("full_name")} />
          <TextField label="E-mail" type="email" {...form.field("email")} />
          <TextField label="Phone" type="tel" {...form.field("phone")} />
          <TextField label="LinkedIn URL" type="url" {...form.field("linkedin_url")} />
          <TextField label="Organization" {...form.field("organization")} />
          <TextField label="Title" {...form.field("title")} />
          <TextField label="Location" {...form.field("location")} />
          <TextField label="Tags" hint="Separate with commas." {...form.field("tags")} />
          <TextField label="Keep in touch every (days)" type="number" min={1} hint="Empty for no cadence." {...form.field("keep_in_touch_days")} />
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
          <SelectField label="Connection" {...form.field("connection")} options={CONNECTIONS} />
          <TextArea label="Connection note" rows={3} {...form.field("connection_note")} />
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
          <TextArea label="Research notes" rows={6} {...form.field("research_notes")} />
          <TextArea label="Notes" rows={4} {...form.field("notes")} />
        </>
      )}
    />
  );
}

function DeleteContact({ contact, etag }: { contact: Contact; etag: string }) {
  const { route } = useLocation();
  const [open, setOpen] = useState(false);
  return (
    <div class="danger-zone">
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        Delete contact
      </Button>
      <ConfirmDialog
        title={`Delete ${contact.full_name}?`}
        open={open}
        onClose={() => setOpen(false)}
        confirmLabel="Delete contact"
        onConfirm={async () => {
          await ok(api.DELETE("/api/v1/contacts/{contact_id}", { params: { path: { contact_id: contact.id }, header: ifMatch(etag) } }));
          route("/contacts");
        }}
      >
        <p>Their touches, interviews and reminders are deleted too. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
