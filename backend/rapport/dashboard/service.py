"""The dashboard: what is due, what is coming, how the network grows — in two statements whatever
the size of the account: one row of numbers (stage counts, activity per week, the referral
yield) and the three short lists. Both are built once, with the user and the instants that
depend on the user's time zone as parameters."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    func,
    join,
    literal,
    null,
    outerjoin,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import Boolean, Uuid

from rapport.accounts.models import User
from rapport.contacts.models import Contact, Stage
from rapport.dashboard.schemas import (
    DUE_DAYS,
    MAX_DUE,
    MAX_OVERDUE,
    MAX_UPCOMING,
    UPCOMING_DAYS,
    WEEKS,
    DueReminder,
    OverdueContact,
    UpcomingInterview,
)
from rapport.db import UTCDateTime, utcnow
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview, InterviewStatus
from rapport.referrals import service as referrals_service
from rapport.reminders.models import Reminder, ReminderStatus

_USER = bindparam("user_id", type_=Uuid())


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


# --- the numbers ---------------------------------------------------------------------------------


def _count(*conditions: ColumnElement[bool]) -> Any:
    return select(func.count()).where(*conditions).scalar_subquery()


def _week(moment: Any, i: int) -> list[ColumnElement[bool]]:
    """Rows in week ``i``: between two local Mondays' midnights, given as instants (so DST and
    offsets are exact on every database)."""
    start = bindparam(f"week_{i}", type_=UTCDateTime())
    end = bindparam(f"week_{i + 1}", type_=UTCDateTime())
    return [moment >= start, moment < end]


# One row: contacts per stage, then touches per week, then completed interviews per week (oldest
# week first), then the referral yield. Each is a count over one index range.
NUMBERS = select(
    *(_count(Contact.user_id == _USER, Contact.stage == stage) for stage in Stage),
    *(
        _count(Interaction.user_id == _USER, *_week(Interaction.occurred_at, i))
        for i in range(WEEKS)
    ),
    *(
        _count(
            Interview.user_id == _USER,
            Interview.status == InterviewStatus.completed,
            *_week(Interview.completed_at, i),
        )
        for i in range(WEEKS)
    ),
    *referrals_service.YIELD_COUNTS,
)


# --- the lists -----------------------------------------------------------------------------------

# The lists share one layout of slots, so one statement reads them: each field of an answer
# travels in a slot of its kind (the kind's first free one, in the answer's order); a slot that a
# list does not use is null. The kinds, and the type a slot of each is read as:
_SLOT_TYPES: dict[str, Any] = {
    "uuid": Uuid(),
    "time": UTCDateTime(),
    "flag": Boolean(),
    "number": Integer(),
    "text": String(),
}


def _slot_kind(column: Any) -> str:
    for kind, type_ in _SLOT_TYPES.items():
        if isinstance(column.type, type(type_)):
            return kind
    raise TypeError(f"no slot for {column} ({column.type})")


class _List:
    """One of the dashboard's short lists, declared by its answer schema: each field (but the
    ``computed`` ones) is the ``model``'s column of that name unless ``columns`` gives another;
    the rows are the user's ``model`` rows (in ``source``, if it joins others) that meet
    ``where``, the first ``limit`` by ``order`` (a field) and id. Checked once, when the module
    loads: a field without a column is an error."""

    def __init__(
        self,
        name: str,
        read: type[BaseModel],
        model: Any,
        *,
        source: Any = None,
        where: Sequence[ColumnElement[bool]],
        order: str,
        limit: int,
        computed: tuple[str, ...] = (),
        **columns: Any,
    ) -> None:
        fields = [field for field in read.model_fields if field not in computed]
        table = model.__table__
        missing = [field for field in fields if field not in columns and field not in table.c]
        if missing:
            raise TypeError(f"{read.__name__} fields without a column: {missing}")
        self.name = name
        self.source = table if source is None else source
        self.where = (table.c.user_id == _USER, *where)
        self.order = order
        self.limit = limit
        self.columns = {field: columns.get(field, table.c.get(field)) for field in fields}
        self.slots: dict[str, str] = {}
        self.counts = dict.fromkeys(_SLOT_TYPES, 0)
        for field, column in self.columns.items():
            kind = _slot_kind(column)
            self.slots[field] = f"{kind}{self.counts[kind]}"
            self.counts[kind] += 1

    def rows(self, layout: dict[str, Any]) -> Select[Any]:
        """The list's rows, each field in its slot of ``layout``."""
        by_slot = {slot: self.columns[field] for field, slot in self.slots.items()}

        def value(slot: str, type_: Any) -> Any:
            column = by_slot.get(slot)
            value = cast(null(), type_) if column is None else type_coerce(column, type_)
            return value.label(slot)

        return (
            select(
                literal(self.name, String()).label("list"),
                *(value(slot, type_) for slot, type_ in layout.items()),
            )
            .select_from(self.source)
            .where(*self.where)
            .order_by(self.columns[self.order], self.columns["id"])
            .limit(self.limit)
        )

    def answers(self, rows: Sequence[Any]) -> list[dict[str, Any]]:
        """The answers' fields (but the computed ones) from the list's rows of :data:`LISTS`,
        in the list's order. Values are read by position (a slot's place in ``_LAYOUT``, after
        the list's name): by name, a row looks each one up, and that was a quarter of the
        dashboard's CPU."""
        places = [(field, _PLACE[slot]) for field, slot in self.slots.items()]
        order = itemgetter(_PLACE[self.slots[self.order]], _PLACE[self.slots["id"]])
        return [{field: row[place] for field, place in places} for row in sorted(rows, key=order)]


UPCOMING = _List(
    "upcoming",
    UpcomingInterview,
    Interview,
    source=join(Interview, Contact, Contact.id == Interview.contact_id),
    where=(
        Interview.status == InterviewStatus.scheduled,
        Interview.scheduled_at >= bindparam("start_of_today"),
        Interview.scheduled_at < bindparam("upcoming_end"),
    ),
    order="scheduled_at",
    limit=MAX_UPCOMING,
    contact_name=Contact.full_name,
)
DUE = _List(
    "due",
    DueReminder,
    Reminder,
    source=outerjoin(Reminder, Contact, Contact.id == Reminder.contact_id),
    where=(Reminder.status == ReminderStatus.open, Reminder.due_at < bindparam("due_end")),
    order="due_at",
    limit=MAX_DUE,
    computed=("overdue", "due_today"),
    contact_name=Contact.full_name,
)
OVERDUE = _List(
    "overdue",
    OverdueContact,
    Contact,
    where=(Contact.next_touch_due <= bindparam("now"), Contact.stage != Stage.closed),
    order="next_touch_due",
    limit=MAX_OVERDUE,
    computed=("days_overdue",),
)
_ALL = (UPCOMING, DUE, OVERDUE)
_LAYOUT = {
    f"{kind}{i}": type_
    for kind, type_ in _SLOT_TYPES.items()
    for i in range(max(part.counts[kind] for part in _ALL))
}
_PLACE = {slot: place for place, slot in enumerate(_LAYOUT, start=1)}  # 0 is the list's name
LISTS: Select[Any] = (
    union_all(*(select(*part.rows(_LAYOUT).subquery().c) for part in _ALL)).subquery().select()
)


# --- the answer ----------------------------------------------------------------------------------


def parameters(
    user_id: uuid.UUID, timezone: str, now: datetime
) -> tuple[dict[str, Any], date, list[date]]:
    """The statements' parameters for this user at this instant, today's local date and the
    weeks' local Mondays (oldest first)."""
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone).date()
    first_week = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS - 1)
    mondays = [first_week + timedelta(weeks=i) for i in range(WEEKS + 1)]
    values: dict[str, Any] = {
        "user_id": user_id,
        "now": now,
        "start_of_today": local_midnight(today, zone),
        "upcoming_end": now + timedelta(days=UPCOMING_DAYS),
        "due_end": local_midnight(today + timedelta(days=DUE_DAYS + 1), zone),
        **{f"week_{i}": local_midnight(monday, zone) for i, monday in enumerate(mondays)},
    }
    return values, today, mondays[:WEEKS]


def build(session: Session, *, user: User) -> dict[str, Any]:
    """The dashboard's fields (see ``schemas.Dashboard``), read in two statements."""
    now = utcnow()
    values, today, mondays = parameters(user.id, user.timezone, now)
    connection = session.connection()  # plain rows, no ORM machinery
    numbers = connection.execute(NUMBERS, values).one()
    return assemble(
        user.timezone, now, today, mondays, numbers, connection.execute(LISTS, values).all()
    )


def assemble(
    timezone: str,
    now: datetime,
    today: date,
    mondays: list[date],
    numbers: Sequence[Any],
    list_rows: Sequence[Any],
) -> dict[str, Any]:
    """The dashboard's fields from the rows of :data:`NUMBERS` and :data:`LISTS`."""
    zone = ZoneInfo(timezone)
    counts = list(numbers)
    stages, counts = counts[: len(Stage)], counts[len(Stage) :]
    touches, interviews, found = counts[:WEEKS], counts[WEEKS : 2 * WEEKS], counts[2 * WEEKS :]
    rows: dict[str, list[Any]] = {part.name: [] for part in _ALL}
    for row in list_rows:
        rows[row[0]].append(row)
    return {
        "timezone": timezone,
        "today": today,
        "generated_at": now,
        "stage_counts": dict(zip((stage.value for stage in Stage), stages, strict=True)),
        "upcoming_interviews": UPCOMING.answers(rows[UPCOMING.name]),
        "due_reminders": [
            {
                **due,
                "overdue": due["due_at"] < now,
                "due_today": due["due_at"].astimezone(zone).date() == today,
            }
            for due in DUE.answers(rows[DUE.name])
        ],
        "overdue_contacts": [
            {
                **contact,
                "days_overdue": max(
                    0, (today - contact["next_touch_due"].astimezone(zone).date()).days
                ),
            }
            for contact in OVERDUE.answers(rows[OVERDUE.name])
        ],
        "weekly_activity": [
            {"week_start": monday, "touches": touches[i], "interviews": interviews[i]}
            for i, monday in enumerate(mondays)
        ],
        "referral_yield": referrals_service.Yield(*found).answer(),
    }
