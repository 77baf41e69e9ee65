"""`/imports`: bring contacts in from CSV (ours, LinkedIn, Google) or vCard files, and restore
a whole-account export. Uploads are `multipart/form-data` with the file in the field `file`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Response, UploadFile

from rapport.auth.dependencies import CurrentUser, authenticate
from rapport.db import SessionDep
from rapport.imports import archive as archive_service
from rapport.imports import service as imports_service
from rapport.imports.schemas import ImportReport, RestoreReport
from rapport.resources import answer_document
from rapport.routing import RapportRoute

router = APIRouter(
    prefix="/imports",
    tags=["import-export"],
    route_class=RapportRoute,
    dependencies=[Depends(authenticate)],
)


@router.post("/contacts", response_model=ImportReport, summary="Import contacts from a file")
def import_contacts(
    user: CurrentUser,
    session: SessionDep,
    file: Annotated[
        UploadFile,
        File(
            description="A CSV or vCard file, UTF-8 (with or without a byte-order mark) or "
            "UTF-16 with one; at most 5 MiB (413 beyond)."
        ),
    ],
    dry_run: Annotated[
        bool,
        Query(description="true: report what would happen without changing anything."),
    ] = False,
) -> Response:
    """Recognized from the content: our own CSV (the columns of
    `GET /api/v1/export/contacts.csv`; tags separated by `;`), LinkedIn's `Connections.csv`
    (note lines above the header are fine), a Google Contacts CSV export, an Outlook-style CSV
    with name and e-mail columns, or vCard 2.1/3.0/4.0 with any number of cards.

    Each row is matched with your contacts by e-mail (ignoring case), then by LinkedIn URL
    (ignoring `www.`, query and trailing slash): a match is **updated** (non-empty values in the
    file replace stored ones, empty cells never clear anything, tags are added), anything else
    is **created** with your default keep-in-touch cadence. Rows for the same person within the
    file are combined. Importing the same file again changes nothing.

    A row that fails validation (e.g. an invalid e-mail address) is reported in `errors` with its
    row number and skipped; the other rows are imported. The file as a whole is refused (422,
    nothing written) when it is not text, has no recognizable header, or has more than
    10 000 rows."""
    report = imports_service.import_contacts(
        session, user=user, data=file.file.read(), dry_run=dry_run
    )
    # Written to JSON once, here, without validating it again: a large file's report has a row
    # per row, built by the service from values of the report's own types.
    return answer_document(report)


@router.post("/archive", response_model=RestoreReport, summary="Restore a full export")
def restore_archive(
    user: CurrentUser,
    session: SessionDep,
    file: Annotated[
        UploadFile,
        File(
            description="A JSON export from `GET /api/v1/export`, as is or gzipped; at most 5 MiB "
            "uploaded (gzip a larger one) and 100 MiB uncompressed."
        ),
    ],
) -> RestoreReport:
    """Loads everything in the archive into your account, all or nothing: contacts, touches,
    interviews, question bank, referrals, reminders, templates, and your profile settings (not
    your e-mail address or password). Every record gets a new id; references between records
    are kept. Each record is validated with the same limits as the API, and every reference must
    point to a record in the archive: otherwise 422 lists the problems (`errors[].field` is
    e.g. `contacts.3.email`) and nothing changes.

    Meant for a new account: 409 if yours already has contacts or reminders. Your question bank
    and templates are replaced by the archive's. Webhooks are listed in `skipped` (their signing
    secrets are never exported: create them again)."""
    data = file.file.read()
    return archive_service.restore(session, user=user, data=data)
