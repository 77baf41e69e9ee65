// The changes kept on this device: what waits, and what needs a decision — a conflict (both
// versions side by side: keep mine or keep the server's) or a change the server refused. Nothing
// is dropped unless the user says so; their text can always be copied out first.
import { formatDateTime } from "../lib/time";
import { useAction } from "../lib/useAction";
import { offline, useConnection, type OutboxItem } from "../offline/status";
import { useSession } from "../session";
import { Button, CopyButton, DataTable, Dialog, FormError } from "./ui";

const fieldName = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ");

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

const asText = (item: OutboxItem) => Object.entries(item.body).map(([key, value]) => `${fieldName(key)}: ${shown(value)}`).join("\n");

export function OutboxReview({ onClose }: { onClose: () => void }) {
  const { outbox } = useConnection();
  return (
    <Dialog title="Changes on this device" open onClose={onClose} wide>
      {outbox.length === 0 ? (
        <p>Everything is synced.</p>
      ) : (
        <ol class="rows outbox" aria-label="Changes on this device">
          {outbox.map((item) => (
            <OutboxEntry key={item.seq} item={item} />
          ))}
        </ol>
      )}
      <div class="dialog__actions">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}

/** The fields where the two versions differ (all of them, should none). */
function differing(item: OutboxItem): string[] {
  const keys = Object.keys(item.body);
  const different = keys.filter((key) => shown(item.body[key]) !== shown(item.theirs?.[key]));
  return different.length ? different : keys;
}

function OutboxEntry({ item }: { item: OutboxItem }) {
  const { timeZone } = useSession();
  const action = useAction();
  const run = (decide: (sync: Awaited<ReturnType<typeof offline>>) => Promise<void>) => void action.run(async () => decide(await offline()));
  return (
    <li class="outbox__item">
      <p class="row__title">{item.label}</p>
      <p class="row__meta">
        Written {formatDateTime(item.createdAt, timeZone)} ·{" "}
        {item.state === "waiting" ? "waiting to sync" : item.state === "conflict" ? "changed on Rapport meanwhile" : "not accepted"}
      </p>
      {item.state === "conflict" && item.theirs && (
        <div class="table-wrap">
          <DataTable caption={`Both versions: ${item.label}`} columns={["Field", "Yours (this device)", "On Rapport now"]}>
            {differing(item).map((key) => (
              <tr key={key}>
                <th scope="row">{fieldName(key)}</th>
                <td class="prewrap">{shown(item.body[key])}</td>
                <td class="prewrap">{shown(item.theirs![key])}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      {item.state === "refused" && <p class="field__error">{item.problem}</p>}
      <FormError message={action.error} />
      {item.state !== "waiting" && (
        <div class="form-actions">
          {item.state === "conflict" ? (
            <>
              <Button size="sm" variant="primary" busy={action.busy} onClick={() => run((sync) => sync.keepMine(item.seq))}>
                Keep mine
              </Button>
              <Button size="sm" disabled={action.busy} onClick={() => run((sync) => sync.discard(item.seq))}>
                Keep the version on Rapport
              </Button>
            </>
          ) : (
            <>
              <Button size="sm" variant="primary" busy={action.busy} onClick={() => run((sync) => sync.retry(item.seq))}>
                Try again
              </Button>
              <Button size="sm" variant="danger" disabled={action.busy} onClick={() => run((sync) => sync.discard(item.seq))}>
                Discard it
              </Button>
            </>
          )}
          <CopyButton text={asText(item)} label="Copy my text" />
        </div>
      )}
    </li>
  );
}
