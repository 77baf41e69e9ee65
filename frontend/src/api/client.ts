// The one typed API client (generated types from openapi.json + openapi-fetch). Screens call
// `api.GET("/api/v1/...")` and unwrap the answer with `ok()`; nothing else builds requests.
import createClient, { type Middleware } from "openapi-fetch";
import { connection, offline, updateConnection } from "../offline/status";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type Problem = Schemas["ProblemDetails"];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const CSRF_COOKIE = "rapport_csrf";

/** The CSRF token the session cookie was issued with (the cookie is readable on purpose). */
export function csrfToken(cookie: string = globalThis.document?.cookie ?? ""): string {
  for (const part of cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join("="));
  }
  return "";
}

type Listener = () => void;
export const signedOutListeners = new Set<Listener>();
/** Called when any request answers 401 (the session ended or was revoked elsewhere). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

const session: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method)) {
      const token = csrfToken();
      if (token) request.headers.set("X-CSRF-Token", token);
    }
    return request;
  },
  onResponse({ request, response }) {
    // A request sent with its own credential (a counselor's share link) failing says nothing
    // about the browser's session.
    const ownCredential = request.headers.has("Authorization");
    if (response.status === 401 && !ownCredential && !new URL(request.url).pathname.startsWith("/api/v1/auth/")) {
      for (const listener of signedOutListeners) listener();
    }
    return response;
  },
};

/** The reads kept on the device for offline use: the screens a student opens on the go. */
const OFFLINE_READS = /^\/api\/v1\/(me|dashboard|network|contacts|interviews|reminders|referrals|questions|templates)(\/\{\w+\}(\/(timeline|interactions))?)?$/;
/** Marks an answer served from the device's copy, not by the server. */
export const OFFLINE_COPY = "X-Rapport-Offline-Copy";

const where = (request: Request) => {
  const url = new URL(request.url);
  return url.pathname + url.search;
};

/** Answers are copied to the device as they arrive; with no network, the copy answers. */
const offlineCopies: Middleware = {
  onResponse({ request, response, schemaPath }) {
    if (response.headers.has(OFFLINE_COPY)) return response;
    cameOnline();
    if (request.method === "GET" && response.ok && OFFLINE_READS.test(schemaPath)) {
      const etag = response.headers.get("ETag") ?? "";
      void response
        .clone()
        .json()
        .then(async (body) => (await offline()).remember(where(request), body, etag))
        .catch(() => undefined);
    }
    return response;
  },
  async onError({ request, schemaPath }) {
    updateConnection({ offline: true });
    if (request.method !== "GET" || !OFFLINE_READS.test(schemaPath)) return;
    const copy = await (await offline()).recall(where(request)).catch(() => undefined);
    if (!copy) return;
    const shown = connection().syncedAt;
    if (!shown || copy.savedAt < shown) updateConnection({ syncedAt: copy.savedAt });
    return new Response(JSON.stringify(copy.body), {
      status: 200,
      headers: { "Content-Type": "application/json", ETag: copy.etag, [OFFLINE_COPY]: copy.savedAt },
    });
  },
};

/** The server answered: the connection is back, so writes waiting on the device can go. */
function cameOnline(): void {
  const { offline: wasOffline, outbox } = connection();
  if (wasOffline) updateConnection({ offline: false });
  if (outbox.some((item) => item.state === "waiting")) void offline().then((sync) => sync.flush());
}

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? "http://localhost",
  credentials: "same-origin",
});
api.use(session, offlineCopies);

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Partial<Problem> & { detail?: string }) {
    const full: Problem = {
      type: problem.type ?? "about:blank",
      title: problem.title ?? "Something went wrong",
      status,
      detail: problem.detail ?? problem.title ?? "The request failed.",
      errors: problem.errors ?? null,
    };
    super(full.detail);
    this.status = status;
    this.problem = full;
  }

  get isConflict(): boolean {
    return this.status === 412;
  }
}

export const NETWORK_PROBLEM = "Could not reach Rapport. Check your connection and try again.";

/** A user-facing sentence for any error. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 412) return "This was changed elsewhere — reload to see the latest version.";
    if (error.status === 429) return error.problem.detail || "Too many attempts; wait a moment.";
    if (error.status >= 500) return "Rapport had a problem answering. Please try again shortly.";
    return error.problem.detail || error.problem.title;
  }
  return NETWORK_PROBLEM;
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data, or an ApiError carrying the problem+json body. */
export async function ok<T>(request: Promise<Answer<T>>): Promise<T> {
  return (await withEtag(request)).data;
}

/** Like `ok`, keeping the ETag for a later `If-Match`. */
export async function withEtag<T>(request: Promise<Answer<T>>): Promise<{ data: T; etag: string }> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError(0, { title: "Network error", detail: NETWORK_PROBLEM });
  }
  const { data, error, response } = answer;
  if (!response.ok) {
    const problem =
      error && typeof error === "object" ? (error as Partial<Problem>) : { detail: undefined };
    throw new ApiError(response.status, problem);
  }
  return { data: data as T, etag: response.headers.get("ETag") ?? "" };
}

/** `If-Match` for an object we loaded with its ETag. */
export function ifMatch(etag: string | undefined): { "If-Match"?: string } {
  return etag ? { "If-Match": etag } : {};
}

