"""Our contacts CSV: its columns, and how a cell is kept from running as a formula. Written by
the export, read back by the import."""

from __future__ import annotations

import re

from rapport.contacts.schemas import ContactUpdate

# A contact's editable fields, in the order the API documents them: what an export writes and an
# import reads back. A field added to contacts is exported with the others (and the restore
# tests then ask for it in `schemas.ArchiveContact`, which refuses fields it does not know).
CONTACT_FIELDS = tuple(ContactUpdate.model_fields)
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
