// What a career counselor sees of a student's progress: through the share's secret link (no
// account needed — the secret stays in the address's fragment and goes only to /api/v1/shared/…
// as a bearer token) or signed in, under "Shared with me". Only what the share's scope shows, the
// student's own screens without edit controls; the one thing a counselor adds is a comment.
import { useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import { ApiError, api, describeError, ok, type Schemas } from "../api/client";
import { Badge, Button, EmptyState, ErrorState, FormError, Loading, PageHeader, TextArea } from "../components/ui";
import { INTERVIEW_STATUSES, STAGES, TOUCH_KINDS, label } from "../lib/labels";
import { formatDate, formatDateTime } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { usePages } from "../lib/usePages";
import { useSession } from "../session";
import { NetworkBody } from "./Network";

type Section = "pipeline" | "interviews" | "notes" | "referrals" | "comments";
const TABS: [Section, string][] = [
  ["pipeline", "Pipeline"],
  ["interviews", "Interviews"],
  ["notes", "Notes"],
  ["referrals", "Network"],
  ["comments", "Comments"],
];

interface View {
  id: string;
  headers?: { Authorization: string };
  timeZone: string;
  /** Every read, also failing with what the counselor should be told. */
  read: <T>(request: Promise<{ data?: T; error?: unknown; response: Response }>) => Promise<T>;
}

/** A counselor's view: from a share's link, on a page of its own (no account, no navigation), or
 * as the `/shared/:id` route under "Shared with me" for a signed-in counselor. */
export function SharedScreen({ link }: { link?: { id: string; token: string } }) {
  return link ? <CounselorLink id={link.id} token={link.token} /> : <SharedViewRoute />;
}

function CounselorLink({ id, token }: { id: string; token: string }) {
  return (
    <div class="shared-app">
      <header class="shared-app__bar">
        <span class="brand">
          <span class="brand__mark" aria-hidden="true" />
          <span>Rapport</span>
        </span>
        <Badge tone="info">Read-only view for a counselor</Badge>
      </header>
      <main id="main" class="main" tabIndex={-1}>
        <SharedView id={id} token={token} />
      </main>
    </div>
  );
}

function SharedViewRoute() {
  const { params } = useRoute();
  return <SharedView id={params.id} />;
}

function unavailable(error: unknown, byLink: boolean): unknown {
  if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
    return new ApiError(error.status, {
      title: "Not available",
      detail: byLink
        ? "This link has been revoked or has expired. Ask the student for a new one."
        : "This is no longer shared with you: the student revoked it, it expired, or it never was.",
    });
  }
  return error;
}

function SharedView({ id, token }: { id: string; token?: string }) {
  const { me } = useSession();
  const headers = token ? { Authorization: `Bearer ${token}` } : undefined;
  const view: View = {
    id,
    headers,
    timeZone: me?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
    read: (request) =>
      ok(request).catch((error: unknown) => {
        throw unavailable(error, Boolean(token));
      }),
  };
  const overview = useAsync(() => view.read(api.GET("/api/v1/shared/{shared_id}", { params: { path: { shared_id: id } }, headers })), [id, token]);
  const [chosen, setChosen] = useState<Section | null>(null);

  if (overview.error) {
    return (
      <div class="page page--narrow">
        <PageHeader title="This share is not available" />
        <ErrorState message={overview.error} />
      </div>
    );
  }
  if (!overview.data) return <Loading label="Loading what was shared with you…" />;
  const data = overview.data;
  const tabs = TABS.filter(([part]) => part === "comments" || data.scope[part]);
  const tab = tabs.some(([part]) => part === chosen) ? (chosen as Section) : tabs[0][0];
  const firstName = data.student_name.split(" ")[0];
  const choose = (next: Section) => {
    setChosen(next);
    requestAnimationFrame(() => document.getElementById(`shared-tab-${next}`)?.focus());
  };

  return (
    <div class="page">
      <PageHeader
        title={`${data.student_name}'s progress`}
        subtitle={`Shared with you, read-only, until ${formatDate(data.expires_at, view.timeZone)}. ${firstName} sees what you open and the comments you leave.`}
      />
      <div class="tabs" role="tablist" aria-label="What was shared">
        {tabs.map(([part, text], index) => (
          <button
            key={part}
            type="button"
            role="tab"
            id={`shared-tab-${part}`}
            aria-selected={tab === part}
            aria-controls="shared-panel"
            tabIndex={tab === part ? 0 : -1}
            class="tabs__tab"
            onClick={() => setChosen(part)}
            onKeyDown={(event) => {
              if (event.key === "ArrowRight") choose(tabs[(index + 1) % tabs.length][0]);
              if (event.key === "ArrowLeft") choose(tabs[(index + tabs.length - 1) % tabs.length][0]);
            }}
          >
            {text}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="shared-panel" aria-labelledby={`shared-tab-${tab}`} class="tabpanel stack">
        {tab === "pipeline" && <Pipeline view={view} counts={data.stage_counts ?? null} />}
        {tab === "interviews" && <Interviews view={view} />}
        {tab === "notes" && <Touches view={view} />}
        {tab === "referrals" && <SharedNetwork view={view} />}
        {tab === "comments" && <Comments view={view} studentName={firstName} />}
      </div>
    </div>
  );
}

function More({ pages, text }: { pages: { hasMore: boolean; loading: boolean; more: () => void }; text: string }) {
  if (!pages.hasMore) return null;
  return (
    <Button size="sm" busy={pages.loading} onClick={pages.more}>
      {text}
    </Button>
  );
}

function Pipeline({ view, counts }: { view: View; counts: Schemas["StageCounts"] | null }) {
  const [stage, setStage] = useState<Schemas["Stage"] | null>(null);
  const contacts = usePages<Schemas["SharedContact"]>(
    (cursor) =>
      view.read(
        api.GET("/api/v1/shared/{shared_id}/contacts", { params: { path: { shared_id: view.id }, query: { cursor, stage } }, headers: view.headers }),
      ),
    [view.id, stage],
  );
  return (
    <>
      {counts && (
        <section aria-label="Contacts by stage" class="stage-strip">
          {STAGES.map(([value, text]) => (
            <button
              key={value}
              type="button"
              class="stage-tile"
              aria-pressed={stage === value}
              onClick={() => setStage(stage === value ? null : (value as Schemas["Stage"]))}
            >
              <span class="stage-tile__count">{counts[value as keyof Schemas["StageCounts"]]}</span>
              <span class="stage-tile__label">{text}</span>
            </button>
          ))}
        </section>
      )}
      <section class="card" aria-labelledby="shared-contacts-title">
        <h2 id="shared-contacts-title">{stage ? `Contacts: ${label(STAGES, stage)}` : "Contacts"}</h2>
        {contacts.error ? (
          <ErrorState message={contacts.error} onRetry={contacts.reload} />
        ) : contacts.loading && !contacts.items.length ? (
          <Loading label="Loading contacts…" />
        ) : !contacts.items.length ? (
          <p class="muted">No contacts{stage ? " at this stage" : " yet"}.</p>
        ) : (
          <ul class="rows" aria-label="Contacts">
            {contacts.items.map((contact) => (
              <li class="row" key={contact.id}>
                <div class="row__main">
                  <span class="row__title">{contact.full_name}</span>
                  {contact.organization && <span class="row__meta">{contact.organization}</span>}
                </div>
                <Badge tone={`stage-${contact.stage}`}>{label(STAGES, contact.stage)}</Badge>
              </li>
            ))}
          </ul>
        )}
        <More pages={contacts} text="Show more contacts" />
      </section>
    </>
  );
}

function Interviews({ view }: { view: View }) {
  const interviews = usePages<Schemas["SharedInterview"]>(
    (cursor) =>
      view.read(api.GET("/api/v1/shared/{shared_id}/interviews", { params: { path: { shared_id: view.id }, query: { cursor } }, headers: view.headers })),
    [view.id],
  );
  if (interviews.error) return <ErrorState message={interviews.error} onRetry={interviews.reload} />;
  if (interviews.loading && !interviews.items.length) return <Loading label="Loading interviews…" />;
  if (!interviews.items.length) return <EmptyState title="No interviews yet." />;
  return (
    <section class="card" aria-labelledby="shared-interviews-title">
      <h2 id="shared-interviews-title">Interviews, latest first</h2>
      <ul class="rows" aria-label="Interviews">
        {interviews.items.map((interview) => {
          const who = `${interview.contact_name}${interview.contact_organization ? `, ${interview.contact_organization}` : ""}`;
          const when = interview.completed_at ?? interview.scheduled_at;
          return (
            <li class="shared-item" key={interview.id}>
              <div class="shared-item__head">
                <h3>{who}</h3>
                <span class="row__meta">
                  <Badge tone={interview.status === "completed" ? "success" : "neutral"}>{label(INTERVIEW_STATUSES, interview.status)}</Badge>{" "}
                  {when ? formatDateTime(when, view.timeZone) : "no time set"}
                </span>
              </div>
              <dl class="facts">
                <dt>Goals</dt>
                <dd class="prewrap">{interview.goals || "—"}</dd>
                <dt>Takeaways</dt>
                <dd class="prewrap">{interview.takeaways || "—"}</dd>
                {interview.notes !== undefined && (
                  <>
                    <dt>Notes</dt>
                    <dd class="prewrap">{interview.notes || "—"}</dd>
                  </>
                )}
              </dl>
              <CommentForm view={view} interviewId={interview.id} about={`the interview with ${interview.contact_name}`} />
            </li>
          );
        })}
      </ul>
      <More pages={interviews} text="Show older interviews" />
    </section>
  );
}

function Touches({ view }: { view: View }) {
  const touches = usePages<Schemas["SharedTouch"]>(
    (cursor) => view.read(api.GET("/api/v1/shared/{shared_id}/touches", { params: { path: { shared_id: view.id }, query: { cursor } }, headers: view.headers })),
    [view.id],
  );
  if (touches.error) return <ErrorState message={touches.error} onRetry={touches.reload} />;
  if (touches.loading && !touches.items.length) return <Loading label="Loading notes…" />;
  if (!touches.items.length) return <EmptyState title="No touches logged yet." />;
  return (
    <section class="card" aria-labelledby="shared-touches-title">
      <h2 id="shared-touches-title">Touches, newest first</h2>
      <ul class="rows" aria-label="Touches">
        {touches.items.map((touch) => (
          <li class="row" key={touch.id}>
            <div class="row__main">
              <span class="row__title">
                {label(TOUCH_KINDS, touch.kind)} with {touch.contact_name}
              </span>
              {touch.summary && <p class="prewrap">{touch.summary}</p>}
              <span class="row__meta">{formatDateTime(touch.occurred_at, view.timeZone)}</span>
            </div>
          </li>
        ))}
      </ul>
      <More pages={touches} text="Show older touches" />
    </section>
  );
}

function SharedNetwork({ view }: { view: View }) {
  const network = useAsync(() => view.read(api.GET("/api/v1/shared/{shared_id}/network", { params: { path: { shared_id: view.id } }, headers: view.headers })), [view.id]);
  if (network.error) return <ErrorState message={network.error} onRetry={network.reload} />;
  if (!network.data) return <Loading label="Loading the referral network…" />;
  return <NetworkBody data={network.data} linkNodes={false} />;
}

function Comments({ view, studentName }: { view: View; studentName: string }) {
  const comments = usePages<Schemas["CommentRead"]>(
    (cursor) => view.read(api.GET("/api/v1/shared/{shared_id}/comments", { params: { path: { shared_id: view.id }, query: { cursor } }, headers: view.headers })),
    [view.id],
  );
  return (
    <section class="card" aria-labelledby="shared-comments-title">
      <h2 id="shared-comments-title">Comments for {studentName}</h2>
      <CommentForm view={view} about={studentName} open onSent={comments.reload} />
      {comments.error ? (
        <ErrorState message={comments.error} onRetry={comments.reload} />
      ) : comments.loading && !comments.items.length ? (
        <Loading label="Loading comments…" />
      ) : !comments.items.length ? (
        <p class="muted">No comments yet.</p>
      ) : (
        <ul class="rows" aria-label="Your comments">
          {comments.items.map((comment) => (
            <li class="row" key={comment.id}>
              <div class="row__main">
                <p class="prewrap">{comment.body}</p>
                <span class="row__meta">
                  {formatDateTime(comment.created_at, view.timeZone)}
                  {comment.interview_id ? " · on an interview" : ""}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <More pages={comments} text="Show older comments" />
    </section>
  );
}

function CommentForm({
  view,
  interviewId,
  about,
  open: startOpen = false,
  onSent,
}: {
  view: View;
  interviewId?: string;
  about: string;
  open?: boolean;
  onSent?: () => void;
}) {
  const [open, setOpen] = useState(startOpen);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <div>
        <Button size="sm" onClick={() => setOpen(true)} aria-label={`Comment on ${about}`}>
          Comment
        </Button>
        {sent && (
          <span class="saved" role="status">
            Comment sent
          </span>
        )}
      </div>
    );
  }
  return (
    <form
      class="stack"
      noValidate
      aria-label={`Comment on ${about}`}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await view.read(
            api.POST("/api/v1/shared/{shared_id}/comments", {
              params: { path: { shared_id: view.id } },
              body: { body, interview_id: interviewId ?? null },
              headers: view.headers,
            }),
          );
          setBody("");
          setSent(true);
          if (!startOpen) setOpen(false);
          onSent?.();
        } catch (failure) {
          setError(describeError(failure));
        } finally {
          setBusy(false);
        }
      }}
    >
      <FormError message={error} />
      <TextArea label="Your comment" value={body} onValue={setBody} maxLength={5000} rows={3} required />
      <div class="form-actions">
        <Button type="submit" variant="primary" size="sm" busy={busy} disabled={!body.trim()}>
          Send comment
        </Button>
        {!startOpen && (
          <Button size="sm" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        )}
        {startOpen && sent && (
          <span class="saved" role="status">
            Comment sent
          </span>
        )}
      </div>
    </form>
  );
}
