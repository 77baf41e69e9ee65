import { useState } from "preact/hooks";
import { ApiError, api, describeError, ok, type Schemas } from "../api/client";
import { restoreArchive, type RestoreReport } from "../api/upload";
import { ConfirmDialog, FormCard, FormDialog, TimeZoneField } from "../components/SaveForm";
import { Badge, Button, Checkbox, CopyButton, EmptyState, ErrorState, FileField, Loading, PageHeader, SelectField, TextArea, TextField } from "../components/ui";
import { CalendarFeed } from "./CalendarFeed";
import { useForm } from "../lib/forms";
import { formatDate, formatDateTime, fromZonedInput } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { offline } from "../offline/status";
import { useSession, type Me } from "../session";

export function Settings() {
  const { me } = useSession();
  if (!me) return <Loading />;
  return (
    <div class="page page--narrow">
      <PageHeader title="Settings" subtitle="Your profile, defaults, password, API tokens and data." />
      <ProfileSettings me={me} />
      <CadenceSettings me={me} />
      <CalendarFeed />
      <PasswordSettings />
      <TokenSettings />
      <YourData />
    </div>
  );
}

function ProfileSettings({ me }: { me: Me }) {
  const { setMe } = useSession();
  const form = useForm({ name: me.name, timezone: me.timezone, pitch: me.pitch });
  return (
    <FormCard title="Profile" form={form} save={async (values) => setMe(await ok(api.PATCH("/api/v1/me", { body: values })))} submitLabel="Save profile">
      <div class="grid-2">
        <TextField label="Name" autoComplete="name" {...form.field("name")} />
        <TimeZoneField {...form.field("timezone")} />
      </div>
      <TextArea
        label="Your pitch"
        rows={4}
        hint="Two or three sentences on who you are and what you are exploring. New interviews and e-mail templates start from it."
        {...form.field("pitch")}
      />
    </FormCard>
  );
}

const numberOrNull = (text: string): number | null => (text.trim() === "" ? null : Number(text));
// A setting that cannot be cleared: an empty box is NaN, which JSON sends as null, so the server
// refuses it beside the field ("… cannot be null") as before.
const requiredNumber = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

/** The numeric settings, each a whole number in a range. */
const CADENCE_FIELDS = [
  ["default_keep_in_touch_days", "Keep in touch every (days)", 1, 3650, "Given to new contacts. Leave empty for no default cadence."],
  ["thank_you_within_hours", "Thank-you due within (hours)", 1, 720, undefined],
  ["follow_up_after_days", "Follow up after (days)", 1, 365, undefined],
  ["digest_hour", "Daily digest hour (0–23)", 0, 23, undefined],
] as const;

function CadenceSettings({ me }: { me: Me }) {
  const { setMe } = useSession();
  const s = me.settings;
  const form = useForm({
    "settings.default_keep_in_touch_days": s.default_keep_in_touch_days?.toString() ?? "",
    "settings.thank_you_within_hours": String(s.thank_you_within_hours),
    "settings.follow_up_after_days": String(s.follow_up_after_days),
    "settings.digest_hour": String(s.digest_hour),
    "settings.email_reminders": s.email_reminders,
  });
  const save = async (values: typeof form.values) => {
    const settings = {
      ...Object.fromEntries(
        CADENCE_FIELDS.map(([key]) => {
          const text = values[`settings.${key}`];
          return [key, key === "default_keep_in_touch_days" ? numberOrNull(text) : requiredNumber(text)];
        }),
      ),
      email_reminders: values["settings.email_reminders"],
    };
    setMe(await ok(api.PATCH("/api/v1/me", { body: { settings } })));
  };
  return (
    <FormCard title="Reminders and cadence" form={form} save={save} submitLabel="Save defaults">
      <div class="grid-2">
        {CADENCE_FIELDS.map(([key, label, min, max, hint]) => (
          <TextField key={key} label={label} type="number" inputMode="numeric" min={min} max={max} hint={hint} {...form.field(`settings.${key}`)} />
        ))}
      </div>
      <Checkbox
        label="E-mail me a daily digest of what is due"
        checked={form.values["settings.email_reminders"]}
        onChange={(checked) => form.set("settings.email_reminders", checked)}
      />
    </FormCard>
  );
}

function PasswordSettings() {
  const blank = { current_password: "", new_password: "" };
  const form = useForm(blank);
  return (
    <FormCard
      title="Password"
      form={form}
      save={(values) => ok(api.POST("/api/v1/me/password", { body: values }))}
      onSaved={() => form.reset(blank)}
      submitLabel="Change password"
    >
      <div class="grid-2">
        <TextField label="Current password" type="password" autoComplete="current-password" {...form.field("current_password")} />
        <TextField label="New password" type="password" autoComplete="new-password" hint="8–128 characters." {...form.field("new_password")} />
      </div>
    </FormCard>
  );
}

const DOWNLOADS = [
  ["/api/v1/export", "Everything (JSON)", "All of it, restorable into a new account."],
  ["/api/v1/export/contacts.csv", "Contacts (CSV)", "For a spreadsheet."],
  ["/api/v1/export/contacts.vcf", "Contacts (vCard)", "For an address book."],
] as const;

/** Take your data with you, or delete the account and everything in it. */
function YourData() {
  const { signOut } = useSession();
  const [deleting, setDeleting] = useState(false);
  const blank = { password: "" };
  const form = useForm(blank);
  const close = () => {
    setDeleting(false);
    form.reset(blank);
  };
  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <ul class="downloads">
        {DOWNLOADS.map(([href, label, hint]) => (
          <li key={href}>
            <a class="btn btn--secondary btn--md" href={href} download>
              {label}
            </a>{" "}
            <span class="muted">{hint}</span>
          </li>
        ))}
      </ul>
      <RestoreBackup />
      <p class="muted">
        Deleting your account deletes your contacts, touches, interviews, questions, referrals, reminders, templates, shares and tokens at
        once and for good. Counselors you shared with lose access. Download everything first to keep a copy.
      </p>
      <div class="form-actions">
        <Button variant="danger" onClick={() => setDeleting(true)}>
          Delete account…
        </Button>
      </div>
      <FormDialog
        title="Delete your account for good?"
        open={deleting}
        onClose={close}
        form={form}
        danger
        submitLabel="Delete my account"
        save={(values) => ok(api.POST("/api/v1/me/delete", { body: values }))}
        onSaved={() => {
          // Changes waiting on this device have nowhere to go any more.
          void offline()
            .then((store) => store.discardAll())
            .catch(() => undefined)
            .finally(() => void signOut("Your account and everything in it were deleted."));
        }}
      >
        <p>Nothing can bring it back. Type your password to confirm.</p>
        <TextField label="Password" type="password" autoComplete="current-password" {...form.field("password")} />
      </FormDialog>
    </section>
  );
}

const SECTIONS: Record<string, string> = {
  contacts: "contacts",
  interactions: "touches",
  interviews: "interviews",
  questions: "questions",
  referrals: "referrals",
  reminders: "reminders",
  templates: "templates",
  webhooks: "webhooks",
};
const counted = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([section, count]) => `${SECTIONS[section] ?? section}: ${count}`)
    .join(", ") || "nothing";

/** Load a download of "Everything" into this account: a backup, or a move from another server. */
function RestoreBackup() {
  const { setMe } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    if (!file) return setError("Choose a file first.");
    setError(null);
    setProgress(0);
    try {
      setReport(await restoreArchive(file, setProgress));
      // The backup brought its profile, time zone and settings.
      void ok(api.GET("/api/v1/me")).then(setMe, () => undefined);
    } catch (failure) {
      const fields = failure instanceof ApiError ? (failure.problem.errors ?? []).slice(0, 5) : [];
      setError([describeError(failure), ...fields.map((item) => `${item.field}: ${item.message}`)].join(" "));
    } finally {
      setProgress(null);
    }
  };
  if (report) {
    return (
      <div class="notice" role="status">
        <p>Restored — {counted(report.restored)}.</p>
        {Object.keys(report.skipped).length > 0 && <p>Not restored: {counted(report.skipped)}.</p>}
        {report.notes?.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </div>
    );
  }
  return (
    <div class="stack">
      <FileField
        label="Restore a backup (an “Everything” download, .json or .json.gz)"
        hint="Into a new account: refused when this one already has contacts or reminders."
        error={error ?? undefined}
        accept=".json,.gz,application/json,application/gzip"
        onFile={(chosen) => {
          setFile(chosen);
          setError(null);
        }}
      />
      <div class="form-actions">
        <Button busy={progress !== null} disabled={!file} onClick={() => void restore()}>
          Restore backup
        </Button>
        {progress !== null && <progress max={1} value={progress} aria-label="Upload progress" />}
      </div>
    </div>
  );
}

type Token = Schemas["TokenRead"];

function TokenSettings() {
  const { timeZone } = useSession();
  const tokens = useAsync(() => ok(api.GET("/api/v1/me/tokens")), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Schemas["TokenCreated"] | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);

  return (
    <section class="card" aria-labelledby="tokens-title">
      <div class="card__header">
        <div>
          <h2 id="tokens-title">Personal tokens</h2>
          <p class="muted">
            For phone shortcuts and other tools: send <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
        </div>
        <Button variant="primary" onClick={() => setCreating(true)}>
          Create token
        </Button>
      </div>
      {created && (
        <div class="secret" role="region" aria-label="New token">
          <p>
            <strong>Copy your new token “{created.name}” now.</strong> It is shown only once.
          </p>
          <div class="secret__row">
            <code class="secret__value" aria-label="Token value">
              {created.token}
            </code>
            <CopyButton text={created.token} label="Copy token" />
          </div>
          <Button variant="ghost" size="sm" onClick={() => setCreated(null)}>
            I have copied it
          </Button>
        </div>
      )}
      {tokens.loading && !tokens.data ? (
        <Loading label="Loading tokens…" />
      ) : tokens.error ? (
        <ErrorState message={tokens.error} onRetry={tokens.reload} />
      ) : !tokens.data?.items.length ? (
        <EmptyState title="No personal tokens yet.">
          Create one to log touches from an iOS Shortcut or Tasker in one HTTP call.
        </EmptyState>
      ) : (
        <ul class="rows" aria-label="Tokens">
          {tokens.data.items.map((token) => (
            <li class="row" key={token.id}>
              <div class="row__main">
                <span class="row__title">{token.name}</span>
                <span class="row__meta">
                  <Badge tone={token.scopes.includes("write") ? "info" : "neutral"}>
                    {token.scopes.includes("write") ? "read & write" : "read only"}
                  </Badge>{" "}
                  created {formatDate(token.created_at, timeZone)} ·{" "}
                  {token.last_used_at ? `last used ${formatDateTime(token.last_used_at, timeZone)}` : "never used"}
                  {token.expires_at ? ` · expires ${formatDate(token.expires_at, timeZone)}` : ""}
                </span>
              </div>
              <Button variant="danger" size="sm" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <CreateTokenDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setCreated(token);
          tokens.reload();
        }}
      />
      <ConfirmDialog
        title="Revoke token?"
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        confirmLabel="Revoke token"
        onConfirm={async () => {
          if (!revoking) return;
          await ok(api.DELETE("/api/v1/me/tokens/{token_id}", { params: { path: { token_id: revoking.id } } }));
          tokens.setData((current) => ({ items: (current?.items ?? []).filter((item) => item.id !== revoking.id), next_cursor: null }));
          setRevoking(null);
        }}
      >
        <p>Anything using “{revoking?.name}” stops working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}

function CreateTokenDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (token: Schemas["TokenCreated"]) => void;
}) {
  const { timeZone } = useSession();
  const blank = { name: "", scopes: "read,write", expires_at: "" };
  const form = useForm(blank);
  const create = async (values: typeof blank) => {
    const token = await ok(
      api.POST("/api/v1/me/tokens", {
        body: {
          name: values.name,
          scopes: values.scopes.split(",") as Schemas["Scope"][],
          expires_at: values.expires_at ? fromZonedInput(`${values.expires_at}T23:59`, timeZone) : null,
        },
      }),
    );
    form.reset(blank);
    onCreated(token);
  };
  return (
    <FormDialog title="Create a personal token" open={open} onClose={onClose} form={form} save={create} submitLabel="Create token">
      <TextField label="Token name" placeholder="iPhone shortcut" {...form.field("name")} />
      <SelectField
        label="Access"
        {...form.field("scopes")}
        options={[
          ["read,write", "Read and write"],
          ["read", "Read only"],
        ]}
      />
      <TextField label="Expires on (optional)" type="date" {...form.field("expires_at")} />
    </FormDialog>
  );
}
