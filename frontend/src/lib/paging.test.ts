import { describe, expect, it } from "vitest";
import { initialPaged, pagedReducer, shouldLoadMore, type PagedState } from "./paging";

type Row = { id: string; name: string };
const key = (row: Row) => row.id;

function loaded(): PagedState<Row> {
  let state = pagedReducer(initialPaged<Row>(), { type: "reset" });
  state = pagedReducer(state, { type: "request", generation: state.generation });
  return pagedReducer(state, {
    type: "page",
    generation: state.generation,
    items: [{ id: "1", name: "Ada" }],
    nextCursor: "c1",
  });
}

describe("infinite list paging", () => {
  it("appends pages and remembers the cursor", () => {
    let state = loaded();
    expect(state.cursor).toBe("c1");
    expect(shouldLoadMore(state)).toBe(true);
    state = pagedReducer(state, { type: "request", generation: state.generation });
    expect(shouldLoadMore(state)).toBe(false);
    state = pagedReducer(state, {
      type: "page",
      generation: state.generation,
      items: [{ id: "2", name: "Ben" }],
      nextCursor: null,
    });
    expect(state.items.map(key)).toEqual(["1", "2"]);
    expect(state.done).toBe(true);
    expect(shouldLoadMore(state)).toBe(false);
  });

  it("drops a page that answers after the filters changed", () => {
    const old = loaded();
    const reset = pagedReducer(old, { type: "reset" });
    const after = pagedReducer(reset, {
      type: "page",
      generation: old.generation,
      items: [{ id: "9", name: "Stale" }],
      nextCursor: null,
    });
    expect(after.items).toEqual([]);
  });

  it("stops asking after a failure until retried", () => {
    const state = pagedReducer(loaded(), { type: "failed", generation: 1, error: "offline" });
    expect(state.error).toBe("offline");
    expect(shouldLoadMore(state)).toBe(false);
  });

  it("updates, removes and prepends rows in place", () => {
    let state = loaded();
    state = pagedReducer(state, { type: "update", item: { id: "1", name: "Ada L." }, key });
    expect(state.items[0].name).toBe("Ada L.");
    state = pagedReducer(state, { type: "prepend", item: { id: "3", name: "Cy" }, key });
    expect(state.items.map(key)).toEqual(["3", "1"]);
    state = pagedReducer(state, { type: "remove", id: "1", key });
    expect(state.items.map(key)).toEqual(["3"]);
  });
});
