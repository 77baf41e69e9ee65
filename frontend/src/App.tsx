import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from "preact-iso";
import type { ComponentType } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { Icon, type IconName } from "./components/Icon";
import { ConnectionBanner } from "./components/ConnectionBanner";
import { SignOutButton } from "./components/SignOutButton";
import { ErrorState, Loading } from "./components/ui";
import { ContactPage } from "./screens/ContactPage";
import { Contacts } from "./screens/Contacts";
import { NotFound } from "./screens/NotFound";
import { ForgotPassword, ResetPassword, SignIn, SignUp } from "./screens/Auth";
import { SessionProvider, useSession } from "./session";
import { Today } from "./screens/Today";
import { InterviewPage } from "./screens/InterviewPage";
import { Interviews } from "./screens/Interviews";
import { readCounselorLink } from "./lib/counselorLink";

// Heavier or rarer screens load on demand, keeping the first visit small (the service worker
// precaches them, so they open offline too).
const Network = lazy(() => import("./screens/Network").then((module) => module.Network));
const Import = lazy(() => import("./screens/Import").then((module) => module.Import));
const Questions = lazy(() => import("./screens/Questions").then((module) => module.Questions));
const Templates = lazy(() => import("./screens/Templates").then((module) => module.Templates));
const Settings = lazy(() => import("./screens/Settings").then((module) => module.Settings));
const Shares = lazy(() => import("./screens/Shares").then((module) => module.Shares));
const SharedWithMe = lazy(() => import("./screens/SharedWithMe").then((module) => module.SharedWithMe));
const SharedView = lazy(() => import("./screens/SharedView").then((module) => module.SharedScreen));

// The main menu's screens: each one's address, its menu entry and what it shows.
const SCREENS: { href: string; label: string; icon: IconName; component: ComponentType<any> }[] = [
  { href: "/", label: "Today", icon: "today", component: Today },
  { href: "/contacts", label: "Contacts", icon: "contacts", component: Contacts },
  { href: "/interviews", label: "Interviews", icon: "interviews", component: Interviews },
  { href: "/network", label: "Network", icon: "network", component: Network },
  { href: "/questions", label: "Question bank", icon: "questions", component: Questions },
  { href: "/templates", label: "Templates", icon: "templates", component: Templates },
  { href: "/import", label: "Import", icon: "import", component: Import },
  { href: "/shares", label: "Share with a counselor", icon: "link", component: Shares },
  { href: "/shared", label: "Shared with me", icon: "eye", component: SharedWithMe },
  { href: "/settings", label: "Settings", icon: "settings", component: Settings },
];

export function App() {
  return (
    <LocationProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </LocationProvider>
  );
}

function Gate() {
  const { status, retry } = useSession();
  const { path } = useLocation();
  // A counselor's share link opens its read-only view without any account.
  const link = readCounselorLink(path, globalThis.location?.hash ?? "");
  if (link) {
    return (
      <ErrorBoundary>
        <SharedView link={link} />
      </ErrorBoundary>
    );
  }
  // The link from a password-reset e-mail works signed in or not.
  if (path === "/reset-password") return <ResetPassword />;
  if (status === "signed_out") {
    if (path === "/signup") return <SignUp />;
    return path === "/forgot-password" ? <ForgotPassword /> : <SignIn />;
  }
  if (status === "offline") {
    return (
      <main class="auth">
        <ErrorState message="Could not reach Rapport. Check your connection and try again." onRetry={retry} />
      </main>
    );
  }
  // While /me loads, the screen already starts loading its own data (no waterfall).
  return <Shell />;
}

function Shell() {
  const { me } = useSession();
  const { path, route } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    // Tell assistive technology the page changed by moving focus to the new content.
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  useEffect(() => {
    // Signed in at /signin or /signup: go home (while /me loads, the sign-up link stays put).
    if (me && (path === "/signin" || path === "/signup")) route("/", true);
  }, [me, path, route]);

  const current = (href: string) => (href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`));

  return (
    <div class="app">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="/" aria-label="Rapport — Today">
          <span class="brand__mark" aria-hidden="true" />
          <span>Rapport</span>
        </a>
        <button
          type="button"
          class="icon-btn topbar__menu"
          aria-expanded={menuOpen}
          aria-controls="primary-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <Icon name={menuOpen ? "close" : "menu"} />
          <span class="visually-hidden">Menu</span>
        </button>
      </header>
      <nav id="primary-nav" class={`sidebar${menuOpen ? " sidebar--open" : ""}`} aria-label="Main">
        <a class="brand sidebar__brand" href="/">
          <span class="brand__mark" aria-hidden="true" />
          <span>Rapport</span>
        </a>
        <ul>
          {SCREENS.map((item) => (
            <li key={item.href}>
              <a href={item.href} class="nav-link" aria-current={current(item.href) ? "page" : undefined}>
                <Icon name={item.icon} />
                <span>{item.label}</span>
              </a>
            </li>
          ))}
        </ul>
        <div class="sidebar__footer">
          {me && (
            <p class="sidebar__user" title={me.email}>
              <span class="sidebar__name">{me.name}</span>
              <span class="sidebar__email">{me.email}</span>
            </p>
          )}
          <SignOutButton />
        </div>
      </nav>
      <main id="main" class="main" tabIndex={-1} ref={main}>
        <ConnectionBanner />
        <ErrorBoundary>
          {/* Screens mount (and start loading) while /me is still on its way: no waterfall. */}
          {!me && <Loading />}
          <div hidden={!me}>
            <Router>
              {SCREENS.map((screen) => (
                <Route key={screen.href} path={screen.href} component={screen.component} />
              ))}
              <Route path="/contacts/:id" component={ContactPage} />
              <Route path="/interviews/:id" component={InterviewPage} />
              <Route path="/shared/:id" component={SharedView} />
              <Route default component={NotFound} />
            </Router>
          </div>
        </ErrorBoundary>
      </main>
    </div>
  );
}
