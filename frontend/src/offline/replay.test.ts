import { describe, expect, it } from "vitest";
import { baseOf, compare, outcomeOf, retryDelay, same, withChanges } from "./replay";

describe("what an answer to a replayed write means", () => {
  it("removes the item only when the server acknowledged it", () => {
    expect(outcomeOf(200)).toBe("acknowledged");
    expect(outcomeOf(201)).toBe("acknowledged");
    expect(outcomeOf(204)).toBe("acknowledged");
  });

  it("keeps the item for later on no network, timeouts, overload and server faults", () => {
    for (const status of [0, 408, 425, 429, 500, 502, 503]) expect(outcomeOf(status)).toBe("retry_later");
  });

  it("keeps the item until the same user signs in again after a 401", () => {
    expect(outcomeOf(401)).toBe("signed_out");
  });

  it("checks a 412 against the server's version instead of overwriting", () => {
    expect(outcomeOf(412)).toBe("changed_elsewhere");
  });

  it("keeps a write the server will never take for the user to see", () => {
    for (const status of [400, 403, 404, 409, 413, 422]) expect(outcomeOf(status)).toBe("refused");
  });
});

describe("a change refused with 412, against the server's version", () => {
  it("counts as done when the server already holds every value (a lost answer)", () => {
    expect(compare({ notes: "Met at ASCB" }, { notes: "" }, { notes: "Met at ASCB", title: "Director" })).toBe("already_applied");
  });

  it("is sent again when only other fields changed meanwhile", () => {
    expect(compare({ notes: "Met at ASCB" }, { notes: "" }, { notes: "", last_contacted_at: "2026-12-01T10:00:00Z" })).toBe("reapply");
  });

  it("is a conflict when someone else changed the same field", () => {
    expect(compare({ notes: "Met at ASCB" }, { notes: "" }, { notes: "Changed on the laptop" })).toBe("conflict");
  });

  it("is a conflict when it is not known what the field held before", () => {
    expect(compare({ notes: "Met at ASCB" }, undefined, { notes: "" })).toBe("conflict");
  });

  it("compares lists and absent values as JSON", () => {
    expect(same(["a", "b"], ["a", "b"])).toBe(true);
    expect(same(["b", "a"], ["a", "b"])).toBe(false);
    expect(same(undefined, null)).toBe(true);
  });

  it("compares times as instants, whatever their notation", () => {
    expect(same("2026-12-03T10:00:00.123Z", "2026-12-03T10:00:00.123000+00:00")).toBe(true);
    expect(same("2026-12-03T10:00:00Z", "2026-12-03T11:00:00+01:00")).toBe(true);
    expect(same("2026-12-03T10:00:00Z", "2026-12-03T10:00:01Z")).toBe(false);
  });
});

describe("the offline view of waiting changes", () => {
  it("remembers what each changed field held before the change", () => {
    expect(baseOf({ notes: "old", title: "Dr" }, { notes: "new", location: "Boston" })).toEqual({ notes: "old", location: null });
  });

  it("applies waiting changes in the order they were made", () => {
    expect(withChanges({ notes: "", status: "scheduled" }, [{ notes: "A" }, { notes: "AB", status: "completed" }])).toEqual({
      notes: "AB",
      status: "completed",
    });
  });

  it("waits longer after each failed attempt, at most a minute", () => {
    expect(retryDelay(0)).toBe(5_000);
    expect(retryDelay(1)).toBe(10_000);
    expect(retryDelay(10)).toBe(60_000);
  });
});
