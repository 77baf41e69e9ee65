import { useState } from "preact/hooks";
import { offline, useConnection } from "../offline/status";
import { useSession } from "../session";
import { changes } from "./ConnectionBanner";
import { ConfirmDialog } from "./SaveForm";
import { Button } from "./ui";

/** Sign out; with changes not yet synced, only once the user chose to delete them. */
export function SignOutButton() {
  const { signOut } = useSession();
  const { outbox } = useConnection();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => (outbox.length ? setAsking(true) : void signOut())}>
        Sign out
      </Button>
      <ConfirmDialog
        title="Sign out and delete changes not synced?"
        open={asking}
        onClose={() => setAsking(false)}
        confirmLabel="Delete them and sign out"
        onConfirm={async () => {
          await (await offline()).discardAll();
          setAsking(false);
          await signOut();
        }}
      >
        <p>
          {changes(outbox.length)} on this device {outbox.length === 1 ? "has" : "have"} not reached Rapport yet. Stay signed in and
          go online to sync {outbox.length === 1 ? "it" : "them"}, or delete {outbox.length === 1 ? "it" : "them"} and sign out.
        </p>
        <ul>
          {outbox.map((item) => (
            <li key={item.seq}>{item.label}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
