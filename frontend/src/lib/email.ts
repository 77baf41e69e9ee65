/** A `mailto:` link for an edited draft (the address kept readable, subject and body encoded). */
export function mailtoUrl(to: string | null | undefined, subject: string, body: string): string {
  const params = [`subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body)}`].join("&");
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, "@") : ""}?${params}`;
}
