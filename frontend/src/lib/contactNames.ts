// Names for contact ids that lists give without names (interviews, referrals), fetched once each.
import { useEffect, useState } from "preact/hooks";
import { api, ok } from "../api/client";

const cache = new Map<string, Promise<string>>();

export function contactName(id: string): Promise<string> {
  let found = cache.get(id);
  if (!found) {
    found = ok(api.GET("/api/v1/contacts/{contact_id}", { params: { path: { contact_id: id } } })).then(
      (contact) => contact.full_name,
      () => {
        cache.delete(id);
        return "Unknown contact";
      },
    );
    cache.set(id, found);
  }
  return found;
}

export function rememberName(id: string, name: string): void {
  cache.set(id, Promise.resolve(name));
}

export function useContactNames(ids: readonly string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(ids)].sort().join(",");
  useEffect(() => {
    let live = true;
    const unique = key ? key.split(",") : [];
    void Promise.all(unique.map(async (id) => [id, await contactName(id)] as const)).then((pairs) => {
      if (live) setNames(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
