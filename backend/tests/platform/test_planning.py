"""Statements run in `db.planned_each_time` are never prepared, so Postgres plans each for its
own parameter values (a contact search's best plan depends on how common its substring is)."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import Integer, bindparam, select, text
from sqlalchemy.orm import Session

from rapport.db import planned_each_time

_PROBE = select(bindparam("x", type_=Integer).label("planned_each_time_probe"))


def _prepared_probes(session: Session) -> int:
    return int(
        session.execute(
            text("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE :pattern"),
            {"pattern": "%planned_each_time_probe%"},
        ).scalar_one()
    )


def test_statements_planned_each_time_are_never_prepared(app: FastAPI, dialect: str) -> None:
    if dialect != "postgresql":
        pytest.skip("SQLite prepares nothing across statements")
    with app.state.db.sessionmaker() as session:
        with planned_each_time(session):
            for x in range(10):
                assert session.execute(_PROBE, {"x": x}).scalar_one() == x
        assert _prepared_probes(session) == 0
        # Outside it, the driver prepares a statement it has run a few times, as before.
        for x in range(10):
            session.execute(_PROBE, {"x": x})
        assert _prepared_probes(session) == 1
