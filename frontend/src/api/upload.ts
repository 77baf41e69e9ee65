// File uploads (the contacts import, restoring a backup), the requests the generated client
// cannot make: fetch has no upload progress, so they use XMLHttpRequest (same cookie and CSRF
// header).
import { ApiError, NETWORK_PROBLEM, csrfToken, signedOutListeners, type Problem } from "./client";
import type { paths } from "./schema";

export type ImportReport = paths["/api/v1/imports/contacts"]["post"]["responses"][200]["content"]["application/json"];
export type RestoreReport = paths["/api/v1/imports/archive"]["post"]["responses"][200]["content"]["application/json"];

type Progress = (fraction: number) => void;

/** Imports contacts from a CSV or vCard file; answers the typed import report. */
export function uploadContacts(file: File, dryRun: boolean, onProgress: Progress): Promise<ImportReport> {
  return upload(`/api/v1/imports/contacts?dry_run=${dryRun ? "true" : "false"}`, file, onProgress);
}

/** Restores a Rapport export (JSON, or gzipped) into this account. */
export function restoreArchive(file: File, onProgress: Progress): Promise<RestoreReport> {
  return upload("/api/v1/imports/archive", file, onProgress);
}

/** Uploads the file as the form field `file`, reporting progress (0..1); answers the JSON. */
function upload<T>(url: string, file: File, onProgress: Progress): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.withCredentials = true;
    request.setRequestHeader("X-CSRF-Token", csrfToken());
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      onProgress(1);
      if (request.status >= 200 && request.status < 300) resolve(request.response as T);
      else {
        if (request.status === 401) for (const listener of signedOutListeners) listener();
        reject(new ApiError(request.status, (request.response as Partial<Problem>) ?? {}));
      }
    };
    request.onerror = () => reject(new ApiError(0, { title: "Network error", detail: NETWORK_PROBLEM }));
    const body = new FormData();
    body.append("file", file);
    request.send(body);
  });
}
