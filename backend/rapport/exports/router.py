"""`/export`: everything you own as JSON (to keep, or to restore elsewhere with
`POST /imports/archive`), and your contacts as CSV or vCard for other tools."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from fastapi import Request, Response

from rapport.auth.dependencies import CurrentUser
from rapport.exports import service as exports_service
from rapport.exports.schemas import Archive
from rapport.exports.streaming import SnapshotStream
from rapport.routing import api_router

router = api_router(prefix="/export", tag="import-export")

# Each download by its file name's extension: what writes it, and its media type.
_FORMATS: dict[str, tuple[Callable[..., Iterator[bytes]], str]] = {
    "json": (exports_service.archive_json, "application/json"),
    "csv": (exports_service.contacts_csv, "text/csv; charset=utf-8"),
    "vcf": (exports_service.contacts_vcf, "text/vcard; charset=utf-8"),
}


def _download(request: Request, user: CurrentUser, extension: str) -> Response:
    """The export as a download, streamed from one snapshot on a connection of its own (the
    request's session is closed before the body is sent)."""
    write, media_type = _FORMATS[extension]
    return SnapshotStream(
        request.app.state.db.request_engine,
        partial(write, user_id=user.id),
        media_type=media_type,
        filename=exports_service.attachment_name(user, extension),
    )


@router.get("", response_model=Archive, summary="Export everything (JSON)")
def export_everything(request: Request, user: CurrentUser) -> Response:
    """A `rapport-export` version 1 document with your profile and settings, contacts,
    touches, interviews, question bank, referrals, reminders, templates and webhooks. Secrets
    (password, tokens, the calendar URL, webhook signing secrets) are never included. Load it
    into another account with `POST /api/v1/imports/archive`."""
    return _download(request, user, "json")


@router.get(
    "/contacts.csv",
    response_class=Response,
    summary="Export contacts (CSV)",
    responses={200: {"description": "UTF-8 CSV.", "content": {"text/csv": {}}}},
)
def export_contacts_csv(request: Request, user: CurrentUser) -> Response:
    """One row per contact, in the columns `POST /imports/contacts` reads back (tags separated
    by `;`). Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
    tab or carriage return) are prefixed with `'`; an import removes that prefix again."""
    return _download(request, user, "csv")


@router.get(
    "/contacts.vcf",
    response_class=Response,
    summary="Export contacts (vCard)",
    responses={
        200: {"description": "vCard 3.0, one card per contact.", "content": {"text/vcard": {}}}
    },
)
def export_contacts_vcf(request: Request, user: CurrentUser) -> Response:
    """vCard 3.0 (RFC 2426), which Google Contacts, Apple Contacts and Outlook import: name,
    e-mail, phone, organization, title, location, LinkedIn URL, notes and tags (as
    `CATEGORIES`)."""
    return _download(request, user, "vcf")
