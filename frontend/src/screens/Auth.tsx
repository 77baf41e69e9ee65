import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { useEffect, useState } from "preact/hooks";
import { api, ok, type Schemas } from "../api/client";
import { SaveForm, TimeZoneField } from "../components/SaveForm";
import { Button, TextField } from "../components/ui";
import { useForm, type FieldBinding, type FormState } from "../lib/forms";
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
  done,
  children,
}: {
  title: string;
  form: FormState<T>;
  save: (values: T) => Promise<unknown>;
  onSaved?: () => void;
  submitLabel: string;
  other: ComponentChildren;
  /** Shown instead of the form once it has done its work. */
  done?: ComponentChildren;
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
        {done ? (
          <div role="status">{done}</div>
        ) : (
          <SaveForm form={form} save={save} onSaved={onSaved}>
            {children}
            <Button type="submit" variant="primary" busy={form.submitting}>
              {submitLabel}
            </Button>
          </SaveForm>
        )}
        <p class="auth__switch">{other}</p>
      </div>
    </main>
  );
}

/** A password being chosen (signing up, or with a reset link). */
function NewPasswordField({ label, ...field }: FieldBinding & { label: string }) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={8}
      hint="At least 8 characters. A short sentence works well."
      {...field}
    />
  );
}

export function SignIn() {
  const { signedIn, farewell } = useSession();
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
      {farewell && (
        <p class="notice" role="status">
          {farewell}
        </p>
      )}
      <TextField label="E-mail" type="email" autoComplete="username" required {...form.field("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" required {...form.field("password")} />
      <a class="auth__forgot" href="/forgot-password">
        Forgot your password?
      </a>
    </AuthForm>
  );
}

export function ForgotPassword() {
  const form = useForm({ email: "" });
  const [answer, setAnswer] = useState<Schemas["PasswordResetRequested"] | null>(null);
  return (
    <AuthForm
      title="Forgot your password?"
      form={form}
      save={async (values) => setAnswer(await ok(api.POST("/api/v1/auth/password-reset", { body: values })))}
      submitLabel="E-mail me a link"
      other={<a href="/signin">Back to sign in</a>}
      done={
        answer &&
        (answer.email_enabled ? (
          <p>
            If an account has the address {form.values.email}, a link to choose a new password is on its way. It works once, for an
            hour.
          </p>
        ) : (
          <p>
            This Rapport server sends no e-mail. Ask whoever runs it to set a new password for you (<code>rapport user set-password</code>
            ).
          </p>
        ))
      }
    >
      <TextField label="E-mail" type="email" autoComplete="username" required {...form.field("email")} />
    </AuthForm>
  );
}

/** The page the e-mailed link opens; its secret is after `#`, so it never reaches a server log. */
export function ResetPassword() {
  const [token] = useState(() => globalThis.location.hash.slice(1));
  useEffect(() => {
    // The secret leaves the address bar (and the history) once read.
    globalThis.history.replaceState(null, "", globalThis.location.pathname);
  }, []);
  const form = useForm({ new_password: "" });
  const [done, setDone] = useState(false);
  return (
    <AuthForm
      title="Choose a new password"
      form={form}
      save={(values) => ok(api.POST("/api/v1/auth/password-reset/confirm", { body: { token, ...values } }))}
      onSaved={() => setDone(true)}
      submitLabel="Set password"
      other={<a href="/forgot-password">Ask for a new link</a>}
      done={
        done && (
          <p>
            Your new password is set, and every browser that was signed in is signed out. <a href="/signin">Sign in</a> with it.
          </p>
        )
      }
    >
      <NewPasswordField label="New password" {...form.field("new_password")} />
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
      <NewPasswordField label="Password" {...form.field("password")} />
      <TimeZoneField hint="Reminders and interview times are shown in this zone." {...form.field("timezone")} />
    </AuthForm>
  );
}
