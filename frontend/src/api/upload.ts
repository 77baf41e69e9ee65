// The contacts import, the one request the generated client cannot make: fetch has no upload
// progress, so it uses XMLHttpRequest (same path, cookie and CSRF header).
import { ApiError, NETWORK_PROBLEM, csrfToken, signedOutListeners, type Problem } from "./client";
import type { paths } from "./schema";

export type ImportReport = paths["/api/v1/imports/contacts"]["post"]["responses"][200]["content"]["application/json"];

/** Uploads the file, reporting progress (0..1); answers the typed import report. */
export function uploadContacts(file: File, dryRun: boolean, onProgress: (fraction: number) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1/imports/contacts?dry_run=${dryRun ? "true" : "false"}`);
    request.withCredentials = true;
    request.setRequestHeader("X-CSRF-Token", csrfToken());
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      onProgress(1);
      if (request.status >= 200 && request.status < 300) resolve(request.response as ImportReport);
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
