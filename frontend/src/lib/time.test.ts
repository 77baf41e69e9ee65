import { describe, expect, it } from "vitest";
import {
  dayKey,
  daysBetween,
  dueState,
  formatDateTime,
  formatRelative,
  fromZonedInput,
  toZonedInput,
  zoneOffsetMs,
} from "./time";

describe("time in the user's zone", () => {
  it("formats an instant in the given zone, not the machine's", () => {
    const iso = "2025-03-04T23:30:00Z";
    expect(formatDateTime(iso, "America/Chicago")).toBe("Tue, Mar 4, 2025, 5:30 PM");
    expect(formatDateTime(iso, "Europe/Berlin")).toBe("Wed, Mar 5, 2025, 12:30 AM");
  });

  it("falls back to UTC for an unknown zone instead of throwing", () => {
    expect(formatDateTime("2025-03-04T23:30:00Z", "Mars/Olympus")).toBe("Tue, Mar 4, 2025, 11:30 PM");
  });

  it("knows the offset on both sides of a DST change", () => {
    expect(zoneOffsetMs(Date.parse("2025-01-15T12:00:00Z"), "America/New_York")).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs(Date.parse("2025-07-15T12:00:00Z"), "America/New_York")).toBe(-4 * 3_600_000);
  });

  it("round-trips a datetime-local value through the zone", () => {
    const wall = "2025-07-15T09:45";
    const iso = fromZonedInput(wall, "America/Los_Angeles");
    expect(iso).toBe("2025-07-15T16:45:00.000Z");
    expect(toZonedInput(iso, "America/Los_Angeles")).toBe(wall);
  });

  it("reads a wall time in winter and summer with the right offset", () => {
    expect(fromZonedInput("2025-01-10T08:00", "Europe/Berlin")).toBe("2025-01-10T07:00:00.000Z");
    expect(fromZonedInput("2025-06-10T08:00", "Europe/Berlin")).toBe("2025-06-10T06:00:00.000Z");
  });

  it("moves a time skipped by the spring-forward gap to a real instant", () => {
    // 02:30 does not exist in New York on 2025-03-09.
    const iso = fromZonedInput("2025-03-09T02:30", "America/New_York");
    expect(iso).not.toBeNull();
    expect(toZonedInput(iso, "America/New_York")).toMatch(/^2025-03-09T0[13]:30$/);
  });

  it("refuses text that is not a wall time", () => {
    expect(fromZonedInput("tomorrow", "UTC")).toBeNull();
    expect(fromZonedInput("", "UTC")).toBeNull();
  });

  it("puts an instant on the calendar day of the zone", () => {
    expect(dayKey("2025-03-05T03:00:00Z", "America/Chicago")).toBe("2025-03-04");
    expect(dayKey("2025-03-05T03:00:00Z", "Asia/Tokyo")).toBe("2025-03-05");
  });

  it("counts whole days across month ends", () => {
    expect(daysBetween("2025-02-27", "2025-03-02")).toBe(3);
    expect(daysBetween("2025-03-02", "2025-02-27")).toBe(-3);
  });

  it("says overdue, today or upcoming relative to the zone's day", () => {
    const now = new Date("2025-03-04T20:00:00Z"); // 2 PM in Chicago
    expect(dueState("2025-03-04T19:00:00Z", "America/Chicago", now)).toBe("overdue");
    expect(dueState("2025-03-05T04:00:00Z", "America/Chicago", now)).toBe("today"); // 10 PM local
    expect(dueState("2025-03-05T07:00:00Z", "America/Chicago", now)).toBe("upcoming");
  });

  it("describes relative times in words", () => {
    const now = new Date("2025-03-04T20:00:00Z");
    expect(formatRelative("2025-03-04T20:20:00Z", "UTC", now)).toBe("in 20 minutes");
    expect(formatRelative("2025-03-03T12:00:00Z", "UTC", now)).toBe("yesterday");
    expect(formatRelative("2025-03-07T12:00:00Z", "UTC", now)).toBe("in 3 days");
  });
});
