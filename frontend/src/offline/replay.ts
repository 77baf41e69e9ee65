// The rules of the outbox, as plain functions: what an answer to a replayed write means, and
// whether a change refused with 412 really conflicts with what changed on the server.

export type Fields = Record<string, unknown>;

/**
 * What the server's answer to a write means for the outbox item:
 * - `acknowledged`: done, the item goes;
 * - `retry_later`: no network, a timeout, overload or a server fault — keep it, try again later;
 * - `signed_out`: the session ended — keep it until this user signs in again;
 * - `changed_elsewhere`: 412, the object changed since the change was written (see `compare`);
 * - `refused`: the server will never take it as it is (gone, invalid) — keep it for the user.
 */
export type Outcome = "acknowledged" | "retry_later" | "signed_out" | "changed_elsewhere" | "refused";

export function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return "acknowledged";
  if (status === 0 || status === 408 || status === 425 || status === 429 || status >= 500) return "retry_later";
  if (status === 401) return "signed_out";
  if (status === 412) return "changed_elsewhere";
  return "refused";
}

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** Equal as JSON values (absent and null are the same; times compare as instants). */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string" && INSTANT.test(a) && INSTANT.test(b)) return Date.parse(a) === Date.parse(b);
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * A queued change (`mine`) against the server's current version (`theirs`), knowing what the
 * changed fields held when the change was written (`base`):
 * - `already_applied`: the server already holds every value (an earlier attempt got through);
 * - `reapply`: other fields changed meanwhile, not these: send it again on the new version;
 * - `conflict`: someone else changed one of these fields too — the user decides.
 */
export function compare(mine: Fields, base: Fields | undefined, theirs: Fields): "already_applied" | "reapply" | "conflict" {
  const keys = Object.keys(mine);
  if (keys.every((key) => same(theirs[key], mine[key]))) return "already_applied";
  if (base && keys.every((key) => same(theirs[key], base[key]) || same(theirs[key], mine[key]))) return "reapply";
  return "conflict";
}

/** The values a change is about to replace, as the user saw them. */
export function baseOf(current: object, change: object): Fields {
  const values = current as Fields;
  return Object.fromEntries(Object.keys(change).map((key) => [key, values[key] ?? null]));
}

/** An object as it will be once changes still waiting on the device are applied, in order. */
export function withChanges<T>(body: T, changes: readonly Fields[]): T {
  return changes.reduce<T>((current, change) => ({ ...current, ...change }), body);
}

/** How long to wait before trying the outbox again after the n-th failed attempt in a row. */
export function retryDelay(attempt: number): number {
  return Math.min(60_000, 5_000 * 2 ** Math.max(0, attempt));
}
