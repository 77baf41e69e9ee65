"""The read path: the columns an answer schema shows, selected as plain rows and written to JSON
once. No ORM objects are built for reads, and flat answers skip pydantic altogether (identity
map, instance state, validation and serialization cost more than the query; see
bench/README.md). The write path answers from the ORM object it changed, through pydantic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, TypeVar, get_args

import orjson
from pydantic import BaseModel, TypeAdapter
from sqlalchemy import ColumnElement
from sqlalchemy.engine import Row

M = TypeVar("M", bound=BaseModel)


def columns_of(
    model: Any, read: type[BaseModel], *, computed: tuple[str, ...] = ()
) -> tuple[ColumnElement[Any], ...]:
    """The table columns behind every field of ``read`` (but the ``computed`` ones), in the
    schema's order, plus ``version`` (the ETag). Checked once, when a module builds its
    statements: a schema field without a column is an error, not a silent null."""
    table = model.__table__
    names = [name for name in read.model_fields if name not in computed]
    missing = [name for name in names if name not in table.c]
    if missing:
        raise TypeError(f"{read.__name__} fields without a {table.name} column: {missing}")
    extra = [table.c.version] if "version" in table.c and "version" not in names else []
    return (*(table.c[name] for name in names), *extra)


def as_answer(read: type[M], row: Row[Any] | Any, **computed: Any) -> M:
    """``read`` from a row of :func:`columns_of` (or, on the write path, from the ORM object
    that was just changed), with the ``computed`` fields given here."""
    if isinstance(row, Row):
        return read.model_validate({**row._asdict(), **computed})
    if computed:  # the other fields from the object's attributes of the same names
        shown = {name: getattr(row, name) for name in read.model_fields if name not in computed}
        row = {**shown, **computed}
    return read.model_validate(row, from_attributes=True)


def _nested(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_nested(argument) for argument in get_args(annotation))


@cache
def _encoder(read: type[BaseModel], many: bool) -> Callable[[Any], bytes]:
    """JSON for one answer (or a page of them) given as plain dicts. Rows already hold exactly
    the schema's types (the database enforces them), so a flat schema goes straight to orjson;
    one with nested objects (an interview's questions) is validated once on the way."""
    if not any(_nested(field.annotation) for field in read.model_fields.values()):
        return lambda document: orjson.dumps(document, option=orjson.OPT_UTC_Z)
    from rapport.pagination import Page

    adapter: TypeAdapter[Any] = TypeAdapter(Page[read] if many else read)  # type: ignore[valid-type]
    return lambda document: adapter.dump_json(adapter.validate_python(document))


def _fields(read: type[BaseModel]) -> tuple[str, ...]:
    return tuple(read.model_fields)


def row_json(read: type[BaseModel], row: Row[Any]) -> bytes:
    """One answer from a row of :func:`columns_of`, as JSON."""
    return _encoder(read, False)(dict(zip(_fields(read), row, strict=False)))


def document_json(document: dict[str, Any]) -> bytes:
    """One answer given as a dict of its fields, as JSON. Such a document (the dashboard, an
    import's report) is assembled by our code from typed columns and values of the schema's own
    types, nested or not, so it goes straight to orjson like a flat row: validating it on the way
    cost 1.0 ms of the dashboard's ~8 ms of CPU (0.13 ms without) and 53 ms for a 10 000-row
    import report (2 ms without); the JSON is the same. (The contract run checks every answer
    against its schema.)"""
    return orjson.dumps(document, option=orjson.OPT_UTC_Z)


def page_json(read: type[BaseModel], rows: Sequence[Any], next_cursor: str | None) -> bytes:
    """A page (``{"items": [...], "next_cursor": ...}``) from rows of :func:`columns_of` (or
    dicts with the schema's fields), as JSON."""
    names = _fields(read)
    items = [row if isinstance(row, dict) else dict(zip(names, row, strict=False)) for row in rows]
    return _encoder(read, True)({"items": items, "next_cursor": next_cursor})
