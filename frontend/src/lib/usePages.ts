import { useEffect, useRef, useState } from "preact/hooks";
import { describeError } from "../api/client";

export interface Pages<T> {
  items: T[];
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  more: () => void;
  reload: () => void;
  remove: (keep: (item: T) => boolean) => void;
}

/** A list read page by page over keyset cursors, with "show more"; stale answers are dropped. */
export function usePages<T>(
  load: (cursor: string | null) => Promise<{ items: T[]; next_cursor?: string | null }>,
  deps: unknown[],
): Pages<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const fetchPage = (from: string | null) => {
    const mine = from === null ? ++generation.current : generation.current;
    setLoading(true);
    setError(null);
    load(from).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems((current) => (from === null ? page.items : [...current, ...page.items]));
        setCursor(page.next_cursor ?? null);
        setLoading(false);
      },
      (failure) => {
        if (mine !== generation.current) return;
        setError(describeError(failure));
        setLoading(false);
      },
    );
  };

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => fetchPage(null), deps);

  return {
    items,
    loading,
    error,
    hasMore: cursor !== null,
    more: () => cursor !== null && !loading && fetchPage(cursor),
    reload: () => fetchPage(null),
    remove: (keep) => setItems((current) => current.filter(keep)),
  };
}
