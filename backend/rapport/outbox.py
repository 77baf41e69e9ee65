"""Outboxes: the rows the worker sends from (webhook deliveries, e-mails), each claimed by one
worker at a time for one attempt, so any number of workers can run side by side."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session


def claim_next(
    session: Session, model: Any, *, due: ColumnElement[bool], values: Mapping[str, Any]
) -> uuid.UUID | None:
    """Claim the outbox row (a webhook delivery, an e-mail) that has waited longest among those
    `due`: one statement counts the attempt, sets `values` and answers the row's id (None when
    nothing is due). Postgres skips rows another worker is claiming (``FOR UPDATE SKIP
    LOCKED``); SQLite runs one writer at a time, so the statement sees another worker's claim
    once it has committed."""
    oldest = (
        select(model.id)
        .where(due)
        .order_by(model.next_attempt_at, model.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    claimed: uuid.UUID | None = session.execute(
        update(model)
        .where(model.id == oldest)
        .values(attempts=model.attempts + 1, **values)
        .returning(model.id)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    return claimed


def claim_columns(claim: type[Any], *models: Any, **columns: Any) -> list[ColumnElement[Any]]:
    """What to select to read a claim (a dataclass of what a worker needs for its attempt): for
    each field, the column ``columns`` gives, else the column of that name of the first of
    ``models`` that has one, labelled with the field's name (so ``claim(**row._asdict())``).
    Checked once, when a module builds its statement: a field without a column is an error."""
    selected: list[ColumnElement[Any]] = []
    for field in dataclasses.fields(claim):
        tables = [model.__table__ for model in models if field.name in model.__table__.c]
        column: Any
        if field.name in columns:
            column = columns[field.name]
        elif tables:
            column = tables[0].c[field.name]
        else:
            raise TypeError(f"{claim.__name__}.{field.name} has no column")
        selected.append(column.label(field.name))
    return selected


class Claim(Protocol):
    """What a worker holds of a row it claimed: which row, for which attempt."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def attempts(self) -> int: ...


def update_claimed(
    session: Session,
    model: Any,
    claim: Claim,
    *,
    in_flight: ColumnElement[bool],
    values: Mapping[str, Any],
) -> bool:
    """Write `values` to the outbox row of this worker's `claim`, unless the claim was lost
    meanwhile: the lease ran out and another worker took the row over (its attempt count moved
    on, or it is no longer `in_flight`). Whether the row was written."""
    result = session.execute(
        update(model)
        .where(model.id == claim.id, model.attempts == claim.attempts, in_flight)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]
