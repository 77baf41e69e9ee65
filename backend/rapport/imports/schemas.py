from __future__ import annotations

import enum
import uuid
from typing import Literal

from pydantic import BaseModel, Field

ImportFormat = Literal["rapport-csv", "linkedin-csv", "google-csv", "csv", "vcard"]


class RowAction(enum.StrEnum):
    created = "created"
    updated = "updated"
    unchanged = "unchanged"
    merged = "merged"
    error = "error"


class ImportRowError(BaseModel):
    row: int = Field(
        description="The row as a spreadsheet numbers it (the header is row 1 of a plain CSV; "
        "LinkedIn's note lines count too); for a vCard file, the card's position (1 = first)."
    )
    line: int = Field(description="The line of the file where the row or card starts.")
    message: str


class ImportRowResult(BaseModel):
    row: int
    line: int
    action: RowAction = Field(
        description="`created`: a new contact; `updated`: an existing contact (matched by "
        "e-mail, then LinkedIn URL) changed; `unchanged`: it already matched the file; "
        "`merged`: the same person as an earlier row, whose values were combined with it; "
        "`error`: not imported (see `message`)."
    )
    full_name: str | None = None
    email: str | None = None
    contact_id: uuid.UUID | None = Field(
        default=None,
        description="The contact created or updated (null in a dry run for new contacts).",
    )
    changes: list[str] = Field(default_factory=list, description="The fields an update changes.")
    message: str | None = None


class ImportReport(BaseModel):
    format: ImportFormat = Field(description="What the file was recognized as.")
    dry_run: bool = Field(description="True: nothing was written; this is what would happen.")
    total_rows: int = Field(description="Data rows (or cards) read, blank rows not counted.")
    created: int
    updated: int
    skipped: int = Field(
        description="Rows that changed nothing: already up to date, or the same person as an "
        "earlier row (merged into it). Rows with errors are counted in `errors` instead."
    )
    errors: list[ImportRowError]
    rows: list[ImportRowResult] = Field(description="One result per row, in file order.")


class RestoreReport(BaseModel):
    restored: dict[str, int] = Field(
        description="Records loaded per section (contacts, interactions, interviews, questions, "
        "referrals, reminders, templates).",
        examples=[{"contacts": 120, "interactions": 340, "interviews": 12}],
    )
    skipped: dict[str, int] = Field(
        description="Records not loaded per section, with the reason in `notes`.",
        examples=[{"webhooks": 1}],
    )
    notes: list[str] = Field(default_factory=list)
