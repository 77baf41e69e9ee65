import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/** A component loaded by dynamic import when first needed (kept out of the initial bundle). */
export function useLazy<P>(load: () => Promise<ComponentType<P>>): { Component: ComponentType<P> | null; error: boolean } {
  const [state, setState] = useState<{ Component: ComponentType<P> | null; error: boolean }>({ Component: null, error: false });
  useEffect(() => {
    let live = true;
    load().then(
      (Component) => live && setState({ Component, error: false }),
      () => live && setState({ Component: null, error: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
