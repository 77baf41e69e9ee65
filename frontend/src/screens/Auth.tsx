import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { useEffect } from "preact/hooks";
import { api, ok } from "../api/client";
import { SaveForm, TimeZoneField } from "../components/SaveForm";
import { Button, TextField } from "../components/ui";
import { useForm, type FormState } from "../lib/forms";
import { browserTimeZone } from "../lib/time";
import { useSession } from "../session";

/** The card a signed-out visitor sees: the brand, one form, and the way to the other form. */
function AuthForm<T>({
  title,
  form,
  save,
  onSaved,
  submitLabel,
  other,
  children,
}: {
  title: string;
  form: FormState<T>;
  save: (values: T) => Promise<unknown>;
  onSaved?: () => void;
  submitLabel: string;
  other: ComponentChildren;
  children: ComponentChildren;
}) {
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
        <SaveForm form={form} save={save} onSaved={onSaved}>
          {children}
          <Button type="submit" variant="primary" busy={form.submitting}>
            {submitLabel}
          </Button>
        </SaveForm>
        <p class="auth__switch">{other}</p>
      </div>
    </main>
  );
}

export function SignIn() {
  const { signedIn } = useSession();
  const form = useForm({ email: "", password: "" });
  return (
    <AuthForm
      title="Sign in"
      form={form}
      save={async (values) => signedIn((await ok(api.POST("/api/v1/auth/login", { body: values }))).user)}
      submitLabel="Sign in"
      other={
        <>
          New to Rapport? <a href="/signup">Create an account</a>
        </>
      }
    >
      <TextField label="E-mail" type="email" autoComplete="username" required {...form.field("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" required {...form.field("password")} />
    </AuthForm>
  );
}

export function SignUp() {
  const { signedIn } = useSession();
  const { route } = useLocation();
  const form = useForm({ name: "", email: "", password: "", timezone: browserTimeZone() });
  return (
    <AuthForm
      title="Create your account"
      form={form}
      save={async (values) => signedIn((await ok(api.POST("/api/v1/auth/register", { body: values }))).user)}
      onSaved={() => route("/", true)}
      submitLabel="Create account"
      other={
        <>
          Already have an account? <a href="/signin">Sign in</a>
        </>
      }
    >
      <TextField label="Your name" autoComplete="name" required {...form.field("name")} />
      <TextField label="E-mail" type="email" autoComplete="email" required {...form.field("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters. A short sentence works well."
        {...form.field("password")}
      />
      <TimeZoneField hint="Reminders and interview times are shown in this zone." {...form.field("timezone")} />
    </AuthForm>
  );
}
