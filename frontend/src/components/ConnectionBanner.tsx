// One line above every screen about the connection: offline (and since when the data shown was
// synced), changes waiting on this device, changes that need a decision, a new version to load.
import { useLocation } from "preact-iso";
import { useEffect, useState } from "preact/hooks";
import { dayKey, formatDateTime, formatTime } from "../lib/time";
import { useLazy } from "../lib/useLazy";
import { connection, offline, updateConnection, useConnection } from "../offline/status";
import { useSession } from "../session";
import { Button, Loading } from "./ui";

const loadReview = () => import("./OutboxReview").then((module) => module.OutboxReview);

export const changes = (n: number) => `${n} change${n === 1 ? "" : "s"}`;

/** "8:14 AM" today, else the date too, in the user's zone. */
export function syncedWhen(iso: string, timeZone: string): string {
  return dayKey(iso, timeZone) === dayKey(new Date(), timeZone) ? formatTime(iso, timeZone) : formatDateTime(iso, timeZone);
}

export function ConnectionBanner() {
  const state = useConnection();
  const { timeZone } = useSession();
  const { path } = useLocation();
  const [reviewing, setReviewing] = useState(false);

  // Online again, a new screen loads fresh data: the note about offline copies goes.
  useEffect(() => {
    if (!connection().offline && connection().syncedAt) updateConnection({ syncedAt: null });
  }, [path]);

  const waiting = state.outbox.filter((item) => item.state === "waiting").length;
  const held = state.outbox.length - waiting;
  const syncNow = !state.syncing && (
    <Button size="sm" onClick={() => void offline().then((sync) => sync.flush())}>
      Sync now
    </Button>
  );
  const lines: preact.ComponentChildren[] = [];
  if (state.offline) {
    lines.push(
      <span key="offline" class="connection__offline">
        Offline — {state.syncedAt ? `last synced at ${syncedWhen(state.syncedAt, timeZone)}` : "changes you make are kept on this device"}.
        {waiting > 0 && (
          <>
            {` ${changes(waiting)} waiting.`} {syncNow}
          </>
        )}
      </span>,
    );
  } else {
    if (state.syncedAt)
      lines.push(
        <span key="stale">
          Back online. This page shows what was saved at {syncedWhen(state.syncedAt, timeZone)}.{" "}
          <Button size="sm" onClick={() => location.reload()}>
            Refresh
          </Button>
        </span>,
      );
    if (waiting > 0)
      lines.push(
        <span key="waiting">
          {state.syncing ? `Syncing ${changes(waiting)}…` : `${changes(waiting)} waiting to sync.`} {syncNow}
        </span>,
      );
  }
  if (held > 0)
    lines.push(
      <span key="held" class="connection__attention">
        {changes(held)} need{held === 1 ? "s" : ""} your attention.{" "}
        <Button size="sm" variant="primary" onClick={() => setReviewing(true)}>
          Review
        </Button>
      </span>,
    );
  if (state.updateReady)
    lines.push(
      <span key="update">
        A new version of Rapport is ready.{" "}
        <Button size="sm" onClick={() => void import("../offline/install").then((install) => install.applyUpdate())}>
          Reload
        </Button>
      </span>,
    );

  return (
    <>
      <div class={`connection${lines.length ? " connection--shown" : ""}${state.offline ? " connection--offline" : ""}`} role="status">
        {lines}
      </div>
      {reviewing && <Review onClose={() => setReviewing(false)} />}
    </>
  );
}

function Review({ onClose }: { onClose: () => void }) {
  const { Component, error } = useLazy(loadReview);
  if (error) return <p class="form-error">The list of changes could not be loaded.</p>;
  return Component ? <Component onClose={onClose} /> : <Loading />;
}
