"""Recognizing and reading contact files: our own CSV, LinkedIn's `Connections.csv`, Google
Contacts' CSV (old and new column names), Outlook-style CSV, and vCard.

The format is told from the content, never the file name. Each record becomes a
:class:`SourceRecord` of plain strings keyed by our contact fields; the service validates them.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

from rapport.exports.spreadsheet import CONTACT_FIELDS, unneutralize
from rapport.imports import vcard
from rapport.imports.schemas import ImportFormat

MAX_ROWS = 10_000
# Rows scanned for the header: LinkedIn puts a few note lines above it.
HEADER_SEARCH_ROWS = 30
MAX_TAGS = 30
MAX_TAG = 40


# C0 and C1 control characters other than tab and line breaks: text files have next to none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class FileProblem(Exception):
    """The file as a whole cannot be imported (422): not text, unknown columns, too many rows."""


@dataclass
class SourceRecord:
    row: int  # as a spreadsheet numbers rows (header = row 1 in a plain CSV); vCard: card number
    line: int  # the line of the file where the record starts
    values: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass
class SourceFile:
    format: ImportFormat
    records: list[SourceRecord]


# --- text ------------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), or UTF-16 with one; anything else, or binary
    data, is refused."""
    if not data.strip():
        raise FileProblem("The file is empty.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise FileProblem("The file is not valid UTF-16 text.") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileProblem(
                "The file is not UTF-8 text. Save it as UTF-8 (in Excel: “CSV UTF-8”) and try "
                "again; images, spreadsheets (.xlsx) and other binary files cannot be imported."
            ) from None
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(10, len(text) // 100):
        raise FileProblem("This looks like a binary file, not a CSV or vCard text file.")
    return text


def read(data: bytes) -> SourceFile:
    text = decode(data)
    if vcard.looks_like_vcard(text):
        return _read_vcards(text)
    return _read_csv(text)


# --- shared field helpers --------------------------------------------------------------------


def clean(value: str | None) -> str:
    return (value or "").strip()


@lru_cache(maxsize=32_768)
def linkedin_key(url: str) -> str:
    """The same profile under any spelling: scheme, `www.`/country subdomains, query, trailing
    slash, case and percent-encoding are ignored."""
    text = url.strip()
    parts = urlsplit(text if "://" in text else "https://" + text)
    host = (parts.hostname or "").lower()
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        host = "linkedin.com"
    path = unquote(parts.path).rstrip("/").lower()
    return host + path


def is_linkedin(url: str) -> bool:
    return linkedin_key(url).startswith("linkedin.com/")


def full_url(value: str) -> str:
    """LinkedIn and Google sometimes drop the scheme (`www.linkedin.com/in/…`)."""
    value = value.strip()
    if value and "://" not in value and re.match(r"^[\w.-]+\.[a-z]{2,}(/|$)", value, re.I):
        return "https://" + value
    return value


def tags_from(values: list[str]) -> list[str]:
    """Tags as the API stores them, cut to its limits rather than losing the contact."""
    seen: dict[str, None] = {}
    for value in values:
        tag = value.strip().lower()[:MAX_TAG].strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)[:MAX_TAGS]


def join_name(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part and part.strip())


# --- CSV -------------------------------------------------------------------------------------


def _normalize_header(cell: str) -> str:
    return re.sub(r"\s+", " ", cell.replace("\ufeff", "").strip().lower())


# Header names (normalized) → our field; the first non-empty column of a field wins.
_ALIASES: dict[str, str] = {
    "name": "full_name",
    "full name": "full_name",
    "display name": "full_name",
    "first name": "first_name",
    "given name": "first_name",
    "firstname": "first_name",
    "middle name": "middle_name",
    "additional name": "middle_name",
    "last name": "last_name",
    "family name": "last_name",
    "surname": "last_name",
    "lastname": "last_name",
    "email": "email",
    "e-mail": "email",
    "email address": "email",
    "e-mail address": "email",
    "e-mail 1 - value": "email",
    "email 1 - value": "email",
    "e-mail 2 address": "email",
    "e-mail 2 - value": "email",
    "phone": "phone",
    "phone number": "phone",
    "mobile": "phone",
    "mobile phone": "phone",
    "phone 1 - value": "phone",
    "business phone": "phone",
    "primary phone": "phone",
    "home phone": "phone",
    "phone 2 - value": "phone",
    "company": "organization",
    "organization": "organization",
    "organisation": "organization",
    "organization 1 - name": "organization",
    "organization name": "organization",
    "employer": "organization",
    "position": "title",
    "job title": "title",
    "organization 1 - title": "title",
    "organization title": "title",
    "role": "title",
    "linkedin": "linkedin_url",
    "linkedin url": "linkedin_url",
    "linkedin profile": "linkedin_url",
    "website": "website",
    "web page": "website",
    "website 1 - value": "website",
    "website 2 - value": "website",
    "location": "location",
    "city": "city",
    "address 1 - city": "city",
    "address 1 - region": "region",
    "address 1 - country": "country",
    "business city": "city",
    "business state": "region",
    "business country/region": "country",
    "notes": "notes",
    "note": "notes",
    "tags": "tags",
    "labels": "tags",
    "group membership": "tags",
    "categories": "tags",
    "connected on": "connected_on",
}
_GOOGLE_MARKERS = frozenset(
    {
        "given name",
        "family name",
        "e-mail 1 - value",
        "phone 1 - value",
        "organization 1 - name",
        "organization name",
        "group membership",
        "labels",
        "website 1 - value",
    }
)
_GOOGLE_SEPARATOR = " ::: "  # Google Contacts puts several values in one cell like this


def _format_of(header: list[str]) -> ImportFormat | None:
    names = set(header)
    if "full_name" in names:
        return "rapport-csv"
    if {"first name", "last name"} <= names and ("connected on" in names or "url" in names):
        return "linkedin-csv"
    if names & _GOOGLE_MARKERS:
        return "google-csv"
    if names & {
        "name",
        "full name",
        "display name",
        "first name",
        "last name",
        "email",
        "e-mail address",
        "email address",
    }:
        return "csv"
    return None


def _find_header(
    rows: list[tuple[int, int, list[str]]],
) -> tuple[int, ImportFormat] | None:
    for position, (_, _, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fmt = _format_of([_normalize_header(cell) for cell in cells])
        if fmt is not None:
            return position, fmt
    return None


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, int, list[str]]]:
    """(row number as a spreadsheet shows it, first line, cells) for every record."""
    # Split on line breaks only (not on U+2028 and friends, which may sit inside a cell).
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    next_line = 1
    for number, cells in enumerate(reader, start=1):
        yield number, next_line, cells
        next_line = reader.line_num + 1


def _read_csv(text: str) -> SourceFile:
    found: tuple[str, list[tuple[int, int, list[str]]], int, ImportFormat] | None = None
    best = -1
    for delimiter in (",", ";", "\t"):
        try:
            head = []
            for item in _csv_rows(text, delimiter):
                head.append(item)
                if len(head) >= HEADER_SEARCH_ROWS:
                    break
        except csv.Error:
            continue
        located = _find_header(head)
        if located is None:
            continue
        position, fmt = located
        recognized = sum(
            1
            for cell in head[position][2]
            if _normalize_header(cell) in _ALIASES or _normalize_header(cell) in CONTACT_FIELDS
        )
        if recognized > best:
            best = recognized
            found = (delimiter, head, position, fmt)
    if found is None:
        raise FileProblem(
            "No header row with contact columns found. Use our CSV columns (starting with "
            "`full_name`; see GET /api/v1/export/contacts.csv), a LinkedIn Connections.csv, a "
            "Google Contacts CSV export, or a vCard (.vcf) file."
        )
    delimiter, _, position, fmt = found
    try:
        rows = list(_csv_rows(text, delimiter))
    except csv.Error as exc:
        raise FileProblem(f"The CSV cannot be read: {exc}.") from None
    header = [_normalize_header(cell) for cell in rows[position][2]]
    data_rows = [item for item in rows[position + 1 :] if any(cell.strip() for cell in item[2])]
    if len(data_rows) > MAX_ROWS:
        raise FileProblem(
            f"The file has {len(data_rows)} rows; at most {MAX_ROWS} can be imported at once. "
            "Split it into smaller files."
        )
    targets = _targets(header, fmt)
    records = []
    for number, line, cells in data_rows:
        record = SourceRecord(row=number, line=line)
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            record.error = (
                f"This row has {len(cells)} cells but the header has {len(header)}; "
                "check for an unquoted comma."
            )
        elif fmt == "rapport-csv":
            record.values = _rapport_values(targets, cells)
        else:
            record.values = _aliased_values(targets, cells)
        records.append(record)
    return SourceFile(format=fmt, records=records)


def _targets(header: list[str], fmt: ImportFormat) -> list[tuple[int, str]]:
    """(column index, our field) for every column we read, worked out once per file."""
    if fmt == "rapport-csv":
        return [(i, name) for i, name in enumerate(header) if name in CONTACT_FIELDS]
    has_job_title = "job title" in header
    targets = []
    for index, name in enumerate(header):
        target = _ALIASES.get(name)
        if fmt == "linkedin-csv" and name == "url":
            target = "linkedin_url"
        if name == "title" and not has_job_title:
            target = "title"  # a plain "Title" column is a job title unless "Job Title" exists
        if target is not None:
            targets.append((index, target))
    return targets


def _rapport_values(targets: list[tuple[int, str]], cells: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for index, name in targets:
        # Read-only columns (ids, derived dates) are not among the targets.
        cell = unneutralize(cells[index]).strip() if index < len(cells) else ""
        if cell:
            values[name] = tags_from(cell.split(";")) if name == "tags" else cell
    return values


def _aliased_values(targets: list[tuple[int, str]], cells: list[str]) -> dict[str, Any]:
    raw: dict[str, str] = {}
    websites: list[str] = []
    tags: list[str] = []
    for index, target in targets:
        cell = cells[index].strip() if index < len(cells) else ""
        if not cell:
            continue
        if _GOOGLE_SEPARATOR.strip() in cell:
            parts = [part.strip() for part in cell.split(_GOOGLE_SEPARATOR) if part.strip()]
        else:
            parts = [cell]
        if target == "website":
            websites += parts
        elif target == "tags":
            # Google's system labels ("* myContacts", "* starred") are not tags.
            for part in parts:
                tags += [t for t in re.split(r"[;,]", part) if not t.strip().startswith("*")]
        elif parts:
            raw.setdefault(target, parts[0])
    values: dict[str, Any] = {}
    name = raw.get("full_name") or join_name(
        raw.get("first_name", ""), raw.get("middle_name", ""), raw.get("last_name", "")
    )
    if name:
        values["full_name"] = name
    for key in ("email", "phone", "organization", "title", "notes"):
        if raw.get(key):
            values[key] = raw[key]
    linkedin = raw.get("linkedin_url") or next((w for w in websites if is_linkedin(w)), "")
    if linkedin:
        values["linkedin_url"] = full_url(linkedin)
    location = raw.get("location") or ", ".join(
        raw[key] for key in ("city", "region", "country") if raw.get(key)
    )
    if location:
        values["location"] = location
    if tags:
        values["tags"] = tags_from(tags)
    if raw.get("connected_on"):
        values["connection_note"] = f"Connected on LinkedIn since {raw['connected_on']}."
    return values


# --- vCard -----------------------------------------------------------------------------------


def _read_vcards(text: str) -> SourceFile:
    cards = vcard.parse(text)
    if not cards:
        raise FileProblem("The file starts like a vCard but holds no complete card.")
    if len(cards) > MAX_ROWS:
        raise FileProblem(
            f"The file has {len(cards)} cards; at most {MAX_ROWS} can be imported at once. "
            "Split it into smaller files."
        )
    records = []
    for card in cards:
        record = SourceRecord(row=card.number, line=card.line, error=card.error)
        if record.error is None:
            record.values = _card_values(card)
        records.append(record)
    return SourceFile(format="vcard", records=records)


def _card_values(card: vcard.Card) -> dict[str, Any]:
    values: dict[str, Any] = {}
    name = vcard.text_value(card.best("FN"))
    if not name and (n := card.best("N")) is not None:
        family, given, additional, *_ = [*vcard.split_escaped(n.value, ";"), "", "", ""]
        name = join_name(given, additional, family)
    if name:
        values["full_name"] = name
    email = vcard.uri_value(card.best("EMAIL"), "mailto")
    if email:
        values["email"] = email
    phone = vcard.uri_value(card.best("TEL"), "tel")
    if phone:
        values["phone"] = phone
    if (org := card.best("ORG")) is not None and (unit := vcard.split_escaped(org.value, ";")[0]):
        values["organization"] = unit
    if title := vcard.text_value(card.best("TITLE")) or vcard.text_value(card.best("ROLE")):
        values["title"] = title
    addresses = card.all("ADR")
    if addresses:
        address = next((a for a in addresses if a.has_type("work")), addresses[0])
        parts = [*vcard.split_escaped(address.value, ";"), "", "", "", "", "", "", ""]
        # PO box; extended; street; locality; region; postal code; country
        location = ", ".join(part for part in (parts[3], parts[4], parts[6]) if part)
        if location:
            values["location"] = location
    links = [vcard.text_value(p) for p in (*card.all("URL"), *card.all("X-SOCIALPROFILE"))]
    linkedin = next((link for link in links if is_linkedin(link)), "")
    if linkedin:
        values["linkedin_url"] = full_url(linkedin)
    notes = [vcard.text_value(p) for p in card.all("NOTE")]
    if any(notes):
        values["notes"] = "\n\n".join(note for note in notes if note)
    categories = [tag for p in card.all("CATEGORIES") for tag in vcard.split_escaped(p.value, ",")]
    if categories:
        values["tags"] = tags_from(categories)
    return values
