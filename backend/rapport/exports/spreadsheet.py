"""Our contacts CSV: its columns, and how a cell is kept from running as a formula. Written by
the export, read back by the import."""

from __future__ import annotations

import re

CONTACT_FIELDS = (
    "full_name",
    "email",
    "phone",
    "linkedin_url",
    "organization",
    "title",
    "location",
    "connection",
    "connection_note",
    "tags",
    "stage",
    "notes",
    "research_notes",
    "keep_in_touch_days",
)
# Our CSV: the editable fields first (what an import reads back), then read-only ones.
CONTACT_CSV_COLUMNS = (
    *CONTACT_FIELDS,
    "last_contacted_at",
    "next_touch_due",
    "created_at",
    "updated_at",
    "id",
)
TAG_SEPARATOR = "; "


# A cell a spreadsheet would run as a formula (OWASP "CSV injection"), possibly behind quotes we
# added before: prefixing one more `'` makes it text, and an import takes exactly one away.
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def neutralize(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) else cell


def unneutralize(cell: str) -> str:
    """The inverse of :func:`neutralize`, for reading our own CSV back."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell
