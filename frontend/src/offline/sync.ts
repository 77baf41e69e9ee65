// The offline store (IndexedDB through idb): copies of what the API answered, to read with no
// network, and the outbox of writes, replayed in order until the server acknowledges each one.
// Loaded after first paint (see status.ts); nothing here is in the initial bundle.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { ApiError, NETWORK_PROBLEM, csrfToken, signedOutListeners, type Problem } from "../api/client";
import { compare, outcomeOf, retryDelay, withChanges, type Fields } from "./replay";
import { SAVED_ON_DEVICE, announceSynced, connection, updateConnection, type OutboxItem, type Sent, type Write } from "./status";

interface Copy {
  url: string;
  body: unknown;
  etag: string;
  savedAt: string;
}

interface OfflineSchema extends DBSchema {
  copies: { key: string; value: Copy; indexes: { savedAt: string } };
  outbox: { key: number; value: OutboxItem };
}

/** Offline copies kept (the most recently fetched win): a few hundred screens' worth. */
const MAX_COPIES = 400;
/** A write that gets no answer in this time counts as not sent (its key makes a resend safe). */
const TIMEOUT_MS = 15_000;

let database: Promise<IDBPDatabase<OfflineSchema>> | null = null;
function db(): Promise<IDBPDatabase<OfflineSchema>> {
  return (database ??= openDB<OfflineSchema>("rapport-offline", 1, {
    upgrade(store) {
      store.createObjectStore("copies", { keyPath: "url" }).createIndex("savedAt", "savedAt");
      store.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true });
    },
  }));
}

// ------------------------------------------------------------------------------ offline copies

let sinceTrim = 0;

/** Keeps the answer to a GET for reading offline. */
export async function remember(url: string, body: unknown, etag: string): Promise<void> {
  const store = await db();
  await store.put("copies", { url, body, etag, savedAt: new Date().toISOString() });
  if (++sinceTrim >= 25) {
    sinceTrim = 0;
    const excess = (await store.count("copies")) - MAX_COPIES;
    if (excess > 0) {
      let cursor = await store.transaction("copies", "readwrite").store.index("savedAt").openCursor();
      for (let left = excess; cursor && left > 0; left--) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
    }
  }
}

/** The last answer to a GET, with this user's changes still waiting on the device applied. */
export async function recall(url: string): Promise<Copy | undefined> {
  const copy = await (await db()).get("copies", url);
  if (!copy) return undefined;
  const waiting = connection().outbox.filter((item) => item.state === "waiting" && item.method === "PATCH" && item.url === url);
  return waiting.length ? { ...copy, body: withChanges(copy.body as Fields, waiting.map((item) => item.body)) } : copy;
}

// ------------------------------------------------------------------------------------ outbox

/** Writes whose caller is waiting for the first answer, and that answer once it came. */
const callers = new Map<number, { data: unknown; etag: string } | { error: unknown } | null>();
let running: Promise<void> | null = null;
let again = false;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Keeps the write on the device first, then sends it (after any older waiting writes). Answers
 * the server's data, or SAVED_ON_DEVICE when there is no connection; a write the server refuses
 * at once (invalid, changed elsewhere) is dropped and thrown, so the form shows why.
 */
export async function send<T>(write: Write): Promise<Sent<T>> {
  const userId = connection().userId;
  if (!userId) throw new ApiError(401, { title: "Signed out", detail: "Sign in again to save this." });
  const item = { ...write, idempotencyKey: crypto.randomUUID(), userId, createdAt: new Date().toISOString(), state: "waiting" };
  let seq: number;
  try {
    seq = await (await db()).add("outbox", item as OutboxItem);
  } catch {
    return sendDirectly<T>(item as OutboxItem); // no IndexedDB here (a private window): no outbox
  }
  callers.set(seq, null);
  try {
    await publish();
    await flush();
    const answer = callers.get(seq);
    if (!answer) return SAVED_ON_DEVICE;
    if ("error" in answer) throw answer.error;
    return answer as { data: T; etag: string };
  } finally {
    callers.delete(seq);
  }
}

/** Without a place to keep it, a write is sent once, as any other request. */
async function sendDirectly<T>(item: OutboxItem): Promise<Sent<T>> {
  const answer = await request(item.method, item.url, item);
  if (!answer) throw new ApiError(0, { title: "Network error", detail: NETWORK_PROBLEM });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new ApiError(answer.status, body as Partial<Problem>);
  return { data: body as T, etag: answer.headers.get("ETag") ?? "" };
}

/** Sends the waiting writes in order, once at a time; stops at the first one without network. */
export function flush(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let result: "done" | "stopped";
    do {
      again = false;
      result = await drain();
    } while (again && result === "done");
  })()
    .catch(() => updateConnection({ syncing: false })) // no IndexedDB: nothing waits here
    .finally(() => {
      running = null;
    });
  return running;
}

async function drain(): Promise<"done" | "stopped"> {
  const userId = connection().userId;
  if (!userId) return "stopped";
  const delivered: OutboxItem[] = [];
  updateConnection({ syncing: true });
  try {
    for (;;) {
      const next = (await (await db()).getAll("outbox")).find((item) => item.userId === userId && item.state === "waiting");
      if (!next) break;
      const result = await deliver(next, 3);
      if (result === "stop") {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void flush(), retryDelay(failures++));
        return "stopped";
      }
      if (result === "acknowledged" && !callers.has(next.seq)) delivered.push(next);
    }
    failures = 0;
    return "done";
  } finally {
    await publish();
    updateConnection({ syncing: false });
    if (delivered.length) announceSynced(delivered);
  }
}

type Delivery = "acknowledged" | "kept" | "stop";

async function deliver(item: OutboxItem, attempts: number): Promise<Delivery> {
  const answer = await request(item.method, item.url, item);
  if (!answer) return "stop";
  switch (outcomeOf(answer.status)) {
    case "acknowledged":
      return acknowledge(item, answer.status === 204 ? null : await answer.json().catch(() => null), answer.headers.get("ETag") ?? "");
    case "retry_later":
      return "stop";
    case "signed_out":
      for (const listener of signedOutListeners) listener();
      return "stop";
    case "changed_elsewhere":
      return attempts > 0 ? changedElsewhere(item, attempts - 1) : keep(item, { state: "conflict" }, answer);
    case "refused":
      return keep(item, { state: "refused", problem: await problemOf(answer) }, answer);
  }
}

/** 412: compare with the server's version; resend, count as done, or keep it as a conflict. */
async function changedElsewhere(item: OutboxItem, attempts: number): Promise<Delivery> {
  const current = await request("GET", item.url);
  if (!current) return "stop";
  if (!current.ok) return outcomeOf(current.status) === "retry_later" ? "stop" : keep(item, { state: "refused", problem: await problemOf(current) }, current);
  const theirs = (await current.json()) as Fields;
  const etag = current.headers.get("ETag") ?? "";
  switch (compare(item.body, item.base, theirs)) {
    case "already_applied":
      return acknowledge(item, theirs, etag);
    case "reapply": {
      const again = { ...item, ifMatch: etag };
      await (await db()).put("outbox", again);
      return deliver(again, attempts);
    }
    case "conflict": {
      const shown = Object.fromEntries(Object.keys(item.body).map((key) => [key, theirs[key] ?? null]));
      return keep(item, { state: "conflict", theirs: shown }, new Response(null, { status: 412 }));
    }
  }
}

async function acknowledge(item: OutboxItem, data: unknown, etag: string): Promise<Delivery> {
  await (await db()).delete("outbox", item.seq);
  if (callers.has(item.seq)) callers.set(item.seq, { data, etag });
  updateConnection({ offline: false });
  return "acknowledged";
}

/**
 * The server will not take the write as it is. The form that sent it just now shows why (and
 * still holds what was typed), so the item goes; a write replayed later stays for the user.
 */
async function keep(item: OutboxItem, change: Partial<OutboxItem>, answer: Response): Promise<Delivery> {
  const store = await db();
  if (callers.has(item.seq)) {
    await store.delete("outbox", item.seq);
    const problem = await answer.clone().json().catch(() => ({}));
    callers.set(item.seq, { error: new ApiError(answer.status, problem as Partial<Problem>) });
  } else {
    await store.put("outbox", { ...item, ...change });
  }
  return "kept";
}

async function problemOf(answer: Response): Promise<string> {
  const problem = (await answer.clone().json().catch(() => ({}))) as Partial<Problem>;
  const fields = (problem.errors ?? []).map((error) => `${error.field.replace(/^body\./, "")}: ${error.message}`);
  return [problem.detail ?? problem.title ?? `Refused (${answer.status})`, ...fields].join(" ");
}

/** One request with the session's CSRF token and the write's own keys; undefined: no network. */
async function request(method: string, url: string, item?: OutboxItem): Promise<Response | undefined> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (item) {
    headers["Content-Type"] = "application/json";
    headers["X-CSRF-Token"] = csrfToken();
    if (item.method === "POST") headers["Idempotency-Key"] = item.idempotencyKey;
    if (item.ifMatch) headers["If-Match"] = item.ifMatch;
  }
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await fetch(url, { method, headers, body: item ? JSON.stringify(item.body) : undefined, credentials: "same-origin", signal: controller.signal });
  } catch {
    updateConnection({ offline: true });
    return undefined;
  } finally {
    clearTimeout(timeout);
  }
}

/** Shows this user's outbox (the banner, the review, waiting touches on a timeline). */
export async function publish(): Promise<void> {
  const userId = connection().userId;
  const items = userId ? (await (await db()).getAll("outbox")).filter((item) => item.userId === userId) : [];
  updateConnection({ outbox: items });
}

// ------------------------------------------------------------------------ the user's decisions

async function update(seq: number, change: (item: OutboxItem) => OutboxItem | null): Promise<void> {
  const store = await db();
  const item = await store.get("outbox", seq);
  if (item) {
    const next = change(item);
    await (next ? store.put("outbox", next) : store.delete("outbox", seq));
  }
  await publish();
}

/** Conflict: apply my change over the server's version, knowingly. */
export async function keepMine(seq: number): Promise<void> {
  const item = await (await db()).get("outbox", seq);
  if (!item) return;
  const current = await request("GET", item.url);
  if (!current?.ok) throw new ApiError(current?.status ?? 0, { detail: "Could not reach Rapport to load its version. Try again when online." });
  const etag = current.headers.get("ETag") ?? "";
  await update(seq, (stored) => ({ ...stored, state: "waiting", ifMatch: etag, theirs: undefined, problem: undefined }));
  await flush();
}

/** Refused: send it again as it is (say, once the contact exists again). */
export async function retry(seq: number): Promise<void> {
  await update(seq, (stored) => ({ ...stored, state: "waiting", problem: undefined }));
  await flush();
}

/** Drop a change kept on the device (the user chose the server's version, or gave it up). */
export function discard(seq: number): Promise<void> {
  return update(seq, () => null);
}

/** Drop every write of this user still on the device (they chose to sign out without them). */
export async function discardAll(): Promise<void> {
  const store = await db();
  for (const item of await store.getAll("outbox")) if (item.userId === connection().userId) await store.delete("outbox", item.seq);
  await publish();
}

export async function signedIn(_userId: string): Promise<void> {
  await publish();
  if (connection().outbox.some((item) => item.state === "waiting")) await flush();
}

/** Signed out: the offline copies of their data go (the outbox stays for when they are back). */
export async function signedOut(): Promise<void> {
  await (await db()).clear("copies");
  await publish();
}
