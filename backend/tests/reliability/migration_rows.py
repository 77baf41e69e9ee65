"""Rows of every table as JSON, and back, through the models' column types (so one file serves
SQLite and Postgres). Used to put representative data into the database at each migration."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, inspect, select
from sqlalchemy.types import Uuid

from rapport.db import UTCDateTime
from rapport.models import Base

DATA = Path(__file__).resolve().parent / "migration_data"


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode()}
    return value


def _decode(table: Table, column: str, value: Any) -> Any:
    kind = table.c[column].type
    if value is None:
        return None
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value["$bytes"])
    return value


def dump(connection: Connection) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in Base.metadata.sorted_tables:
        found = connection.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        rows[table.name] = [{k: _encode(v) for k, v in row.items()} for row in found]
    return {name: found for name, found in rows.items() if found}


def load(revision: str) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(
        (DATA / f"{revision}.json").read_text(encoding="utf-8")
    )
    return data


def insert(connection: Connection, data: dict[str, list[dict[str, Any]]]) -> None:
    """Insert the rows through the models' tables, using only columns this revision has."""
    existing = {
        name: {c["name"] for c in inspect(connection).get_columns(name)}
        for name in inspect(connection).get_table_names()
    }
    for table in Base.metadata.sorted_tables:
        for row in _parents_first(table, data.get(table.name, [])):
            values = {k: _decode(table, k, v) for k, v in row.items() if k in existing[table.name]}
            connection.execute(table.insert().values(**values))


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order rows so that a row referring to another row of its own table comes after it."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    ordered: list[dict[str, Any]] = []
    placed: set[Any] = set()
    pending = list(rows)
    while pending:
        ready = [r for r in pending if all(r.get(c) is None or r.get(c) in placed for c in own)]
        assert ready, f"a reference cycle in {table.name}"
        ordered += ready
        placed |= {r.get("id") for r in ready}
        pending = [r for r in pending if r not in ready]
    return ordered


def present(connection: Connection, data: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The seeded rows that are missing or changed (compared on the columns of the seed)."""
    problems = []
    columns_now = {
        name: {c["name"] for c in inspect(connection).get_columns(name)}
        for name in inspect(connection).get_table_names()
    }
    for table in Base.metadata.sorted_tables:
        for row in data.get(table.name, []):
            keys = [k for k in row if k in columns_now.get(table.name, set())]
            stored = (
                connection.execute(
                    select(*[table.c[k] for k in keys]).where(
                        *[
                            table.c[pk.name] == _decode(table, pk.name, row[pk.name])
                            for pk in table.primary_key.columns
                        ]
                    )
                )
                .mappings()
                .one_or_none()
            )
            expected = {k: row[k] for k in keys}
            if stored is None or {k: _encode(v) for k, v in stored.items()} != expected:
                problems.append(f"{table.name} {row.get('id')}")
    return problems
