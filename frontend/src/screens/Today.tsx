import { api, ok, type Schemas } from "../api/client";
import { ReminderList } from "../components/ReminderList";
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from "../components/ui";
import { MEDIUMS, STAGES, label } from "../lib/labels";
import { formatDateTime, formatRelative } from "../lib/time";
import { useAsync } from "../lib/useAsync";
import { useLazy } from "../lib/useLazy";
import { useConnection, useSynced, waitingReminderIds } from "../offline/status";
import { useSession } from "../session";

// uPlot is loaded only when the chart is drawn.
const loadChart = () => import("../components/ActivityChart").then((module) => module.ActivityChart);

type Dashboard = Schemas["Dashboard"];

export function Today() {
  const { timeZone, me } = useSession();
  const dashboard = useAsync(() => ok(api.GET("/api/v1/dashboard")), []);
  useSynced(dashboard.reload);
  const today = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric" }).format(new Date());
  const firstName = me?.name.split(" ")[0] ?? "";

  return (
    <div class="page">
      <PageHeader title="Today" subtitle={`${today}${firstName ? ` · Hello, ${firstName}` : ""}`}>
        <a class="btn btn--primary btn--md" href="/contacts">
          Find someone to reach out to
        </a>
      </PageHeader>
      {dashboard.error ? (
        <ErrorState message={dashboard.error} onRetry={dashboard.reload} />
      ) : !dashboard.data ? (
        <Loading label="Loading your day…" />
      ) : (
        <TodayBody data={dashboard.data} setData={dashboard.setData} />
      )}
    </div>
  );
}

function TodayBody({ data, setData }: { data: Dashboard; setData: (update: (current: Dashboard | undefined) => Dashboard) => void }) {
  const { timeZone } = useSession();
  // Reminders ticked or snoozed offline stay off the list while the change waits on the device.
  const handled = waitingReminderIds(useConnection().outbox);
  const due = data.due_reminders.filter((r) => !handled.has(r.id));
  const overdue = due.filter((r) => r.overdue || r.due_today);
  const later = due.filter((r) => !r.overdue && !r.due_today);
  const drop = (id: string) =>
    setData((current) => ({ ...current!, due_reminders: current!.due_reminders.filter((r) => r.id !== id) }));
  const yieldFigures = data.referral_yield;
  const total = Object.values(data.stage_counts).reduce((sum, n) => sum + n, 0);

  return (
    <>
      <section aria-label="Contacts by stage" class="stage-strip">
        {STAGES.map(([stage, text]) => (
          <a key={stage} class="stage-tile" href={`/contacts?stage=${stage}`}>
            <span class="stage-tile__count">{data.stage_counts[stage as keyof Dashboard["stage_counts"]]}</span>
            <span class="stage-tile__label">{text}</span>
          </a>
        ))}
      </section>
      <div class="columns">
        <div class="columns__main">
          <section class="card" aria-labelledby="due-title">
            <div class="card__header">
              <h2 id="due-title">Due now</h2>
              <Badge tone={overdue.length ? "warn" : "success"}>{overdue.length}</Badge>
            </div>
            {overdue.length ? (
              <ReminderList reminders={overdue} onHandled={drop} label="Due now" />
            ) : (
              <p class="muted">Nothing due today. A good day to reach out to someone new.</p>
            )}
            {later.length > 0 && (
              <>
                <h3 class="subhead">This week</h3>
                <ReminderList reminders={later} onHandled={drop} label="Due this week" />
              </>
            )}
          </section>

          <section class="card" aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">Upcoming interviews</h2>
            {data.upcoming_interviews.length ? (
              <ul class="rows" aria-label="Upcoming interviews">
                {data.upcoming_interviews.map((interview) => (
                  <li class="row" key={interview.id}>
                    <div class="row__main">
                      <a class="row__title" href={`/interviews/${interview.id}`}>
                        {interview.contact_name}
                      </a>
                      <span class="row__meta">
                        {formatDateTime(interview.scheduled_at, timeZone)} ({formatRelative(interview.scheduled_at, timeZone)}) ·{" "}
                        {interview.duration_minutes} min · {label(MEDIUMS, interview.medium)}
                      </span>
                    </div>
                    <a class="btn btn--sm" href={`/interviews/${interview.id}`} aria-label={`Prepare interview with ${interview.contact_name}`}>
                      Prepare
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">No interviews in the next two weeks. Schedule one from a contact's page.</p>
            )}
          </section>

          <section class="card" aria-labelledby="activity-title">
            <h2 id="activity-title">Weekly activity</h2>
            <Chart weeks={data.weekly_activity} />
          </section>
        </div>
        <aside class="columns__side">
          <section class="card" aria-labelledby="overdue-title">
            <h2 id="overdue-title">Overdue for a touch</h2>
            {data.overdue_contacts.length ? (
              <ul class="rows" aria-label="Overdue for a touch">
                {data.overdue_contacts.map((contact) => (
                  <li class="row" key={contact.id}>
                    <div class="row__main">
                      <a class="row__title" href={`/contacts/${contact.id}`}>
                        {contact.full_name}
                      </a>
                      <span class="row__meta">
                        {contact.organization ? `${contact.organization} · ` : ""}
                        <span class="is-overdue">
                          {contact.days_overdue} day{contact.days_overdue === 1 ? "" : "s"} overdue
                        </span>
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">Everyone is up to date.</p>
            )}
          </section>
          <section class="card" aria-labelledby="yield-title">
            <h2 id="yield-title">Referral yield</h2>
            <dl class="stats">
              <div>
                <dt>Referrals per interview</dt>
                <dd>{yieldFigures.referrals_per_completed_interview?.toFixed(1) ?? "—"}</dd>
              </div>
              <div>
                <dt>Completed interviews</dt>
                <dd>{yieldFigures.completed_interviews}</dd>
              </div>
              <div>
                <dt>Referrals</dt>
                <dd>{yieldFigures.referrals}</dd>
              </div>
              <div>
                <dt>Referred people interviewed</dt>
                <dd>
                  {yieldFigures.referred_interviewed} / {yieldFigures.referred_contacts}
                </dd>
              </div>
            </dl>
            <a href="/network">See your network</a>
          </section>
          {total === 0 && (
            <EmptyState title="Welcome to Rapport">
              <p>Add the people you know, reach out, and Rapport reminds you of every follow-up.</p>
              <a class="btn btn--primary btn--md" href="/contacts">
                Add your first contact
              </a>
            </EmptyState>
          )}
        </aside>
      </div>
    </>
  );
}

function Chart({ weeks }: { weeks: Schemas["WeekActivity"][] }) {
  const { Component, error } = useLazy(loadChart);
  if (error) return <p class="muted">The chart could not be loaded.</p>;
  return Component ? <Component weeks={weeks} /> : <Loading label="Drawing chart…" />;
}
