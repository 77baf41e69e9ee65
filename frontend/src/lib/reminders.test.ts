import { describe, expect, it } from "vitest";
import { snoozeUntil } from "./reminders";

describe("snoozing a reminder", () => {
  it("brings it back at 9 AM local time the next day", () => {
    const now = new Date("2025-03-04T23:30:00Z"); // 5:30 PM in Chicago
    expect(snoozeUntil(1, "America/Chicago", now)).toBe("2025-03-05T15:00:00.000Z");
  });

  it("counts days in the user's zone, not UTC", () => {
    const now = new Date("2025-03-05T03:00:00Z"); // still Mar 4 in Chicago, already Mar 5 in UTC
    expect(snoozeUntil(7, "America/Chicago", now)).toBe("2025-03-11T14:00:00.000Z"); // after DST
  });
});
