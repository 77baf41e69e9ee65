import { useState } from "preact/hooks";
import { ApiError, describeError } from "../api/client";

export interface Failure {
  /** A sentence for the last failure, cleared when a save runs again. */
  error: string | null;
  /** The last failure was a 412: the object changed elsewhere. */
  conflict: boolean;
  /** Runs the save; resolves true when it succeeded. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
}

export interface Action extends Failure {
  busy: boolean;
}

/**
 * Saves that show no progress of their own (a tick in a checklist): only their failure is kept.
 * Nothing re-renders when they start, so a controlled checkbox keeps the tick while it saves.
 */
export function useFailure(): Failure {
  const [failure, setFailure] = useState<unknown>(null);
  return {
    error: failure ? describeError(failure) : null,
    conflict: failure instanceof ApiError && failure.status === 412,
    run: async (action) => {
      setFailure(null);
      try {
        await action();
        return true;
      } catch (caught) {
        setFailure(caught ?? new Error("failed"));
        return false;
      }
    },
  };
}

/** A button's action (delete, complete, draft): busy while it runs, its failure kept to show. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const failure = useFailure();
  return {
    ...failure,
    busy,
    run: async (action) => {
      setBusy(true);
      try {
        return await failure.run(action);
      } finally {
        setBusy(false);
      }
    },
  };
}
