// State of an infinite list over keyset pages: items so far, the next cursor, and whether a
// page is loading. A reducer, so the rules (no duplicate loads, stale answers ignored after the
// filters change) are testable without a browser.

export interface PagedState<T> {
  items: T[];
  cursor: string | null;
  done: boolean;
  loading: boolean;
  error: string | null;
  /** Bumped whenever the query changes; answers for an older generation are dropped. */
  generation: number;
}

export type PagedAction<T> =
  | { type: "reset" }
  | { type: "request"; generation: number }
  | { type: "page"; generation: number; items: T[]; nextCursor: string | null }
  | { type: "failed"; generation: number; error: string }
  | { type: "retry" }
  | { type: "update"; item: T; key: (item: T) => string }
  | { type: "remove"; id: string; key: (item: T) => string }
  | { type: "prepend"; item: T; key: (item: T) => string };

export function initialPaged<T>(): PagedState<T> {
  return { items: [], cursor: null, done: false, loading: false, error: null, generation: 0 };
}

export function pagedReducer<T>(state: PagedState<T>, action: PagedAction<T>): PagedState<T> {
  switch (action.type) {
    case "reset":
      return { ...initialPaged<T>(), generation: state.generation + 1 };
    case "request":
      if (action.generation !== state.generation) return state;
      return { ...state, loading: true, error: null };
    case "page": {
      if (action.generation !== state.generation) return state;
      return {
        ...state,
        items: state.items.concat(action.items),
        cursor: action.nextCursor,
        done: action.nextCursor === null,
        loading: false,
      };
    }
    case "failed":
      if (action.generation !== state.generation) return state;
      return { ...state, loading: false, error: action.error };
    case "retry":
      return { ...state, error: null };
    case "update":
      return {
        ...state,
        items: state.items.map((item) =>
          action.key(item) === action.key(action.item) ? action.item : item,
        ),
      };
    case "remove":
      return { ...state, items: state.items.filter((item) => action.key(item) !== action.id) };
    case "prepend":
      return {
        ...state,
        items: [
          action.item,
          ...state.items.filter((item) => action.key(item) !== action.key(action.item)),
        ],
      };
  }
}

/** Whether another page should be asked for now. */
export function shouldLoadMore<T>(state: PagedState<T>): boolean {
  return !state.loading && !state.done && state.error === null;
}
