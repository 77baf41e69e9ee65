// Who is signed in. The session itself is an HttpOnly cookie the page never sees; we keep only
// the profile (/me) in memory, and nothing in localStorage.
import { createContext, type ComponentChildren } from "preact";
import { useCallback, useContext, useEffect, useMemo, useState } from "preact/hooks";
import { ApiError, api, ok, onSignedOut, type Schemas } from "./api/client";
import { setSignedIn } from "./offline/status";

export type Me = Schemas["MeRead"];
type Status = "loading" | "signed_in" | "signed_out" | "offline";

interface SessionValue {
  status: Status;
  me: Me | null;
  timeZone: string;
  signedIn: (me: Me) => void;
  setMe: (me: Me) => void;
  /** Signs out; `farewell` shows on the sign-in screen until someone signs in again. */
  signOut: (farewell?: string) => Promise<void>;
  /** What the last sign-out had to say, if anything. */
  farewell: string | null;
  retry: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [status, setStatus] = useState<Status>("loading");
  const [me, setMe] = useState<Me | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [farewell, setFarewell] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    ok(api.GET("/api/v1/me")).then(
      (profile) => {
        if (!live) return;
        setMe(profile);
        setStatus("signed_in");
      },
      (error) => {
        if (!live) return;
        setStatus(error instanceof ApiError && error.status === 401 ? "signed_out" : "offline");
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // The offline store follows who is signed in: signing out drops the copies of their data.
  useEffect(() => {
    if (status === "signed_out") setSignedIn(null);
    else if (me) setSignedIn(me.id);
  }, [status, me?.id]);

  useEffect(
    () =>
      onSignedOut(() => {
        setMe(null);
        setStatus("signed_out");
      }),
    [],
  );

  const signedIn = useCallback((profile: Me) => {
    setFarewell(null);
    setMe(profile);
    setStatus("signed_in");
  }, []);

  const signOut = useCallback(async (message?: string) => {
    setFarewell(message ?? null);
    try {
      await api.POST("/api/v1/auth/logout");
    } finally {
      setMe(null);
      setStatus("signed_out");
    }
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      me,
      timeZone: me?.timezone ?? "UTC",
      signedIn,
      setMe,
      signOut,
      farewell,
      retry: () => {
        setStatus("loading");
        setAttempt((n) => n + 1);
      },
    }),
    [status, me, signedIn, signOut, farewell],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
