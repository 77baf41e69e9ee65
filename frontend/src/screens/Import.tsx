import { useState } from "preact/hooks";
import { describeError } from "../api/client";
import { uploadContacts, type ImportReport } from "../api/upload";
import { Badge, Button, DataTable, EmptyState, FileField, PageHeader, SelectField } from "../components/ui";

const FORMATS: Record<string, string> = {
  "rapport-csv": "Rapport CSV",
  "linkedin-csv": "LinkedIn connections CSV",
  "google-csv": "Google Contacts CSV",
  csv: "CSV",
  vcard: "vCard",
};
const ACTION_TONE: Record<string, string> = { created: "success", updated: "info", unchanged: "neutral", merged: "neutral", error: "danger" };
const PAGE = 200;

export function Import() {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState("all");
  const [shown, setShown] = useState(PAGE);

  const run = async (dryRun: boolean) => {
    if (!file) {
      setError("Choose a file first.");
      return;
    }
    setError(null);
    setProgress(0);
    try {
      setReport(await uploadContacts(file, dryRun, setProgress));
      setShown(PAGE);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setProgress(null);
    }
  };

  const rows = (report?.rows ?? []).filter((row) => filter === "all" || row.action === filter);

  return (
    <div class="page page--narrow">
      <PageHeader title="Import contacts" subtitle="From LinkedIn (Connections.csv), Google Contacts, any CSV with names and e-mails, or vCard." />
      <section class="card" aria-labelledby="file-title">
        <h2 id="file-title">1. Choose a file</h2>
        <p class="muted">
          Contacts are matched by e-mail, then LinkedIn URL: matches are updated, the rest created. Importing the same file twice changes nothing.
          Preview first — nothing is saved until you import.
        </p>
        <FileField
          label="Contacts file (CSV or vCard, up to 5 MB)"
          error={error ?? undefined}
          accept=".csv,.vcf,.vcard,text/csv,text/vcard"
          onFile={(chosen) => {
            setFile(chosen);
            setReport(null);
            setError(null);
          }}
        />
        {progress !== null && (
          <div class="upload">
            <progress max={1} value={progress} aria-label="Upload progress" />
            <span class="muted" role="status">
              {progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : "Reading the file…"}
            </span>
          </div>
        )}
        <div class="form-actions">
          <Button variant="primary" onClick={() => void run(true)} busy={progress !== null} disabled={!file}>
            Preview import
          </Button>
        </div>
      </section>

      {report && (
        <section class="card" aria-labelledby="report-title">
          <div class="card__header">
            <h2 id="report-title">{report.dry_run ? "2. Preview" : "Imported"}</h2>
            <Badge tone="info">{FORMATS[report.format] ?? report.format}</Badge>
          </div>
          <p role="status">
            {report.dry_run ? "Would create" : "Created"} <strong>{report.created}</strong>, {report.dry_run ? "update" : "updated"}{" "}
            <strong>{report.updated}</strong>, skip <strong>{report.skipped}</strong>
            {report.errors.length > 0 && (
              <>
                ; <strong class="is-overdue">{report.errors.length}</strong> row{report.errors.length === 1 ? "" : "s"} with errors
              </>
            )}{" "}
            — {report.total_rows} row{report.total_rows === 1 ? "" : "s"} read.
          </p>
          {report.dry_run ? (
            <div class="form-actions">
              <Button variant="primary" busy={progress !== null} disabled={report.created + report.updated === 0} onClick={() => void run(false)}>
                Import {report.created + report.updated} contact{report.created + report.updated === 1 ? "" : "s"}
              </Button>
              {report.errors.length > 0 && <span class="muted">Rows with errors are skipped.</span>}
            </div>
          ) : (
            <p class="notice">
              Done. <a href="/contacts">See your contacts</a>.
            </p>
          )}
          <SelectField
            label="Show rows"
            value={filter}
            onValue={(value) => {
              setFilter(value);
              setShown(PAGE);
            }}
            options={[
              ["all", "All rows"],
              ["created", "New"],
              ["updated", "Updated"],
              ["unchanged", "Unchanged"],
              ["merged", "Merged"],
              ["error", "Errors"],
            ]}
          />
          {rows.length === 0 ? (
            <EmptyState title="No rows of this kind." />
          ) : (
            <div class="table-wrap">
              <DataTable caption="Row by row report" columns={["Row", "Name", "E-mail", "Result", "Details"]}>
                  {rows.slice(0, shown).map((row) => (
                    <tr key={row.row}>
                      <td>{row.row}</td>
                      <td>{row.contact_id && !report.dry_run ? <a href={`/contacts/${row.contact_id}`}>{row.full_name}</a> : (row.full_name ?? "—")}</td>
                      <td>{row.email ?? "—"}</td>
                      <td>
                        <Badge tone={ACTION_TONE[row.action] ?? "neutral"}>{row.action}</Badge>
                      </td>
                      <td class={row.action === "error" ? "is-overdue" : "muted"}>{row.message ?? (row.changes?.length ? row.changes.join(", ") : "")}</td>
                    </tr>
                  ))}
              </DataTable>
            </div>
          )}
          {rows.length > shown && <Button onClick={() => setShown((n) => n + PAGE)}>Show {Math.min(PAGE, rows.length - shown)} more rows</Button>}
        </section>
      )}
    </div>
  );
}
