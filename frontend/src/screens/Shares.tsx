// "Share with a counselor": a read-only share of the parts of your data you choose, for a while;
// its link shown once to copy; revoking; and what the counselor opened and wrote. Loaded on demand.
import { useState } from "preact/hooks";
import { api, describeError, ok, type Schemas } from "../api/client";
import { CounselorComments } from "../components/CounselorComments";
import { Badge, Button, Checkbox, CopyButton, Dialog, EmptyState, ErrorState, FormError, Loading, PageHeader, SelectField, TextField } from "../components/ui";
import { useForm } from "../lib/forms";
import { ACCESS_VIA, ACCESS_WHAT, DEFAULT_DAYS, DEFAULT_SCOPE, EXPIRY_CHOICES, SCOPE_PARTS, SHARE_STATUSES, expiryFor, scopeSummary, type Scope } from "../lib/shares";
import { formatDate, formatDateTime } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { usePages } from "../lib/usePages";
import { useSession } from "../session";

type Share = Schemas["ShareRead"];

export function Shares() {
  const { timeZone } = useSession();
  const shares = useAsync(() => ok(api.GET("/api/v1/shares", { params: { query: { limit: 200 } } })), []);
  const [created, setCreated] = useState<Schemas["ShareCreated"] | null>(null);
  const update = (share: Share) =>
    shares.setData((current) => ({ items: (current?.items ?? []).map((s) => (s.id === share.id ? share : s)), next_cursor: null }));
  const drop = (id: string) => shares.setData((current) => ({ items: (current?.items ?? []).filter((s) => s.id !== id), next_cursor: null }));

  return (
    <div class="page page--narrow">
      <PageHeader
        title="Share with a counselor"
        subtitle="Show a career counselor your progress instead of retelling it: read-only, only the parts you choose, until the date you pick or until you revoke it."
      />
      <NewShare
        onCreated={(share) => {
          setCreated(share);
          shares.reload();
        }}
      />
      {created && (
        <div class="secret" role="region" aria-label="New share link">
          <p>
            <strong>Copy the link for {created.counselor_name || created.counselor_email} now.</strong> It is shown only once; send it to them
            yourself (e-mail, chat). Anyone with the link sees what you shared until {formatDate(created.expires_at, timeZone)}.
          </p>
          <div class="secret__row">
            <code class="secret__value" aria-label="Share link">
              {created.link}
            </code>
            <CopyButton text={created.link} label="Copy link" />
          </div>
          <Button variant="ghost" size="sm" onClick={() => setCreated(null)}>
            I have copied it
          </Button>
        </div>
      )}
      <section class="card" aria-labelledby="shares-title">
        <h2 id="shares-title">Your shares</h2>
        {shares.error ? (
          <ErrorState message={shares.error} onRetry={shares.reload} />
        ) : !shares.data ? (
          <Loading label="Loading your shares…" />
        ) : !shares.data.items.length ? (
          <EmptyState title="You have not shared anything yet.">
            <p>Create a share above and give its link to your counselor before your next appointment.</p>
          </EmptyState>
        ) : (
          <ul class="rows" aria-label="Shares">
            {shares.data.items.map((share) => (
              <ShareRow key={share.id} share={share} onChanged={update} onDeleted={() => drop(share.id)} />
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="sees-title">
        <h2 id="sees-title">What a counselor sees</h2>
        <p>
          Only the parts you tick, read-only. Never e-mail addresses or phone numbers, never the notes and research notes you keep on people,
          your pitch or your question notes. The one thing they can add is a comment, which you can delete. Every time they open something,
          it appears in the share's activity.
        </p>
      </section>
    </div>
  );
}

function NewShare({ onCreated }: { onCreated: (share: Schemas["ShareCreated"]) => void }) {
  const initial = { counselor_email: "", counselor_name: "", scope: DEFAULT_SCOPE, days: String(DEFAULT_DAYS) };
  const form = useForm(initial);
  const setPart = (part: keyof Scope, shown: boolean) => form.set("scope", { ...form.values.scope, [part]: shown });
  return (
    <section class="card" aria-labelledby="new-share-title">
      <h2 id="new-share-title">New share</h2>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await form.submit(async (values) => {
            const share = await ok(
              api.POST("/api/v1/shares", {
                body: {
                  counselor_email: values.counselor_email.trim(),
                  counselor_name: values.counselor_name.trim() || null,
                  scope: values.scope,
                  expires_at: expiryFor(Number(values.days)),
                },
              }),
            );
            form.reset(initial);
            onCreated(share);
          });
        }}
      >
        <FormError message={form.general} />
        <div class="grid-2">
          <TextField
            label="Counselor's e-mail"
            type="email"
            autoComplete="off"
            required
            maxLength={254}
            value={form.values.counselor_email}
            onValue={(value) => form.set("counselor_email", value)}
            error={form.errors.counselor_email}
            hint="If they have a Rapport account with this address, they also find it under “Shared with me”."
          />
          <TextField
            label="Counselor's name (optional)"
            maxLength={200}
            value={form.values.counselor_name}
            onValue={(value) => form.set("counselor_name", value)}
            error={form.errors.counselor_name}
          />
        </div>
        <fieldset class="scope-fields" aria-describedby={form.errors.scope ? "scope-error" : undefined}>
          <legend>What they can see</legend>
          {SCOPE_PARTS.map(([part, name, hint]) => (
            <Checkbox key={part} label={name} hint={hint} checked={form.values.scope[part]} onChange={(shown) => setPart(part, shown)} />
          ))}
          {form.errors.scope && (
            <p class="field__error" id="scope-error">
              {form.errors.scope}
            </p>
          )}
        </fieldset>
        <SelectField label="The link works for" value={form.values.days} onValue={(value) => form.set("days", value)} options={EXPIRY_CHOICES} />
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={form.submitting}>
            Create link
          </Button>
        </div>
      </form>
    </section>
  );
}

function ShareRow({ share, onChanged, onDeleted }: { share: Share; onChanged: (share: Share) => void; onDeleted: () => void }) {
  const { timeZone } = useSession();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<"revoke" | "delete" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const who = share.counselor_name || share.counselor_email;
  const [, statusText, tone] = SHARE_STATUSES.find(([status]) => status === share.status) ?? SHARE_STATUSES[0];
  const panel = `share-activity-${share.id}`;

  const act = async () => {
    setBusy(true);
    setError(null);
    try {
      const path = { params: { path: { share_id: share.id } } };
      if (confirming === "revoke") onChanged(await ok(api.POST("/api/v1/shares/{share_id}/revoke", path)));
      else {
        await ok(api.DELETE("/api/v1/shares/{share_id}", path));
        onDeleted();
      }
      setConfirming(null);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="share-row">
      <div class="row">
        <div class="row__main">
          <span class="row__title">{who}</span>
          <span class="row__meta">
            <Badge tone={tone}>{statusText}</Badge> {share.counselor_name ? `${share.counselor_email} · ` : ""}sees {scopeSummary(share.scope)} ·{" "}
            {share.status === "active" ? "until" : share.status === "expired" ? "expired" : "revoked"}{" "}
            {formatDate(share.status === "revoked" ? share.revoked_at : share.expires_at, timeZone)}
          </span>
          <span class="row__meta">
            {share.last_accessed_at ? `Last opened ${formatDateTime(share.last_accessed_at, timeZone)}` : "Not opened yet"} · {share.comment_count}{" "}
            comment{share.comment_count === 1 ? "" : "s"}
          </span>
        </div>
        <div class="row__actions">
          <Button size="sm" aria-expanded={open} aria-controls={panel} onClick={() => setOpen((value) => !value)} aria-label={`Activity of the share with ${who}`}>
            Activity
          </Button>
          {share.status === "active" ? (
            <Button variant="danger" size="sm" onClick={() => setConfirming("revoke")} aria-label={`Revoke the share with ${who}`}>
              Revoke
            </Button>
          ) : (
            <Button variant="ghost" size="sm" onClick={() => setConfirming("delete")} aria-label={`Delete the share with ${who}`}>
              Delete
            </Button>
          )}
        </div>
      </div>
      {open && (
        <div class="share-activity" id={panel}>
          <section aria-label={`Comments from ${who}`}>
            <h3 class="subhead">Comments</h3>
            <CounselorComments shareId={share.id} from={who} onDeleted={() => onChanged({ ...share, comment_count: Math.max(0, share.comment_count - 1) })} />
          </section>
          <section aria-label={`What ${who} opened`}>
            <h3 class="subhead">Access log</h3>
            <AccessLog shareId={share.id} />
          </section>
        </div>
      )}
      <Dialog
        title={confirming === "revoke" ? `Revoke the share with ${who}?` : "Delete this share?"}
        open={confirming !== null}
        onClose={() => setConfirming(null)}
      >
        <p>
          {confirming === "revoke"
            ? "Their link stops working at once, and it no longer shows under “Shared with me”. The access log and comments stay here."
            : "The share, its access log and its comments are deleted."}
        </p>
        <FormError message={error} />
        <div class="dialog__actions">
          <Button onClick={() => setConfirming(null)}>Cancel</Button>
          <Button variant="danger" busy={busy} onClick={act}>
            {confirming === "revoke" ? "Revoke share" : "Delete share"}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}

function AccessLog({ shareId }: { shareId: string }) {
  const { timeZone } = useSession();
  const log = usePages<Schemas["ShareAccessRead"]>(
    (cursor) => ok(api.GET("/api/v1/shares/{share_id}/accesses", { params: { path: { share_id: shareId }, query: { cursor, limit: 20 } } })),
    [shareId],
  );
  if (log.error) return <ErrorState message={log.error} onRetry={log.reload} />;
  if (log.loading && !log.items.length) return <Loading label="Loading the access log…" />;
  if (!log.items.length) return <p class="muted">The counselor has not opened anything yet.</p>;
  return (
    <>
      <ul class="rows" aria-label="Access log">
        {log.items.map((entry) => (
          <li class="row" key={entry.id}>
            <span>
              {ACCESS_WHAT[entry.what] ?? entry.what} <span class="muted">{ACCESS_VIA[entry.via] ?? entry.via}</span>
            </span>
            <span class="row__meta">{formatDateTime(entry.at, timeZone)}</span>
          </li>
        ))}
      </ul>
      {log.hasMore && (
        <Button size="sm" busy={log.loading} onClick={log.more}>
          Show older
        </Button>
      )}
    </>
  );
}
