import { useState } from "preact/hooks";
import { api, ok } from "../api/client";
import { ConfirmDialog } from "../components/SaveForm";
import { Button, CopyButton, ErrorState, Loading } from "../components/ui";
import { useAsync } from "../lib/useAsync";

/** The private iCalendar feed: copy it into a calendar app, or replace it if it leaked. */
export function CalendarFeed() {
  const feed = useAsync(() => ok(api.GET("/api/v1/me/calendar")), []);
  const [confirm, setConfirm] = useState(false);
  const [rotated, setRotated] = useState(false);
  return (
    <section class="card" aria-labelledby="calendar-title">
      <div>
        <h2 id="calendar-title">Calendar feed</h2>
        <p class="muted">Your interviews and open reminders in Google Calendar, Apple Calendar or Outlook. Keep this address private.</p>
      </div>
      {feed.error ? (
        <ErrorState message={feed.error} onRetry={feed.reload} />
      ) : !feed.data ? (
        <Loading label="Loading your feed address…" />
      ) : (
        <>
          <div class="secret__row">
            <code class="secret__value" aria-label="Calendar feed address">
              {feed.data.url}
            </code>
            <CopyButton text={feed.data.url} label="Copy feed address" />
          </div>
          {rotated && (
            <p class="notice" role="status">
              New address ready. Calendars using the old one stop updating: subscribe again with this one.
            </p>
          )}
          <details class="howto">
            <summary>Google Calendar</summary>
            <ol>
              <li>Copy the feed address above.</li>
              <li>On calendar.google.com, next to “Other calendars”, choose + then “From URL”.</li>
              <li>Paste the address and choose “Add calendar”. Google refreshes it every few hours.</li>
            </ol>
          </details>
          <details class="howto">
            <summary>Apple Calendar (Mac, iPhone)</summary>
            <ol>
              <li>
                On a Mac or iPhone, <a href={feed.data.webcal_url}>open the webcal link</a> and confirm the subscription, or
              </li>
              <li>in Calendar on the Mac choose File → New Calendar Subscription and paste the address; on iPhone use Settings → Calendar → Accounts → Add Subscribed Calendar.</li>
            </ol>
          </details>
          <details class="howto">
            <summary>Outlook</summary>
            <ol>
              <li>In Outlook on the web, open the calendar and choose “Add calendar” → “Subscribe from web”.</li>
              <li>Paste the address, name it “Rapport” and import. In desktop Outlook: Add Calendar → From Internet.</li>
            </ol>
          </details>
          <div>
            <Button variant="danger" size="sm" onClick={() => setConfirm(true)}>
              Replace feed address
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        title="Replace the feed address?"
        open={confirm}
        onClose={() => setConfirm(false)}
        confirmLabel="Replace address"
        onConfirm={async () => {
          feed.setData(await ok(api.POST("/api/v1/me/calendar/rotate")));
          setConfirm(false);
          setRotated(true);
        }}
      >
        <p>The current address stops working at once; calendars subscribed to it must subscribe again with the new one.</p>
      </ConfirmDialog>
    </section>
  );
}
