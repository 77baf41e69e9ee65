import { describe, expect, it } from "vitest";
import { STOPPED, clock, elapsed, parseTimer, pause, start, timerView } from "./timer";

describe("interview timer", () => {
  it("counts only running time across pauses", () => {
    let timer = start(STOPPED, 0);
    timer = pause(timer, 60_000);
    timer = start(timer, 120_000);
    expect(elapsed(timer, 150_000)).toBe(90_000);
  });

  it("ignores a second start or pause", () => {
    const running = start(STOPPED, 1000);
    expect(start(running, 5000)).toBe(running);
    const paused = pause(running, 2000);
    expect(pause(paused, 9000)).toBe(paused);
  });

  it("warns in the last five minutes and shows time over after the agreed length", () => {
    const timer = start(STOPPED, 0);
    expect(timerView(STOPPED, 30, 0).phase).toBe("not_started");
    expect(timerView(timer, 30, 10 * 60_000)).toMatchObject({ phase: "on_time", label: "20:00 left" });
    expect(timerView(timer, 30, 26 * 60_000).phase).toBe("wrap_up");
    const over = timerView(timer, 30, 31 * 60_000 + 5000);
    expect(over).toMatchObject({ phase: "over", label: "1:05 over", progress: 1 });
  });

  it("formats clocks past an hour", () => {
    expect(clock(3_725_000)).toBe("1:02:05");
    expect(clock(65_000)).toBe("1:05");
  });

  it("survives a reload from what was stored, and ignores garbage", () => {
    expect(parseTimer(JSON.stringify({ runningSince: 5, accumulated: 10 }))).toEqual({
      runningSince: 5,
      accumulated: 10,
    });
    expect(parseTimer("{oops")).toEqual(STOPPED);
    expect(parseTimer(null)).toEqual(STOPPED);
  });
});
