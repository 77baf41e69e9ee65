import { describe, expect, it } from "vitest";
import { move } from "./reorder";

describe("reordering a question list", () => {
  it("moves an item down and up", () => {
    expect(move(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(move(["a", "b", "c", "d"], 3, 1)).toEqual(["a", "d", "b", "c"]);
  });

  it("clamps moves past either end and ignores unknown positions", () => {
    expect(move(["a", "b"], 0, 9)).toEqual(["b", "a"]);
    expect(move(["a", "b"], 1, -3)).toEqual(["b", "a"]);
    expect(move(["a", "b"], 5, 0)).toEqual(["a", "b"]);
  });

  it("does not change the original list", () => {
    const items = ["a", "b"];
    move(items, 0, 1);
    expect(items).toEqual(["a", "b"]);
  });
});
