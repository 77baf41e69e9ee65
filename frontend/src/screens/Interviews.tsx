import { useState } from "preact/hooks";
import { api, ok, type Schemas } from "../api/client";
import { Badge, Button, EmptyState, ErrorState, Loading, PageHeader, SelectField } from "../components/ui";
import { useContactNames } from "../lib/contactNames";
import { INTERVIEW_STATUSES, MEDIUMS, label } from "../lib/labels";
import { formatDateTime, formatRelative } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { useSession } from "../session";

type Page = Schemas["Page_InterviewRead_"];

export function Interviews() {
  const { timeZone } = useSession();
  const [status, setStatus] = useState("");
  const [more, setMore] = useState(false);
  const interviews = useAsync(
    () => ok(api.GET("/api/v1/interviews", { params: { query: { status: (status || undefined) as Schemas["InterviewStatus"] | undefined, limit: 100 } } })),
    [status],
  );
  const items = interviews.data?.items ?? [];
  const names = useContactNames(items.map((i) => i.contact_id));
  const loadMore = async () => {
    const cursor = interviews.data?.next_cursor;
    if (!cursor) return;
    setMore(true);
    try {
      const page = await ok(api.GET("/api/v1/interviews", { params: { query: { status: (status || undefined) as Schemas["InterviewStatus"] | undefined, limit: 100, cursor } } }));
      interviews.setData((current: Page | undefined) => ({ items: [...(current?.items ?? []), ...page.items], next_cursor: page.next_cursor }));
    } finally {
      setMore(false);
    }
  };
  return (
    <div class="page">
      <PageHeader title="Interviews" subtitle="Schedule new ones from a contact's page.">
        <SelectField label="Status" value={status} onValue={setStatus} options={[["", "All"], ...INTERVIEW_STATUSES]} />
      </PageHeader>
      {interviews.error ? (
        <ErrorState message={interviews.error} onRetry={interviews.reload} />
      ) : !interviews.data ? (
        <Loading label="Loading interviews…" />
      ) : items.length === 0 ? (
        <EmptyState title="No interviews yet.">
          <a href="/contacts">Pick a contact and schedule one</a>
        </EmptyState>
      ) : (
        <section class="card">
          <ul class="rows" aria-label="Interviews">
            {items.map((interview) => (
              <li class="row" key={interview.id}>
                <div class="row__main">
                  <a class="row__title" href={`/interviews/${interview.id}`}>
                    {names[interview.contact_id] ?? "…"}
                  </a>
                  <span class="row__meta">
                    {interview.scheduled_at ? `${formatDateTime(interview.scheduled_at, timeZone)} (${formatRelative(interview.scheduled_at, timeZone)})` : "Time not set"} ·{" "}
                    {interview.duration_minutes} min · {label(MEDIUMS, interview.medium)}
                  </span>
                </div>
                <Badge tone={interview.status === "completed" ? "success" : interview.status === "scheduled" ? "info" : "neutral"}>{label(INTERVIEW_STATUSES, interview.status)}</Badge>
              </li>
            ))}
          </ul>
          {interviews.data.next_cursor && (
            <Button busy={more} onClick={() => void loadMore()}>
              Load more
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
