// Times come from the API in UTC; people read and type them in their own time zone (from /me).

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = timeZone + JSON.stringify(options);
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", { timeZone, ...options });
    formatters.set(key, found);
  }
  return found;
}

function safeZone(timeZone: string | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** "Tue, Mar 4, 2025, 3:30 PM" in the zone. */
export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "—";
  return formatter(safeZone(timeZone), {
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** "Mar 4, 2025" in the zone. */
export function formatDate(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "—";
  return formatter(safeZone(timeZone), { month: "short", day: "numeric", year: "numeric" }).format(
    new Date(iso),
  );
}

/** "3:30 PM" in the zone. */
export function formatTime(iso: string, timeZone: string): string {
  return formatter(safeZone(timeZone), { hour: "numeric", minute: "2-digit" }).format(new Date(iso));
}

function parts(instant: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone, {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant))) {
    if (part.type !== "literal") out[part.type] = Number(part.value);
  }
  return out;
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = parts(instant, safeZone(timeZone));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return asUtc - (instant - (instant % 1000 + 1000) % 1000);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The wall time `YYYY-MM-DDTHH:mm` (for <input type="datetime-local">) of an instant in a zone. */
export function toZonedInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  const p = parts(new Date(iso).getTime(), safeZone(timeZone));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour % 24)}:${pad(p.minute)}`;
}

/** The UTC instant (ISO string) of a wall time typed in a zone; null when it is not a time.
 * A time skipped by a DST jump resolves forward, like most calendar apps. */
export function fromZonedInput(wall: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const zone = safeZone(timeZone);
  const guess = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  let instant = guess - zoneOffsetMs(guess, zone);
  const second = zoneOffsetMs(instant, zone);
  if (second !== zoneOffsetMs(guess, zone)) instant = guess - second;
  return new Date(instant).toISOString();
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayKey(iso: string | number | Date, timeZone: string): string {
  const p = parts(new Date(iso).getTime(), safeZone(timeZone));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

/** "in 3 days", "yesterday", "2 hours ago", "today" — whole days counted in the zone. */
export function formatRelative(iso: string, timeZone: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const diffMs = then.getTime() - now.getTime();
  if (Math.abs(diffMs) < 3_600_000) {
    const minutes = Math.round(diffMs / 60_000);
    return minutes === 0 ? "now" : relative.format(minutes, "minute");
  }
  const days = daysBetween(dayKey(now, timeZone), dayKey(then, timeZone));
  if (days === 0) return relative.format(Math.round(diffMs / 3_600_000), "hour");
  if (Math.abs(days) < 14) return relative.format(days, "day");
  if (Math.abs(days) < 60) return relative.format(Math.round(days / 7), "week");
  return relative.format(Math.round(days / 30), "month");
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(fromDay: string, toDay: string): number {
  const [a, b] = [fromDay, toDay].map((day) => {
    const [y, m, d] = day.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  });
  return Math.round((b - a) / 86_400_000);
}

/** Whether a due time is before now (overdue), within today in the zone, or later. */
export function dueState(
  iso: string,
  timeZone: string,
  now: Date = new Date(),
): "overdue" | "today" | "upcoming" {
  if (new Date(iso).getTime() < now.getTime()) return "overdue";
  return dayKey(iso, timeZone) === dayKey(now, timeZone) ? "today" : "upcoming";
}

/** Time zones the browser knows, for the timezone picker. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.("timeZone") ?? [];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
