"""Engine, declarative base, column types shared by every domain, and the request session.

The same models and migrations run on SQLite (the embedded default) and Postgres (production).
Every timestamp is stored in UTC and comes back timezone-aware on both.
"""

from __future__ import annotations

import enum
import re
import select
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Annotated, Any

import orjson
import psycopg
from fastapi import Depends, Request
from psycopg import AsyncCursor, Column
from psycopg import _queries as _psycopg_queries
from psycopg.pq import ConnStatus, ExecStatus
from psycopg.types.json import set_json_loads
from sqlalchemy import JSON, DateTime, Engine, Enum, ForeignKey, MetaData, create_engine, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    declared_attr,
    mapped_column,
    sessionmaker,
)
from sqlalchemy.orm import sessionmaker as SessionFactory
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator, Uuid
from sqlalchemy.util import await_only

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp stored in UTC.

    Postgres keeps it in ``timestamptz``; SQLite keeps naive UTC text, so comparisons and sorting
    in SQL work the same on both. Naive datetimes are refused rather than guessed at.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        if dialect.name == "postgresql":
            # Every connection runs with time zone UTC (see `_engine_options`), so psycopg
            # already answers aware UTC datetimes: nothing to do per value.
            return None
        return super().result_processor(dialect, coltype)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def JSONType() -> Any:
    """JSON on SQLite, JSONB on Postgres (indexable, comparable)."""
    return JSON().with_variant(JSONB(), "postgresql")


def enum_column(enum_cls: type[enum.Enum]) -> Any:
    """Store an enum by its value as a short string (no native enum types to migrate)."""
    from sqlalchemy import Enum

    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class VersionedMixin:
    """Columns of every object the API shows and changes. ``version`` backs ETags and
    optimistic locking."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class OwnedMixin(VersionedMixin):
    """A user's object (a contact, an interview, a share, …): it belongs to one user, whose id
    every query filters on, and goes when that user's account is deleted."""

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))


# --- engine -------------------------------------------------------------------------------


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# JSON columns are decoded by the driver; orjson does it several times faster.
set_json_loads(orjson.loads)

# psycopg remembers how it turned each statement's placeholders into Postgres's (`%(name)s` →
# `$1`), but only for statements under 4 kB, so that an ORM's endless `INSERT … VALUES` variants
# do not crowd its cache (their many parameters keep them out anyway: at most 50 are cached).
# Our statements are built once, and the dashboard's row of counts is 7.8 kB: it was converted
# anew on every request, 8 % of the dashboard's CPU. (A private setting of psycopg's: if it
# goes, long statements are only converted each time again.)
_psycopg_queries.MAX_CACHED_STATEMENT_LENGTH = max(
    _psycopg_queries.MAX_CACHED_STATEMENT_LENGTH, 16 * 1024
)


def _engine_options(url: str, *, pool_size: int, max_overflow: int) -> dict[str, Any]:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        return {"connect_args": {"check_same_thread": False, "timeout": 10}}
    return {
        "pool_size": pool_size,
        "max_overflow": max_overflow,
        "pool_timeout": 10,
        "connect_args": {"options": "-c timezone=UTC", "connect_timeout": 5},
    }


def make_engine(url: str, *, pool_size: int = 20, max_overflow: int = 20) -> Engine:
    """A blocking engine: for the worker, the command line and tests."""
    engine = create_engine(
        url, **_engine_options(url, pool_size=pool_size, max_overflow=max_overflow)
    )
    _on_connections(engine)
    return engine


def _on_connections(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
    else:
        event.listen(engine, "checkout", _refuse_dead_connection)


def _refuse_dead_connection(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Hand out no connection the server has closed (a restart, a killed backend).

    An idle connection's socket has nothing to read unless the server said goodbye, so a
    zero-timeout poll tells a dead one without the round trip of a pre-ping on every checkout;
    the pool then opens a new connection instead (``DisconnectionError``)."""
    raw = record.driver_connection
    if raw.closed or raw.pgconn.status != ConnStatus.OK:
        raise DisconnectionError("the connection is closed")
    readable, _, _ = select.select([raw.pgconn.socket], [], [], 0)
    if readable:
        raise DisconnectionError("the server closed this connection")


def async_url(url: str) -> str:
    """The same database through its asyncio driver: psycopg's async mode, or aiosqlite."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+aiosqlite").render_as_string(hide_password=False)
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    raise ValueError(f"Rapport runs on Postgres or SQLite, not {backend}")


class _Pinned:
    """What psycopg's `Column` reads from its cursor, pinned to one result."""

    __slots__ = ("_encoding", "adapters", "pgresult")

    def __init__(self, cursor: AsyncCursor[Any], result: Any) -> None:
        self.pgresult = result
        self._encoding = cursor._encoding
        self.adapters = cursor.adapters


class _Description(Sequence[Column]):
    """A result's ``cursor.description`` whose `Column` objects are built when first read."""

    __slots__ = ("_columns", "_cursor", "_result")

    def __init__(self, cursor: AsyncCursor[Any], result: Any) -> None:
        self._cursor = cursor
        self._result = result
        self._columns: list[Column] | None = None

    def __len__(self) -> int:
        return int(self._result.nfields)

    def __getitem__(self, index: Any) -> Any:
        if self._columns is None:
            pinned: Any = _Pinned(self._cursor, self._result)
            self._columns = [Column(pinned, i) for i in range(len(self))]
        return self._columns[index]


_ROWS = frozenset({ExecStatus.TUPLES_OK, ExecStatus.SINGLE_TUPLE, ExecStatus.TUPLES_CHUNK})


class RequestCursor(AsyncCursor[Any]):
    """psycopg's cursor, with a ``description`` that builds its columns only when read.

    SQLAlchemy reads ``cursor.description`` after every statement, but for a statement it has
    run before only to see whether rows came back (it keeps the columns it found the first
    time); psycopg builds a `Column` per column on every read (a name decoded and a type looked
    up each: ~50 µs for a contact's 21 columns, several per cent of a request; bench/README.md).
    """

    @property
    def description(self) -> Sequence[Column] | None:  # type: ignore[override]
        result = self.pgresult
        if result is None or not (result.nfields or result.status in _ROWS):
            return None
        return _Description(self, result)


def make_async_engine(url: str, *, pool_size: int = 20, max_overflow: int = 20) -> AsyncEngine:
    """The request path's engine: its connections wait on the event loop, never on a thread."""
    options = _engine_options(url, pool_size=pool_size, max_overflow=max_overflow)
    if make_url(url).get_backend_name() == "sqlite":
        # A SQLite connection is a file handle, cheap to open; an aiosqlite connection also
        # owns a thread and lives on the event loop that opened it. Opening one per checkout
        # keeps each on its own loop (tests run apps on several loops at once).
        options["poolclass"] = NullPool
    else:
        options["connect_args"] = {**options["connect_args"], "cursor_factory": RequestCursor}
    engine = create_async_engine(async_url(url), **options)
    _on_connections(engine.sync_engine)
    return engine


def _refuse_flush_in_a_read(session: Session, _context: Any, _instances: Any) -> None:
    raise RuntimeError(
        "A read changed objects without a transaction: give its router reads_write=True."
    )


class Database:
    """The engines and session factories of one app instance (kept on ``app.state.db``).

    Requests use :attr:`request_sessions`: ordinary ``Session`` objects on the asyncio driver,
    which the route class runs inside a greenlet on the event loop (SQLAlchemy's own asyncio
    bridge), so the services stay plain synchronous code while no request waits on a thread.
    The worker, the command line and tests use the blocking :attr:`engine` and
    :attr:`sessionmaker`. Each is created when first used.
    """

    def __init__(self, url: str, *, pool_size: int = 20, max_overflow: int = 20) -> None:
        self.url = url
        self.pool_size = pool_size
        self.max_overflow = max_overflow

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.url, pool_size=self.pool_size, max_overflow=self.max_overflow)

    @cached_property
    def sessionmaker(self) -> SessionFactory[Session]:
        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def async_engine(self) -> AsyncEngine:
        return make_async_engine(self.url, pool_size=self.pool_size, max_overflow=self.max_overflow)

    @property
    def request_engine(self) -> Engine:
        """The synchronous face of :attr:`async_engine` (usable inside the request's greenlet);
        listen to its events to see what requests run."""
        return self.async_engine.sync_engine

    @cached_property
    def request_sessions(self) -> SessionFactory[Session]:
        return sessionmaker(self.request_engine, expire_on_commit=False)

    @cached_property
    def read_sessions(self) -> SessionFactory[Session]:
        """Sessions for reads: each statement commits on its own (autocommit), with no ``BEGIN``
        and ``COMMIT`` around them. On Postgres every statement of a READ COMMITTED transaction
        takes its own snapshot anyway, so for a request that only reads, the transaction bought
        nothing but those two round trips (with psycopg, ``BEGIN`` is one of its own).

        Such a session refuses to flush objects: a read whose changes must commit or roll back
        with its answer runs on :attr:`request_sessions` (``api_router(reads_write=True)``)."""
        sessions = sessionmaker(
            self.request_engine.execution_options(isolation_level="AUTOCOMMIT"),
            expire_on_commit=False,
        )
        event.listen(sessions, "before_flush", _refuse_flush_in_a_read)
        return sessions

    @property
    def dialect(self) -> str:
        return make_url(self.url).get_backend_name()

    def dispose(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()

    async def dispose_async(self) -> None:
        self.dispose()
        if "async_engine" in self.__dict__:
            await self.async_engine.dispose()


async def get_session(request: Request) -> Session:
    """The request's session. The route class opens it and commits once, before responding."""
    session: Session = request.state.session
    return session


SessionDep = Annotated[Session, Depends(get_session)]


@contextmanager
def planned_each_time(session: Session) -> Iterator[None]:
    """Statements run inside are planned for their own parameter values on Postgres, never from
    a cached generic plan: psycopg does not prepare them (it prepares a statement once it has run
    five times, and Postgres may then settle on one generic plan for all values), so each is
    sent as a one-shot statement, which Postgres always plans for the values it comes with.
    Unlike `SET LOCAL plan_cache_mode`, this costs no round trip."""
    raw = session.connection().connection.driver_connection
    if not isinstance(raw, psycopg.Connection | psycopg.AsyncConnection):
        yield  # SQLite: nothing is prepared across statements
        return
    threshold = raw.prepare_threshold
    raw.prepare_threshold = None
    try:
        yield
    finally:
        raw.prepare_threshold = threshold


# --- bulk loading --------------------------------------------------------------------------------


def insert_rows(session: Session, model: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert many rows (every one with the same keys, every column value given) in the
    session's transaction: COPY on Postgres, where it is several times faster than INSERTs for
    imports and restores; one executemany elsewhere. Bypasses ORM objects and column defaults."""
    if not rows:
        return
    table = model.__table__
    if session.get_bind().dialect.name != "postgresql":
        session.execute(table.insert(), rows)  # Core: no per-row ORM bookkeeping
        return
    from psycopg.types.json import Jsonb

    session.flush()
    names = list(rows[0])
    convert: list[Any] = []
    for name in names:
        column_type = table.c[name].type
        if isinstance(column_type, JSON):
            convert.append(Jsonb)
        elif isinstance(column_type, Enum):
            convert.append(lambda member: member.value if isinstance(member, enum.Enum) else member)
        else:
            convert.append(None)
    columns = ", ".join(f'"{name}"' for name in names)
    # Binary: psycopg writes each value in a third of the CPU time of text (and Postgres need
    # not parse it), given each column's type.
    statement = f'COPY "{table.name}" ({columns}) FROM STDIN (FORMAT BINARY)'
    dialect = session.get_bind().dialect
    types = [_type_name(table.c[name].type, dialect) for name in names]
    values = _copy_values(rows, names, convert)
    raw = session.connection().connection.driver_connection
    assert raw is not None
    if isinstance(raw, psycopg.AsyncConnection):
        # The request path's asyncio driver, from inside its greenlet.
        await_only(_copy_async(raw, statement, types, values))
        return
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        copy.set_types(types)
        for row_values in values:
            copy.write_row(row_values)


def _type_name(column_type: Any, dialect: Dialect) -> str:
    """The column's Postgres type as psycopg names it: `VARCHAR(200)` → `varchar`."""
    return re.sub(r"\(.*?\)", "", str(column_type.compile(dialect=dialect))).strip().lower()


def _copy_values(
    rows: Sequence[Mapping[str, Any]], names: list[str], convert: list[Any]
) -> Iterator[Sequence[Any]]:
    """Each row's values in the order of `names`, converted where the column needs it. Only the
    few converted columns are visited per row (an import copies 10 000 rows of ~25 values)."""
    pick = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    converted = [(index, fn) for index, fn in enumerate(convert) if fn is not None]
    if not converted:
        yield from map(pick, rows)
        return
    for row in rows:
        row_values = list(pick(row))
        for index, fn in converted:
            value = row_values[index]
            if value is not None:
                row_values[index] = fn(value)
        yield row_values


async def _copy_async(
    raw: Any, statement: str, types: list[str], values: Iterable[Sequence[Any]]
) -> None:
    async with raw.cursor() as cursor, cursor.copy(statement) as copy:
        copy.set_types(types)
        for row_values in values:
            await copy.write_row(row_values)
