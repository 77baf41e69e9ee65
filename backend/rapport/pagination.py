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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, Select, and_, case, false, func, literal, or_, tuple_
from sqlalchemy.orm import QueryableAttribute, Session

from rapport.errors import Invalid

T = TypeVar("T")
R = TypeVar("R")

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


def _after(keys: Sequence[SortKey], values: Sequence[Any]) -> ColumnElement[bool]:
    bound = [
        literal(value, type_=key.expression.type) for key, value in zip(keys, values, strict=True)
    ]
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


def paginate(
    session: Session,
    statement: Select[Any],
    *,
    keys: Sequence[SortKey],
    params: PageParams,
    sort: str = "default",
) -> tuple[list[Any], str | None]:
    """Run ``statement`` for one page in the order of ``keys``: its rows (the entity itself when
    it selects one), and the cursor of the next page.

    The last key must be unique (the id) so the order is total.
    """
    if params.cursor:
        statement = statement.where(_after(keys, decode_cursor(params.cursor, sort, keys)))
    order = [k.expression.desc() if k.descending else k.expression.asc() for k in keys]
    labelled = [k.expression.label(f"_sort_{i}") for i, k in enumerate(keys)]
    rows = session.execute(
        statement.add_columns(*labelled).order_by(*order).limit(params.limit + 1)
    ).all()
    next_cursor = None
    if len(rows) > params.limit:
        rows = rows[: params.limit]
        next_cursor = encode_cursor(sort, list(rows[-1][-len(keys) :]))
    width = len(rows[0]) - len(keys) if rows else 1
    return [row[0] if width == 1 else row[:width] for row in rows], next_cursor


def keyset_page(
    session: Session,
    statement: Select[Any],
    *,
    keys: Sequence[SortKey],
    page: PageParams,
    sort: str,
    read: Callable[[Any], R],
) -> Page[R]:
    """One page of a filtered list, as every list endpoint answers it.

    ``statement`` selects one entity with the list's filters applied; ``keys`` is its order (the
    last one unique); ``sort`` names the order in the cursor, so a cursor of another list or
    order is refused; ``read`` turns a row into its answer schema.
    """
    rows, next_cursor = paginate(session, statement, keys=keys, params=page, sort=sort)
    return Page(items=[read(row) for row in rows], next_cursor=next_cursor)
