import { useLocation } from "preact-iso";
import { useEffect } from "preact/hooks";
import { api, ok } from "../api/client";
import { Button, FormError, SelectField, TextField } from "../components/ui";
import { useForm } from "../lib/forms";
import { browserTimeZone, timeZones } from "../lib/time";
import { useSession } from "../session";

function AuthFrame({ title, children }: { title: string; children: preact.ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Rapport`;
  }, [title]);
  return (
    <main class="auth" id="main">
      <div class="auth__card">
        <div class="brand brand--large" aria-hidden="true">
          <span class="brand__mark" />
          <span>Rapport</span>
        </div>
        <p class="auth__tagline">Informational interviews, from first e-mail to thank-you and beyond.</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function SignIn() {
  const { signedIn } = useSession();
  const form = useForm({ email: "", password: "" });
  return (
    <AuthFrame title="Sign in">
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await form.submit(async (values) => {
            const session = await ok(api.POST("/api/v1/auth/login", { body: values }));
            signedIn(session.user);
          });
        }}
      >
        <FormError message={form.general} />
        <TextField
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          value={form.values.email}
          onValue={(value) => form.set("email", value)}
          error={form.errors.email}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onValue={(value) => form.set("password", value)}
          error={form.errors.password}
        />
        <Button type="submit" variant="primary" busy={form.submitting}>
          Sign in
        </Button>
      </form>
      <p class="auth__switch">
        New to Rapport? <a href="/signup">Create an account</a>
      </p>
    </AuthFrame>
  );
}

export function SignUp() {
  const { signedIn } = useSession();
  const { route } = useLocation();
  const zones = timeZones();
  const form = useForm({ name: "", email: "", password: "", timezone: browserTimeZone() });
  return (
    <AuthFrame title="Create your account">
      <form
        class="stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await form.submit(async (values) => {
            const session = await ok(api.POST("/api/v1/auth/register", { body: values }));
            signedIn(session.user);
          });
          if (saved) route("/", true);
        }}
      >
        <FormError message={form.general} />
        <TextField
          label="Your name"
          autoComplete="name"
          required
          value={form.values.name}
          onValue={(value) => form.set("name", value)}
          error={form.errors.name}
        />
        <TextField
          label="E-mail"
          type="email"
          autoComplete="email"
          required
          value={form.values.email}
          onValue={(value) => form.set("email", value)}
          error={form.errors.email}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          hint="At least 8 characters. A short sentence works well."
          value={form.values.password}
          onValue={(value) => form.set("password", value)}
          error={form.errors.password}
        />
        <SelectField
          label="Time zone"
          value={form.values.timezone}
          onValue={(value) => form.set("timezone", value)}
          options={zones.map((zone) => [zone, zone.replace(/_/g, " ")] as const)}
          error={form.errors.timezone}
          hint="Reminders and interview times are shown in this zone."
        />
        <Button type="submit" variant="primary" busy={form.submitting}>
          Create account
        </Button>
      </form>
      <p class="auth__switch">
        Already have an account? <a href="/signin">Sign in</a>
      </p>
    </AuthFrame>
  );
}
