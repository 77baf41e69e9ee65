import { describe, expect, it } from "vitest";
import { nearEnd, visibleRange } from "./windowing";

describe("windowed list range", () => {
  it("renders the first screen plus overscan when the list starts in view", () => {
    const range = visibleRange(100, 800, 1000, 50, 5);
    expect(range.start).toBe(0);
    expect(range.end).toBe(14 + 5);
    expect(range.padTop).toBe(0);
    expect(range.padBottom).toBe((1000 - 19) * 50);
  });

  it("follows the scroll position with constant total height", () => {
    const range = visibleRange(-5000, 800, 1000, 50, 5);
    expect(range.start).toBe(95);
    expect(range.end).toBe(116 + 5);
    expect(range.padTop + (range.end - range.start) * 50 + range.padBottom).toBe(50_000);
  });

  it("never goes past the list", () => {
    const range = visibleRange(-49_900, 800, 1000, 50, 5);
    expect(range.end).toBe(1000);
    expect(range.padBottom).toBe(0);
    expect(nearEnd(range, 1000)).toBe(true);
  });

  it("renders nothing for an empty list", () => {
    expect(visibleRange(0, 800, 0, 50)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });
});
