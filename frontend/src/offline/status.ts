// The page's connection and its outbox, as the banner and the screens see them, and the writes
// that work offline. The offline store itself (IndexedDB) and the service worker load after
// first paint: `offline()` imports them on first use.
import { useEffect, useState } from "preact/hooks";
import type { Schemas } from "../api/client";
import { baseOf, type Fields } from "./replay";

export interface Write {
  method: "POST" | "PATCH";
  /** The concrete path, e.g. /api/v1/contacts/<id>/interactions. */
  url: string;
  body: Fields;
  /** How the outbox names it: "Touch with Sam Rivera". */
  label: string;
  ifMatch?: string;
  /** For a change: what its fields held when it was written (to tell conflicts apart). */
  base?: Fields;
}

export interface OutboxItem extends Write {
  seq: number;
  idempotencyKey: string;
  userId: string;
  createdAt: string;
  /** waiting: to be sent; conflict / refused: kept for the user to decide. */
  state: "waiting" | "conflict" | "refused";
  /** Why the server refused it. */
  problem?: string;
  /** For a conflict: the server's version of the changed fields. */
  theirs?: Fields;
}

export interface ConnectionState {
  userId: string | null;
  /** The last request found no network (or the browser says so). */
  offline: boolean;
  /** When the oldest offline copy shown since going offline was saved. */
  syncedAt: string | null;
  /** This user's writes kept on the device, oldest first. */
  outbox: OutboxItem[];
  syncing: boolean;
  /** A new version of the app is installed and waits for a reload. */
  updateReady: boolean;
}

let state: ConnectionState = {
  userId: null,
  offline: typeof navigator !== "undefined" && navigator.onLine === false,
  syncedAt: null,
  outbox: [],
  syncing: false,
  updateReady: false,
};
const listeners = new Set<() => void>();
const syncedListeners = new Set<(acknowledged: OutboxItem[]) => void>();

export function connection(): ConnectionState {
  return state;
}

export function updateConnection(change: Partial<ConnectionState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

export function useConnection(): ConnectionState {
  const [, rerender] = useState(0);
  useEffect(() => {
    const listener = () => rerender((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return state;
}

/** Called after the outbox delivered writes, with what the server acknowledged. */
export function announceSynced(acknowledged: OutboxItem[]): void {
  for (const listener of syncedListeners) listener(acknowledged);
}

/** Runs `listener` whenever writes kept on the device reached the server (to reload data). */
export function useSynced(listener: (acknowledged: OutboxItem[]) => void): void {
  useEffect(() => {
    syncedListeners.add(listener);
    return () => void syncedListeners.delete(listener);
  });
}

let sync: Promise<typeof import("./sync")> | null = null;
/** The offline store and outbox (IndexedDB), loaded on first use. */
export function offline(): Promise<typeof import("./sync")> {
  return (sync ??= import("./sync"));
}

/** After first paint: the service worker (install, open offline), and the outbox if it waits. */
export function startOffline(): void {
  const start = () => {
    void import("./install").then((install) => install.registerServiceWorker());
    window.addEventListener("online", () => void offline().then((s) => s.flush()));
    window.addEventListener("offline", () => updateConnection({ offline: true }));
  };
  if (document.readyState === "complete") setTimeout(start, 0);
  else window.addEventListener("load", () => setTimeout(start, 0), { once: true });
}

/** Who is signed in (null: signed out, which drops the offline copies of their data). */
export function setSignedIn(userId: string | null): void {
  // Signed out, the copies go even if this page never knew who was signed in (a session that
  // expired between visits leaves nobody's data readable offline).
  if (userId !== null && userId === state.userId) return;
  updateConnection({ userId, outbox: userId ? state.outbox : [] });
  void offline()
    .then((s) => (userId ? s.signedIn(userId) : s.signedOut()))
    .catch(() => undefined); // no IndexedDB (a private window): nothing is kept offline
}

/** A write the server has not answered yet: it waits on this device and syncs later. */
export const SAVED_ON_DEVICE = "saved_on_device" as const;
export type Sent<T> = { data: T; etag: string } | typeof SAVED_ON_DEVICE;

async function send<T>(write: Write): Promise<Sent<T>> {
  return (await offline()).send<T>(write);
}

const words = (body: object) => Object.keys(body).map((key) => key.replace(/_/g, " ")).join(", ");

export function logTouch(contactId: string, body: Schemas["InteractionCreate"], label: string) {
  return send<Schemas["InteractionRead"]>({ method: "POST", url: `/api/v1/contacts/${contactId}/interactions`, body, label });
}

export function addContact(body: Schemas["ContactCreate"]) {
  return send<Schemas["ContactRead"]>({ method: "POST", url: "/api/v1/contacts", body, label: `New contact: ${body.full_name}` });
}

export function changeContact(contact: Schemas["ContactRead"], etag: string, body: Schemas["ContactUpdate"]) {
  return send<Schemas["ContactRead"]>({
    method: "PATCH",
    url: `/api/v1/contacts/${contact.id}`,
    body,
    ifMatch: etag || undefined,
    base: baseOf(contact, body),
    label: `${contact.full_name}: ${words(body)}`,
  });
}

export function changeInterview(interview: Schemas["InterviewRead"], etag: string, body: Schemas["InterviewUpdate"], label: string) {
  return send<Schemas["InterviewRead"]>({
    method: "PATCH",
    url: `/api/v1/interviews/${interview.id}`,
    body,
    ifMatch: etag || undefined,
    base: baseOf(interview, body),
    label: `${label}: ${words(body)}`,
  });
}

export function changeReminder(reminder: { id: string; title: string }, body: Schemas["ReminderUpdate"], label: string) {
  return send<Schemas["ReminderRead"]>({ method: "PATCH", url: `/api/v1/reminders/${reminder.id}`, body, label: `“${reminder.title}”: ${label}` });
}

/** Writes to reminders still waiting on this device (ticked or snoozed offline), by reminder id. */
export function waitingReminderIds(outbox: readonly OutboxItem[]): Set<string> {
  return new Set(outbox.filter((item) => item.state === "waiting" && item.url.startsWith("/api/v1/reminders/")).map((item) => item.url.split("/").pop()!));
}
