"""Building blocks shared by every domain's request and response schemas.

Request bodies forbid unknown fields; every string and list has a documented maximum.
"""

from __future__ import annotations

import datetime
import re
import zoneinfo
from collections.abc import Sequence
from functools import cache, lru_cache
from types import UnionType
from typing import Annotated, Any, ClassVar, Union, get_args, get_origin
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    FutureDatetime,
    NaiveDatetime,
    Strict,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from rapport import text
from rapport.errors import Invalid

MAX_NAME = 200
MAX_SHORT_TEXT = 200
MAX_NOTE = 2_000
MAX_LONG_TEXT = 20_000
MAX_URL = 2_048
MAX_TAGS = 30
MAX_TAG = 40


_TIME_TYPES = (datetime.datetime, datetime.date, AwareDatetime, NaiveDatetime, FutureDatetime)


def _is_time(annotation: Any) -> bool:
    if any(annotation is kind for kind in _TIME_TYPES):
        return True
    return any(_is_time(arg) for arg in get_args(annotation))


_NUMERIC = re.compile(r"[+-]?\d+(\.\d*)?")


def _stripped_limit(annotation: Any, metadata: Sequence[Any] = ()) -> tuple[int, bool] | None:
    """(max_length, whether it applies to each item of a list) of a string type whose white
    space is stripped before its length is checked; None for any other type."""
    for item in metadata:
        if isinstance(item, StringConstraints) and item.strip_whitespace and item.max_length:
            return item.max_length, False
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *extra = get_args(annotation)
        return _stripped_limit(inner, extra)
    if origin is list:
        found = _stripped_limit(get_args(annotation)[0])
        return (found[0], True) if found is not None and not found[1] else None
    if origin in (Union, UnionType):
        for arg in get_args(annotation):
            found = _stripped_limit(arg)
            if found is not None:
                return found
    return None


@cache
def _stripped_limits(model: type[BaseModel]) -> dict[str, tuple[int, bool]]:
    limits = {
        name: _stripped_limit(field.annotation, field.metadata)
        for name, field in model.model_fields.items()
    }
    return {name: limit for name, limit in limits.items() if limit is not None}


def _expects_int(annotation: Any) -> bool:
    if annotation is int:
        return True
    return any(_expects_int(arg) for arg in get_args(annotation) if arg is not type(None))


class RequestModel(BaseModel):
    # Unknown fields are refused; numbers and booleans are not coerced from other types.
    model_config = ConfigDict(extra="forbid")

    # One validator for every field, not one per rule: pydantic calls it for each field of each
    # request (and each row of an imported file), so every extra one is a call per field.
    @field_validator("*", mode="before", check_fields=False)
    @classmethod
    def _as_documented(cls, value: Any, info: ValidationInfo) -> Any:
        """What the document promises about every field, before pydantic's own checks:

        - every string (bodies, imported rows, restored archives) is text that can be stored:
          no NUL, no unpaired surrogate (see `rapport.text`);
        - `maxLength` counts the text as sent: a stripped field would otherwise take a longer
          text whose surplus is white space around it;
        - JSON Schema's `integer` is any number without a fraction (`3.0` too); strict integer
          fields would refuse `3.0`, so it is read as the integer it is."""
        value = text.check(value)
        name = str(info.field_name)
        limit = _stripped_limits(cls).get(name)
        if limit is not None:
            max_length, per_item = limit
            texts = value if per_item and isinstance(value, list) else [value]
            if any(isinstance(item, str) and len(item) > max_length for item in texts):
                raise ValueError(f"String should have at most {max_length} characters")
        integral = isinstance(value, float) and value.is_integer()
        if integral and _expects_int(cls.model_fields[name].annotation):
            return int(value)
        return value

    @model_validator(mode="before")
    @classmethod
    def _times_are_rfc3339(cls, data: Any) -> Any:
        """Pydantic reads a number (or a string of digits) as a Unix timestamp; the API documents
        RFC 3339 text, so refuse anything else rather than guess 1970."""
        if not isinstance(data, dict):
            return data
        for name, key in _time_fields(cls):
            value = data.get(key)
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            if numeric or (isinstance(value, str) and _NUMERIC.fullmatch(value.strip())):
                raise ValueError(f"{name}: use an RFC 3339 time such as 2030-01-01T09:00:00Z.")
        return data


@cache
def _time_fields(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """(name, key in the body) of the model's time fields, found once per model."""
    return tuple(
        (name, field.alias or name)
        for name, field in model.model_fields.items()
        if _is_time(field.annotation)
    )


def _only_clearable_fields_take_null(schema: dict[str, Any], model: type[BaseModel]) -> None:
    clearable: frozenset[str] = getattr(model, "clearable", frozenset())
    for name, prop in schema.get("properties", {}).items():
        branches = prop.get("anyOf")
        if name in clearable or not branches or {"type": "null"} not in branches:
            continue
        rest = [branch for branch in branches if branch != {"type": "null"}]
        del prop["anyOf"]
        if len(rest) == 1:
            prop.update(rest[0])
        else:
            prop["anyOf"] = rest
        prop.pop("default", None)


class PartialUpdate(RequestModel):
    """A `PATCH` body: send only what changes. Only the fields named in `clearable` take `null`
    (to clear them); the document says so, and `changes()` refuses null for the others (422)."""

    model_config = ConfigDict(json_schema_extra=_only_clearable_fields_take_null)
    clearable: ClassVar[frozenset[str]] = frozenset()

    def changes(self, *, field_prefix: str = "") -> dict[str, Any]:
        """The fields sent, by name; null for a field not in `clearable` is refused (422 naming
        the field, under `field_prefix` for a nested update)."""
        sent = self.model_dump(exclude_unset=True)
        for field, value in sent.items():
            if value is None and field not in self.clearable:
                raise Invalid(f"{field} cannot be null.", field=f"{field_prefix}{field}")
        return sent


_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


def _rfc3339_only(value: Any) -> Any:
    # Pydantic would also take a number as Unix time; the API documents RFC 3339 strings only.
    if isinstance(value, str) and _RFC3339.match(value.strip()):
        return value
    if hasattr(value, "tzinfo"):  # already a datetime (Python callers)
        return value
    raise ValueError("Use an RFC 3339 time with a UTC offset, e.g. 2026-12-03T15:00:00-06:00.")


Timestamp = Annotated[AwareDatetime, BeforeValidator(_rfc3339_only)]
"""An RFC 3339 time with an offset; numbers and naive times are refused."""

EARLIEST = datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC)
"""The earliest time a touch, an interview or a reminder may have; an older one is a typo."""


StrictInt = Annotated[int, Strict()]
StrictBool = Annotated[bool, Strict()]


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


@lru_cache(maxsize=1)
def _timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _check_timezone(value: str) -> str:
    if value not in _timezones():
        raise ValueError("Unknown time zone; use an IANA name such as 'America/Chicago'.")
    return value


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("Use a full http:// or https:// address.")
    return value


def _normalize_tags(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(tag.strip().lower() for tag in tags if tag.strip()))


# Text that may not be blank: surrounding white space is stripped and something must remain. The
# pattern says so in the document (only spaces → 422), along with the NUL rule. The white space
# is what `str.strip()` removes, spelled out: `\s` means another set in a JSON Schema pattern
# (ECMA-262's has U+FEFF but not U+001C–U+001F or U+0085).
STRIPPED_SPACE = (
    r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
NONBLANK_PATTERN = rf"^[^\x00]*[^\x00{STRIPPED_SPACE}][^\x00]*$"


def nonblank(max_length: int) -> StringConstraints:
    return StringConstraints(
        strip_whitespace=True, min_length=1, max_length=max_length, pattern=NONBLANK_PATTERN
    )


Name = Annotated[str, nonblank(MAX_NAME)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_SHORT_TEXT)]
Note = Annotated[str, Field(max_length=MAX_NOTE)]
LongText = Annotated[str, Field(max_length=MAX_LONG_TEXT)]
# What `_check_url` accepts, said as a pattern (surrounding white space is stripped); user info
# and non-ASCII host names are accepted too but not promised.
URL_PATTERN = (
    r"^\s*[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9._~%!$&'()*+,;=-]+(:[0-9]{0,5})?"
    r"([/?#][^\s\x00]*)?\s*$"
)
Url = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=MAX_URL),
    AfterValidator(_check_url),
    Field(
        examples=["https://www.linkedin.com/in/ada-example"],
        json_schema_extra={"pattern": URL_PATTERN},
    ),
]
TimeZone = Annotated[
    str,
    StringConstraints(max_length=64),
    AfterValidator(_check_timezone),
    Field(
        description="An IANA time zone name (as listed in the tz database, e.g. "
        "`Europe/Berlin`); any other name is refused (422).",
        examples=["America/New_York"],
        json_schema_extra={"format": "iana-time-zone"},
    ),
]
Tag = Annotated[str, nonblank(MAX_TAG)]
Tags = Annotated[
    list[Tag],
    Field(
        max_length=MAX_TAGS,
        description=f"Up to {MAX_TAGS} tags of up to {MAX_TAG} characters; stored lower-case, "
        "without duplicates.",
        examples=[["biotech", "phd-alum"]],
    ),
    AfterValidator(_normalize_tags),
]
