"""The answer that streams an export: written piece by piece from one snapshot of the database.

An export reads every table of an account; built whole in memory, it cost a worker as much as
the account's size (hundreds of MB for a large one). Streamed, it holds one batch of rows.

The request's own session is committed and closed before the answer is sent (`routing.py`), so
the stream reads on a connection of its own from the request engine, taken when the answer
starts and given back when it ends — finished, failed or abandoned by the client. All of it is
read in one transaction that sees one snapshot: on Postgres `REPEATABLE READ, READ ONLY`, on
SQLite one read transaction (WAL keeps its snapshot while others write), so a contact written
while the export runs is either wholly in it (with its touches) or not at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import anyio
from sqlalchemy import Connection, Engine
from sqlalchemy.util import greenlet_spawn
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

Writer = Callable[[Connection], Iterator[bytes]]


def read_snapshot(engine: Engine) -> Connection:
    """A connection of its own in a read-only transaction that sees one snapshot throughout."""
    connection = engine.connect()
    try:
        connection.begin()
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            # SQLite's Python driver opens no transaction for reads by itself: each SELECT would
            # see the database as it is at that moment.
            connection.exec_driver_sql("BEGIN")
    except BaseException:
        connection.close()
        raise
    return connection


def _finish(pieces: Iterator[bytes], connection: Connection) -> None:
    try:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()  # the writer's cursor, if it stopped half way
    finally:
        connection.close()  # rolls the read transaction back; the connection goes back to the pool


class SnapshotStream(StreamingResponse):
    """A download (`Content-Disposition: attachment`) whose body `write` produces, piece by
    piece, on a connection reading one snapshot (:func:`read_snapshot`).

    The connection is taken when the answer starts, before its first byte, so a database that
    cannot be reached is still an ordinary error answer; it is given back however the stream
    ends. `write` is synchronous code like every service: each piece is produced in a greenlet
    on the event loop, where the request engine's asyncio driver waits."""

    def __init__(self, engine: Engine, write: Writer, *, media_type: str, filename: str) -> None:
        super().__init__(
            _nothing(),
            media_type=media_type,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
        self._engine = engine
        self._write = write

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        connection = await greenlet_spawn(read_snapshot, self._engine)
        pieces = self._write(connection)
        try:
            self.body_iterator = _each(pieces)
            await super().__call__(scope, receive, send)
        finally:
            # Also when the client went away and this task is being cancelled: the connection
            # must go back to the pool either way.
            with anyio.CancelScope(shield=True):
                await greenlet_spawn(_finish, pieces, connection)


async def _each(pieces: Iterator[bytes]) -> AsyncIterator[bytes]:
    while True:
        # A piece being read is finished even if the client has gone (a batch takes
        # milliseconds): a query cancelled half way makes psycopg close the connection, and the
        # pool would open a new one for the next request instead of reusing this one.
        with anyio.CancelScope(shield=True):
            piece = await greenlet_spawn(next, pieces, None)
        if piece is None:
            return
        yield piece


async def _nothing() -> AsyncIterator[bytes]:
    return
    yield  # an async generator with no items, until `__call__` sets the real body
