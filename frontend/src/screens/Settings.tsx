import { useState } from "preact/hooks";
import { api, describeError, ok, type Schemas } from "../api/client";
import {
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Dialog,
  EmptyState,
  ErrorState,
  FormError,
  Loading,
  PageHeader,
  SelectField,
  TextArea,
  TextField,
} from "../components/ui";
import { CalendarFeed } from "./CalendarFeed";
import { useForm } from "../lib/forms";
import { formatDate, formatDateTime, fromZonedInput, timeZones } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { useSession, type Me } from "../session";

export function Settings() {
  const { me } = useSession();
  if (!me) return <Loading />;
  return (
    <div class="page page--narrow">
      <PageHeader title="Settings" subtitle="Your profile, defaults, password and API tokens." />
      <ProfileSettings me={me} />
      <CadenceSettings me={me} />
      <CalendarFeed />
      <PasswordSettings />
      <TokenSettings />
    </div>
  );
}

function Saved({ show }: { show: boolean }) {
  return (
    <span class="saved" role="status">
      {show ? "Saved" : ""}
    </span>
  );
}

function ProfileSettings({ me }: { me: Me }) {
  const { setMe } = useSession();
  const [saved, setSaved] = useState(false);
  const form = useForm({ name: me.name, timezone: me.timezone, pitch: me.pitch });
  const zones = timeZones();
  if (!zones.includes(form.values.timezone)) zones.unshift(form.values.timezone);
  return (
    <section class="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const done = await form.submit(async (values) => {
            setMe(await ok(api.PATCH("/api/v1/me", { body: values })));
          });
          setSaved(done);
        }}
      >
        <FormError message={form.general} />
        <div class="grid-2">
          <TextField
            label="Name"
            autoComplete="name"
            value={form.values.name}
            onValue={(value) => form.set("name", value)}
            error={form.errors.name}
          />
          <SelectField
            label="Time zone"
            value={form.values.timezone}
            onValue={(value) => form.set("timezone", value)}
            options={zones.map((zone) => [zone, zone.replace(/_/g, " ")] as const)}
            error={form.errors.timezone}
          />
        </div>
        <TextArea
          label="Your pitch"
          rows={4}
          hint="Two or three sentences on who you are and what you are exploring. New interviews and e-mail templates start from it."
          value={form.values.pitch}
          onValue={(value) => form.set("pitch", value)}
          error={form.errors.pitch}
        />
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={form.submitting}>
            Save profile
          </Button>
          <Saved show={saved} />
        </div>
      </form>
    </section>
  );
}

const numberOrNull = (text: string): number | null => (text.trim() === "" ? null : Number(text));
// A setting that cannot be cleared: an empty box is NaN, which JSON sends as null, so the server
// refuses it beside the field ("… cannot be null") as before.
const requiredNumber = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

function CadenceSettings({ me }: { me: Me }) {
  const { setMe } = useSession();
  const [saved, setSaved] = useState(false);
  const s = me.settings;
  const form = useForm({
    "settings.default_keep_in_touch_days": s.default_keep_in_touch_days?.toString() ?? "",
    "settings.thank_you_within_hours": String(s.thank_you_within_hours),
    "settings.follow_up_after_days": String(s.follow_up_after_days),
    "settings.digest_hour": String(s.digest_hour),
    "settings.email_reminders": s.email_reminders,
  });
  const v = form.values;
  return (
    <section class="card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">Reminders and cadence</h2>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const done = await form.submit(async (values) => {
            const settings = {
              default_keep_in_touch_days: numberOrNull(values["settings.default_keep_in_touch_days"]),
              thank_you_within_hours: requiredNumber(values["settings.thank_you_within_hours"]),
              follow_up_after_days: requiredNumber(values["settings.follow_up_after_days"]),
              digest_hour: requiredNumber(values["settings.digest_hour"]),
              email_reminders: values["settings.email_reminders"],
            };
            setMe(await ok(api.PATCH("/api/v1/me", { body: { settings } })));
          });
          setSaved(done);
        }}
      >
        <FormError message={form.general} />
        <div class="grid-2">
          <TextField
            label="Keep in touch every (days)"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            hint="Given to new contacts. Leave empty for no default cadence."
            value={v["settings.default_keep_in_touch_days"]}
            onValue={(value) => form.set("settings.default_keep_in_touch_days", value)}
            error={form.errors["settings.default_keep_in_touch_days"]}
          />
          <TextField
            label="Thank-you due within (hours)"
            type="number"
            inputMode="numeric"
            min={1}
            max={720}
            value={v["settings.thank_you_within_hours"]}
            onValue={(value) => form.set("settings.thank_you_within_hours", value)}
            error={form.errors["settings.thank_you_within_hours"]}
          />
          <TextField
            label="Follow up after (days)"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={v["settings.follow_up_after_days"]}
            onValue={(value) => form.set("settings.follow_up_after_days", value)}
            error={form.errors["settings.follow_up_after_days"]}
          />
          <TextField
            label="Daily digest hour (0–23)"
            type="number"
            inputMode="numeric"
            min={0}
            max={23}
            value={v["settings.digest_hour"]}
            onValue={(value) => form.set("settings.digest_hour", value)}
            error={form.errors["settings.digest_hour"]}
          />
        </div>
        <Checkbox
          label="E-mail me a daily digest of what is due"
          checked={v["settings.email_reminders"]}
          onChange={(checked) => form.set("settings.email_reminders", checked)}
        />
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={form.submitting}>
            Save defaults
          </Button>
          <Saved show={saved} />
        </div>
      </form>
    </section>
  );
}

function PasswordSettings() {
  const [saved, setSaved] = useState(false);
  const form = useForm({ current_password: "", new_password: "" });
  return (
    <section class="card" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const done = await form.submit(async (values) => {
            await ok(api.POST("/api/v1/me/password", { body: values }));
          });
          if (done) form.reset({ current_password: "", new_password: "" });
          setSaved(done);
        }}
      >
        <FormError message={form.general} />
        <div class="grid-2">
          <TextField
            label="Current password"
            type="password"
            autoComplete="current-password"
            value={form.values.current_password}
            onValue={(value) => form.set("current_password", value)}
            error={form.errors.current_password}
          />
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="8–128 characters."
            value={form.values.new_password}
            onValue={(value) => form.set("new_password", value)}
            error={form.errors.new_password}
          />
        </div>
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={form.submitting}>
            Change password
          </Button>
          <Saved show={saved} />
        </div>
      </form>
    </section>
  );
}

type Token = Schemas["TokenRead"];

function TokenSettings() {
  const { timeZone } = useSession();
  const tokens = useAsync(() => ok(api.GET("/api/v1/me/tokens")), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Schemas["TokenCreated"] | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      <Dialog title="Revoke token?" open={revoking !== null} onClose={() => setRevoking(null)}>
        <p>
          Anything using “{revoking?.name}” stops working at once. This cannot be undone.
        </p>
        <FormError message={revokeError} />
        <div class="dialog__actions">
          <Button onClick={() => setRevoking(null)}>Cancel</Button>
          <Button
            variant="danger"
            busy={busy}
            onClick={async () => {
              if (!revoking) return;
              setBusy(true);
              setRevokeError(null);
              try {
                await ok(api.DELETE("/api/v1/me/tokens/{token_id}", { params: { path: { token_id: revoking.id } } }));
                tokens.setData((current) => ({
                  items: (current?.items ?? []).filter((item) => item.id !== revoking.id),
                  next_cursor: null,
                }));
                setRevoking(null);
              } catch (error) {
                setRevokeError(describeError(error));
              } finally {
                setBusy(false);
              }
            }}
          >
            Revoke token
          </Button>
        </div>
      </Dialog>
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
  const form = useForm({ name: "", scopes: "read,write", expires_at: "" });
  return (
    <Dialog title="Create a personal token" open={open} onClose={onClose}>
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await form.submit(async (values) => {
            const token = await ok(
              api.POST("/api/v1/me/tokens", {
                body: {
                  name: values.name,
                  scopes: values.scopes.split(",") as Schemas["Scope"][],
                  expires_at: values.expires_at ? fromZonedInput(`${values.expires_at}T23:59`, timeZone) : null,
                },
              }),
            );
            form.reset({ name: "", scopes: "read,write", expires_at: "" });
            onCreated(token);
          });
        }}
      >
        <FormError message={form.general} />
        <TextField
          label="Token name"
          placeholder="iPhone shortcut"
          value={form.values.name}
          onValue={(value) => form.set("name", value)}
          error={form.errors.name}
        />
        <SelectField
          label="Access"
          value={form.values.scopes}
          onValue={(value) => form.set("scopes", value)}
          options={[
            ["read,write", "Read and write"],
            ["read", "Read only"],
          ]}
          error={form.errors.scopes}
        />
        <TextField
          label="Expires on (optional)"
          type="date"
          value={form.values.expires_at}
          onValue={(value) => form.set("expires_at", value)}
          error={form.errors.expires_at}
        />
        <div class="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={form.submitting}>
            Create token
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
