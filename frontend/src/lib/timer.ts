// The interview timer: elapsed time against the agreed length, surviving pauses and reloads.

export interface TimerData {
  /** ms epoch when the current run started, or null when paused/stopped */
  runningSince: number | null;
  /** ms accumulated in earlier runs */
  accumulated: number;
}

export const STOPPED: TimerData = { runningSince: null, accumulated: 0 };

export function elapsed(timer: TimerData, now: number): number {
  return timer.accumulated + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

export function start(timer: TimerData, now: number): TimerData {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

export function pause(timer: TimerData, now: number): TimerData {
  return timer.runningSince === null
    ? timer
    : { runningSince: null, accumulated: elapsed(timer, now) };
}

export type TimerPhase = "not_started" | "on_time" | "wrap_up" | "over";

export interface TimerView {
  elapsedMs: number;
  remainingMs: number;
  phase: TimerPhase;
  /** 0..1 of the agreed length used */
  progress: number;
  label: string;
}

/** What the timer shows; "wrap up" in the last 5 minutes (or last 15 % of short calls). */
export function timerView(timer: TimerData, durationMinutes: number, now: number): TimerView {
  const total = Math.max(1, durationMinutes) * 60_000;
  const spent = elapsed(timer, now);
  const remaining = total - spent;
  const wrapUp = Math.min(5 * 60_000, total * 0.15);
  let phase: TimerPhase = "on_time";
  if (spent === 0 && timer.runningSince === null) phase = "not_started";
  else if (remaining <= 0) phase = "over";
  else if (remaining <= wrapUp) phase = "wrap_up";
  const label =
    remaining >= 0 ? `${clock(remaining)} left` : `${clock(-remaining)} over`;
  return { elapsedMs: spent, remainingMs: remaining, phase, progress: Math.min(1, spent / total), label };
}

/** mm:ss, or h:mm:ss past an hour. */
export function clock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(h ? 2 : 1, "0");
  const ss = String(s).padStart(2, "0");
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function parseTimer(raw: string | null): TimerData {
  if (!raw) return STOPPED;
  try {
    const value = JSON.parse(raw) as Partial<TimerData>;
    const runningSince = typeof value.runningSince === "number" ? value.runningSince : null;
    const accumulated = typeof value.accumulated === "number" ? Math.max(0, value.accumulated) : 0;
    return { runningSince, accumulated };
  } catch {
    return STOPPED;
  }
}
