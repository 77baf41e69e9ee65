"""Keyset pagination: ``?limit=&cursor=`` in, ``{"items": [...], "next_cursor": ...}`` out.

A cursor is the sort-key values of the last row of the previous page (plus the name of the
sort it belongs to), base64url-encoded JSON. The next page is "rows after these values in this
order", so pages are stable under inserts and a deep page costs the same as the first.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    or_,
    tuple_,
)
from sqlalchemy.engine import Row
from sqlalchemy.orm import QueryableAttribute, Session

from rapport.errors import Invalid

T = TypeVar("T")

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None


async def page_params(
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size, 1–200.")
    ] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[
        str | None,
        Query(max_length=1000, description="`next_cursor` from the previous page."),
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor)


PageDep = Annotated[PageParams, Depends(page_params)]


@dataclass(frozen=True)
class SortKey:
    """One column (or expression) of a sort order, with the Python type of its values."""

    expression: ColumnElement[Any] | QueryableAttribute[Any]
    kind: type
    descending: bool = False


# What `nulls_last` puts in a cursor for a null time.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def nulls_last(
    expression: ColumnElement[Any] | QueryableAttribute[Any],
    kind: type,
    sentinel: Any,
    *,
    descending: bool = False,
) -> list[SortKey]:
    """Sort a nullable column with its nulls after every value, in either direction."""
    is_null = case((expression.is_(None), 1), else_=0)
    filled = func.coalesce(expression, literal(sentinel, type_=expression.type))
    return [SortKey(is_null, int), SortKey(filled, kind, descending)]


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _decode_value(raw: Any, kind: type) -> Any:
    if kind is datetime:
        value = datetime.fromisoformat(raw)
        if value.tzinfo is None:
            raise ValueError("naive time in cursor")
        return value
    if kind is uuid.UUID:
        return uuid.UUID(raw)
    if kind is int and isinstance(raw, bool):
        raise ValueError("bool is not an int")
    if not isinstance(raw, kind):
        raise ValueError(f"expected {kind.__name__}")
    return raw


def encode_cursor(sort: str, values: Sequence[Any]) -> str:
    payload = json.dumps(
        {"s": sort, "v": [_encode_value(v) for v in values]}, separators=(",", ":")
    )
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, keys: Sequence[SortKey]) -> list[Any]:
    invalid = Invalid(
        "This cursor is malformed or belongs to another listing; start again without one.",
        field="query.cursor",
    )
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        if not isinstance(payload, dict) or payload.get("s") != sort:
            raise invalid
        raw_values = payload.get("v")
        if not isinstance(raw_values, list) or len(raw_values) != len(keys):
            raise invalid
        return [_decode_value(raw, key.kind) for raw, key in zip(raw_values, keys, strict=True)]
    except (ValueError, TypeError, UnicodeError, binascii.Error, json.JSONDecodeError):
        raise invalid from None


def _after(keys: Sequence[SortKey]) -> ColumnElement[bool]:
    """ "Past the cursor" in the order of ``keys``, with the cursor's values as the bound
    parameters ``_after_0``, ``_after_1``, … (so the statement is built once)."""
    bound = [bindparam(f"_after_{i}", type_=key.expression.type) for i, key in enumerate(keys)]
    directions = {key.descending for key in keys}
    if len(directions) == 1:
        # One direction: a row-value comparison, which Postgres answers from a composite index.
        left, right = tuple_(*[k.expression for k in keys]), tuple_(*bound)
        return left < right if directions.pop() else left > right
    clauses: list[ColumnElement[bool]] = []
    for i, key in enumerate(keys):
        equal_prefix = [keys[j].expression == bound[j] for j in range(i)]
        step = key.expression < bound[i] if key.descending else key.expression > bound[i]
        clauses.append(and_(*equal_prefix, step))
    return or_(false(), *clauses)


# A filter of a list: its condition for a dialect, with ``bindparam(<filter name>)`` for its value.
Condition = Callable[[str], ColumnElement[bool]]


@dataclass(frozen=True, eq=False)
class Listing:
    """One list endpoint's query: what it selects for whom (``statement``, with its owner as
    bound parameters), its optional ``filters``, and its order (``keys``, the last one unique;
    ``sort`` names it in cursors, so a cursor of another list or order is refused).

    The statement for each combination of filters present, with or without a cursor, is built
    once and reused with new values: building and hashing a statement costs about as much as
    running it (see bench/README.md).
    """

    statement: Select[*tuple[Any, ...]]
    keys: tuple[SortKey, ...]
    sort: str
    filters: Mapping[str, Condition] = field(default_factory=dict)
    # Rows of ORM objects (through the session) rather than of plain columns: for the few
    # lists whose answers are computed from the objects.
    orm: bool = False

    @cache  # noqa: B019 - listings are module-level and live as long as the process
    def _built(
        self, dialect: str, present: frozenset[str], after: bool
    ) -> Select[*tuple[Any, ...]]:
        statement = self.statement.where(*(self.filters[name](dialect) for name in sorted(present)))
        if after:
            statement = statement.where(_after(self.keys))
        order = [k.expression.desc() if k.descending else k.expression.asc() for k in self.keys]
        labelled = [k.expression.label(f"_sort_{i}") for i, k in enumerate(self.keys)]
        return (
            statement.add_columns(*labelled)
            .order_by(*order)
            .limit(bindparam("_limit", type_=Integer))
        )

    def page(
        self, session: Session, page: PageParams, **values: Any
    ) -> tuple[list[Row[Any]], str | None]:
        """One page: the rows (the statement's columns, then the sort keys) and the cursor of
        the next page. ``values`` holds the statement's parameters and the filters' values; a
        filter whose value is None is left out."""
        present = frozenset(name for name in self.filters if values.get(name) is not None)
        parameters = {name: value for name, value in values.items() if value is not None}
        parameters["_limit"] = page.limit + 1
        if page.cursor:
            cursor = decode_cursor(page.cursor, self.sort, self.keys)
            parameters.update({f"_after_{i}": value for i, value in enumerate(cursor)})
        connection = session.connection()  # Core rows, without the ORM's result machinery
        statement = self._built(connection.dialect.name, present, bool(page.cursor))
        executor = session if self.orm else connection
        rows = list(executor.execute(statement, parameters).all())
        next_cursor = None
        if len(rows) > page.limit:
            rows = rows[: page.limit]
            next_cursor = encode_cursor(self.sort, list(rows[-1][-len(self.keys) :]))
        return rows, next_cursor
