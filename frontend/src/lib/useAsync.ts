import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { describeError } from "../api/client";

export interface Async<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
  setData: (update: T | ((current: T | undefined) => T)) => void;
}

/** Loads data for a screen; answers that arrive after the inputs changed are ignored. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const run = useRef(0);

  useEffect(() => {
    const current = ++run.current;
    setLoading(true);
    setError(null);
    load().then(
      (value) => {
        if (current !== run.current) return;
        setData(value);
        setLoading(false);
      },
      (failure) => {
        if (current !== run.current) return;
        setError(describeError(failure));
        setLoading(false);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, error, loading, reload, setData: setData as Async<T>["setData"] };
}
