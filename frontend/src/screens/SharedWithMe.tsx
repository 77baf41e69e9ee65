// "Shared with me": the shares students made for your e-mail address, for a counselor who has a
// Rapport account. Loaded on demand.
import { api, ok, type Schemas } from "../api/client";
import { EmptyState, ErrorState, Loading, PageHeader } from "../components/ui";
import { scopeSummary } from "../lib/shares";
import { formatDate } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { useSession } from "../session";

export function SharedWithMe() {
  const { me, timeZone } = useSession();
  const shared = useAsync(() => ok(api.GET("/api/v1/shared", { params: { query: { limit: 200 } } })), []);
  return (
    <div class="page page--narrow">
      <PageHeader title="Shared with me" subtitle="Students who shared their progress with you, read-only." />
      <section class="card" aria-labelledby="shared-title">
        <h2 id="shared-title" class="visually-hidden">
          Shares
        </h2>
        {shared.error ? (
          <ErrorState message={shared.error} onRetry={shared.reload} />
        ) : !shared.data ? (
          <Loading label="Loading…" />
        ) : !shared.data.items.length ? (
          <EmptyState title="Nothing is shared with you.">
            <p>When a student shares their progress with {me?.email ?? "your address"}, it appears here until it expires or they revoke it.</p>
          </EmptyState>
        ) : (
          <ul class="rows" aria-label="Shared with me">
            {shared.data.items.map((share: Schemas["SharedSummary"]) => (
              <li class="row" key={share.id}>
                <div class="row__main">
                  <a class="row__title" href={`/shared/${share.id}`}>
                    {share.student_name}
                  </a>
                  <span class="row__meta">
                    {scopeSummary(share.scope)} · shared {formatDate(share.shared_at, timeZone)} · until {formatDate(share.expires_at, timeZone)}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
