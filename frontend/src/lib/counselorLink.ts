// Recognizing a counselor's share link on the first load. Kept apart from lib/shares.ts, whose
// words load only with the sharing screens: this is in the initial bundle.

/** A counselor's link (`/shared/<id>#rpc_…`): the share and its secret, or null. */
export function readCounselorLink(pathname: string, hash: string): { id: string; token: string } | null {
  const match = /^\/shared\/([0-9a-f-]{36})\/?$/i.exec(pathname);
  const token = hash.replace(/^#/, "");
  if (!match || !/^rpc_[\w-]{20,}$/.test(token)) return null;
  return { id: match[1], token };
}
