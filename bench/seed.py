"""Seed a Postgres database for the benchmark, deterministically and in bulk.

Creates (or re-creates) a database whose name starts with ``rapport_bench``, migrates it with the
real migrations, and loads users, tokens, contacts, touches, interviews, referrals and reminders
with ``COPY``. The same seed and scale give the same rows (times are offsets from the seeding
day, so "overdue" and "upcoming" keep their meaning whenever it runs).

Derived columns are computed by the app's own functions (``contacts.service.search_keys``,
``automation.touch_state`` and ``automation.referral_status_for``), so the API sees exactly what
it would have written itself; only their per-row ORM paths are skipped.

    python bench/seed.py --scale small --manifest /tmp/manifest.json
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import time
import uuid
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg
from rapport import automation
from rapport.accounts.models import User
from rapport.auth import service as auth_service
from rapport.auth.models import TokenKind
from rapport.cli import alembic_config
from rapport.contacts import service as contacts_service
from rapport.contacts.models import Connection, Stage
from rapport.db import Database
from rapport.interactions.models import InteractionKind
from rapport.questions import service as questions_service
from rapport.referrals.models import ReferralStatus
from rapport.templates import service as templates_service
from sqlalchemy.engine import make_url

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/rapport_bench"
PASSWORD = "bench password, never used in production"  # noqa: S105


@dataclass(frozen=True)
class Scale:
    users: int
    contacts: int
    big_contacts: int  # one extra user with this many contacts


SCALES = {
    "full": Scale(users=100, contacts=10_000, big_contacts=50_000),
    "medium": Scale(users=10, contacts=10_000, big_contacts=50_000),
    "small": Scale(users=4, contacts=500, big_contacts=2_000),
    "tiny": Scale(users=2, contacts=100, big_contacts=300),
}

# Realistic-looking vocabulary, so 3-letter substrings match a realistic share of rows.
FIRST = (
    "Ada Alan Amara Ana Andrea Arjun Ava Beatriz Ben Bianca Carlos Chen Chiara Chloe Daniel "
    "David Diego Elena Eli Emeka Emma Farah Fatima Felix Gabriel Grace Hana Hannah Hiro Ibrahim "
    "Ines Isaac Ivan Jamal James Jana Javier Jin Joao Jonas Julia Kai Karim Kate Kenji Kofi Lara "
    "Laura Leila Leo Liam Lina Lucas Luis Maya Mei Mira Mohammed Nadia Naomi Nia Noah Nora Olga "
    "Omar Pablo Priya Rafael Rana Ravi Rosa Ruth Sakura Sam Sara Sofia Tariq Tomas Uma Victor "
    "Wei Yara Yusuf Zara Zoe"
).split()
LAST = (
    "Abadi Adams Ahmed Alvarez Anderson Bauer Becker Bianchi Brown Carter Castillo Chen Cohen "
    "Costa Das Dubois Edwards Evans Fernandez Fischer Garcia Gomez Gupta Hansen Harris Hoffmann "
    "Ivanova Jackson Johnson Kaur Khan Kim Kowalski Kumar Larsen Lee Lopez Martin Meyer Miller "
    "Moreau Murphy Nakamura Nguyen Novak Okafor Olsen Park Patel Petrov Reyes Rivera Rossi "
    "Santos Schmidt Silva Singh Smith Suzuki Tanaka Taylor Thomas Torres Wagner Walker Wang "
    "Weber Williams Wilson Wong Yamamoto Young Zhang"
).split()
ORGS = (
    "Genentech|Amgen|Pfizer|Moderna|Novartis|Roche|Illumina|Broad Institute|NIH|CDC|Google|"
    "Microsoft|Apple|Amazon|Meta|IBM Research|Intel|Nvidia|Deloitte|McKinsey|"
    "Boston Consulting Group|Bain|Gates Foundation|World Bank|United Nations|Brookings|RAND|"
    "Mathematica|Nature|Science Magazine|Elsevier|MIT|Stanford|Harvard|UC Berkeley|"
    "University of Michigan|Johns Hopkins|Mayo Clinic|Kaiser Permanente|Merck|AstraZeneca|Vertex|"
    "Regeneron|Biogen|Gilead|Takeda|Bayer|BASF|Dow|3M|Lockheed Martin|Boeing|SpaceX|NASA|NOAA|"
    "EPA|Sandia|Los Alamos|Argonne|Fermilab|Schlumberger|ExxonMobil|Tesla|Salesforce|Adobe|"
    "Spotify|Netflix|Stripe|Palantir|Two Sigma|Jane Street|Citadel|Goldman Sachs|JPMorgan|"
    "Federal Reserve|Smithsonian|Museum of Natural History|Khan Academy|Coursera|Wellcome Trust|"
    "Howard Hughes|Allen Institute"
).split("|")
TITLES = (
    "Scientist|Senior Scientist|Principal Scientist|Research Associate|Postdoc|"
    "Assistant Professor|Associate Professor|Professor|Data Scientist|Machine Learning Engineer|"
    "Software Engineer|Product Manager|Consultant|Engagement Manager|Policy Analyst|"
    "Program Officer|Science Writer|Editor|Medical Science Liaison|Director of Research|"
    "VP Research|Lab Manager|Patent Agent|Regulatory Affairs Specialist|Biostatistician|"
    "Field Application Scientist|Founder|Chief Scientific Officer|Quant Researcher|Curator"
).split("|")
PLACES = (
    "Boston, MA|Cambridge, MA|New York, NY|San Francisco, CA|South San Francisco, CA|Seattle, WA|"
    "Chicago, IL|Austin, TX|Washington, DC|Durham, NC|San Diego, CA|Denver, CO|Atlanta, GA|"
    "Toronto, ON|London, UK|Berlin, DE|Basel, CH|Remote"
).split("|")
TAGS = ("biotech industry academia policy consulting data-science alum phd-alum mentor").split()
EVENTS = ["the ASCB meeting", "a departmental seminar", "the career fair", "a poster session"]
TOPICS = ("industry research|science policy|consulting|data science|teaching|startups").split("|")
TIMEZONES = ("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London")
TOUCH_SUMMARIES = (
    "Sent an outreach e-mail",
    "Quick call about their path into industry",
    "Shared an article on CRISPR screens",
    "Congratulated them on the new role",
    "Met for coffee after the seminar",
    "Sent a thank-you note",
    "Asked about open positions on their team",
)
# The order of InteractionKind, weighted towards e-mail the way students actually reach out.
TOUCH_KINDS = [k for k in InteractionKind for _ in range(4 if k == InteractionKind.email else 1)]
CONNECTIONS = list(Connection)
MEDIA = ("video", "phone", "in_person")

TABLES: dict[str, Sequence[str]] = {
    "users": (
        "id email name password_hash timezone pitch default_keep_in_touch_days "
        "thank_you_within_hours follow_up_after_days email_reminders digest_hour created_at "
        "updated_at version"
    ).split(),
    "access_tokens": (
        "id user_id kind name token_hash scopes created_at expires_at last_used_at"
    ).split(),
    "contacts": (
        "id user_id full_name email phone linkedin_url organization title location connection "
        "connection_note tags stage notes research_notes keep_in_touch_days last_contacted_at "
        "next_touch_due referred_by_contact_id name_key search_text created_at updated_at version"
    ).split(),
    "interactions": (
        "id user_id contact_id kind occurred_at summary url created_at updated_at version"
    ).split(),
    "interviews": (
        "id user_id contact_id status scheduled_at duration_minutes medium location goals pitch "
        "questions checklist notes takeaways asked_for_referrals completed_at created_at "
        "updated_at version"
    ).split(),
    "referrals": (
        "id user_id referrer_contact_id referred_contact_id interview_id note intro_offered status "
        "created_at updated_at version"
    ).split(),
    "reminders": (
        "id user_id kind title notes due_at contact_id interview_id status done_at auto "
        "due_notified_at created_at updated_at version"
    ).split(),
}
BULK_TABLES = ("contacts", "interactions", "interviews", "referrals", "reminders")


@dataclass
class UserPlan:
    index: int
    id: uuid.UUID
    email: str
    token: str
    contacts: int
    big: bool


@dataclass
class ContactFacts:
    id: uuid.UUID
    created_at: datetime
    full_name: str
    stage: Stage = Stage.identified
    last_touch: datetime | None = None
    last_interview: datetime | None = None
    referred_by: uuid.UUID | None = None
    connection: Connection = Connection.other
    completed_interview: uuid.UUID | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _pick(rng: random.Random, seq: Sequence[Any]) -> Any:
    # random.choice is exact but slow; a float index is plenty for test data.
    return seq[int(rng.random() * len(seq))]


def _below(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)


class Generator:
    """Rows for one user, from a random source seeded by (seed, user index)."""

    def __init__(self, seed: int, anchor: datetime) -> None:
        self.seed = seed
        self.anchor = anchor

    def uid(self, rng: random.Random) -> uuid.UUID:
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    def plan_users(self, scale: Scale) -> list[UserPlan]:
        rng = random.Random(f"{self.seed}:users")
        plans = []
        for i in range(scale.users + 1):
            big = i == scale.users
            raw = auth_service.TOKEN_PREFIX[TokenKind.personal] + (
                base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip("=")
            )
            plans.append(
                UserPlan(
                    index=i,
                    id=self.uid(rng),
                    email=f"bench-{i:03d}@example.edu" if not big else "bench-big@example.edu",
                    token=raw,
                    contacts=scale.big_contacts if big else scale.contacts,
                    big=big,
                )
            )
        return plans

    def user_rows(self, plans: list[UserPlan]) -> tuple[list[tuple[Any, ...]], list[tuple]]:
        password_hash = auth_service.hash_password(PASSWORD)
        created = self.anchor - timedelta(days=4 * 365)
        users, tokens = [], []
        for plan in plans:
            users.append(
                (
                    plan.id,
                    plan.email,
                    f"Bench Student {plan.index}",
                    password_hash,
                    TIMEZONES[plan.index % len(TIMEZONES)],
                    "Fifth-year PhD student exploring careers beyond the bench.",
                    90,
                    24,
                    14,
                    False,
                    8,
                    created,
                    created,
                    1,
                )
            )
            tokens.append(
                (
                    uuid.UUID(int=plan.id.int ^ 1),
                    plan.id,
                    TokenKind.personal.value,
                    "bench",
                    auth_service.hash_secret(plan.token),
                    json.dumps(["read", "write"]),
                    created,
                    None,
                    None,
                )
            )
        return users, tokens

    def contact_rows(self, plan: UserPlan) -> dict[str, list[tuple[Any, ...]]]:
        """Every bulk table's rows for one user, consistent with each other."""
        rng = random.Random(f"{self.seed}:user:{plan.index}")
        anchor = self.anchor
        uid = self.uid
        out: dict[str, list[tuple[Any, ...]]] = {name: [] for name in BULK_TABLES}
        touches, interviews, referrals, reminders = (
            out["interactions"],
            out["interviews"],
            out["referrals"],
            out["reminders"],
        )
        facts: list[ContactFacts] = []
        # Contacts and their own history first; stages and derived state follow from it.
        for n in range(plan.contacts):
            first, last = _pick(rng, FIRST), _pick(rng, LAST)
            created_at = anchor - timedelta(seconds=60 + _below(rng, 3 * 365 * 86_400))
            fact = ContactFacts(
                id=uid(rng),
                created_at=created_at,
                full_name=f"{first} {last}",
                connection=_pick(rng, CONNECTIONS),
            )
            org = _pick(rng, ORGS)
            fact.extra = {
                "first": first,
                "last": last,
                "n": n,
                "organization": org,
                "title": _pick(rng, TITLES),
                "location": _pick(rng, PLACES),
                "cadence": _pick(rng, (60, 90, 90, 180)) if rng.random() < 0.35 else None,
                "tags": rng.sample(TAGS, _pick(rng, (0, 0, 1, 1, 2, 3))),
                "notes": (
                    f"Met at {_pick(rng, EVENTS)}; talk about {_pick(rng, TOPICS)}."
                    if rng.random() < 0.3
                    else ""
                ),
                "linkedin": rng.random() < 0.5,
            }
            span = max(60, int((anchor - created_at).total_seconds()) - 3600)
            outreach = False
            for _ in range(_below(rng, 7)):  # 0–6 touches, 3 on average
                kind = _pick(rng, TOUCH_KINDS)
                outreach = outreach or kind in automation.OUTREACH_KINDS
                occurred = created_at + timedelta(seconds=_below(rng, span))
                if fact.last_touch is None or occurred > fact.last_touch:
                    fact.last_touch = occurred
                touches.append(
                    (
                        uid(rng),
                        plan.id,
                        fact.id,
                        kind.value,
                        occurred,
                        _pick(rng, TOUCH_SUMMARIES),
                        None,
                        occurred,
                        occurred,
                        1,
                    )
                )
            stage = Stage.reached_out if outreach else Stage.identified
            if rng.random() < 0.3:  # 0.3 interviews per contact
                stage = self._interview(rng, plan, fact, interviews, reminders, stage)
            if rng.random() < 0.04:
                stage = Stage.closed
            fact.stage = stage
            facts.append(fact)

        self._referrals(rng, plan, facts, referrals)
        contacts = out["contacts"]
        for fact in facts:
            extra = fact.extra
            first, last, org = extra["first"], extra["last"], extra["organization"]
            values = SimpleNamespace(
                full_name=fact.full_name,
                organization=org,
                title=extra["title"],
                email=f"{first}.{last}{extra['n']}@{org.split()[0]}.example.org".lower(),
                notes=extra["notes"],
            )
            name_key, search_text = contacts_service.search_keys(values)
            cadence = extra["cadence"]
            last_contacted, next_due = automation.touch_state(
                last_touch=fact.last_touch,
                last_interview=fact.last_interview,
                created_at=fact.created_at,
                keep_in_touch_days=cadence,
            )
            updated = max(fact.created_at, last_contacted or fact.created_at)
            contacts.append(
                (
                    fact.id,
                    plan.id,
                    fact.full_name,
                    values.email,
                    None,
                    f"https://www.linkedin.com/in/{first}-{last}-{extra['n']}".lower()
                    if extra["linkedin"]
                    else None,
                    org,
                    values.title,
                    extra["location"],
                    fact.connection.value,
                    "",
                    extra["tags"],  # jsonb: binary COPY dumps the list
                    fact.stage.value,
                    values.notes,
                    "",
                    cadence,
                    last_contacted,
                    next_due,
                    fact.referred_by,
                    name_key,
                    search_text,
                    fact.created_at,
                    updated,
                    1,
                )
            )
            # reminders.service.sync_keep_in_touch: one open reminder per contact with a
            # cadence that is not closed, due when the next touch is.
            if next_due is not None and fact.stage != Stage.closed:
                reminders.append(
                    (
                        uid(rng),
                        plan.id,
                        "keep_in_touch",
                        f"Keep in touch with {fact.full_name}"[:300],
                        "",
                        next_due,
                        fact.id,
                        None,
                        "open",
                        None,
                        True,
                        None,
                        updated,
                        updated,
                        1,
                    )
                )
            if rng.random() < 0.015:
                due = anchor + timedelta(days=_below(rng, 40) - 10)
                reminders.append(
                    (
                        uid(rng),
                        plan.id,
                        "custom",
                        f"Send {fact.full_name} the paper we discussed",
                        "",
                        due,
                        fact.id,
                        None,
                        "open",
                        None,
                        False,
                        None,
                        fact.created_at,
                        fact.created_at,
                        1,
                    )
                )
        return out

    def _interview(
        self,
        rng: random.Random,
        plan: UserPlan,
        fact: ContactFacts,
        interviews: list[tuple[Any, ...]],
        reminders: list[tuple[Any, ...]],
        stage: Stage,
    ) -> Stage:
        anchor = self.anchor
        roll = rng.random()
        interview_id = self.uid(rng)
        duration = _pick(rng, (20, 30, 30, 45))
        completed_at = None
        if roll < 0.5:
            status = "completed"
            latest = max(60, int((anchor - fact.created_at).total_seconds()) - 7200)
            scheduled = fact.created_at + timedelta(seconds=_below(rng, latest))
            completed_at = scheduled + timedelta(minutes=duration)
            fact.last_interview = completed_at
            fact.completed_interview = interview_id
            stage = Stage.interviewed
        elif roll < 0.8:
            # Half already happened and wait to be completed; half are coming up.
            status = "scheduled"
            scheduled = anchor + timedelta(hours=_below(rng, 37 * 24) - 7 * 24)
            stage = Stage.scheduled
        elif roll < 0.9:
            status = "requested"
            scheduled = None
            stage = max(stage, Stage.reached_out, key=lambda s: s.rank)
        else:
            status = "cancelled"
            scheduled = anchor - timedelta(days=1 + _below(rng, 299))
        created = min(fact.created_at + timedelta(hours=1), anchor)
        interviews.append(
            (
                interview_id,
                plan.id,
                fact.id,
                status,
                scheduled,
                duration,
                _pick(rng, MEDIA),
                "",
                "Learn how they moved from the PhD into their role.",
                "",
                [],
                [],
                "",
                "Talk to two more people on the team." if completed_at else "",
                completed_at is not None and rng.random() < 0.7,
                completed_at,
                created,
                completed_at or created,
                1,
            )
        )
        if completed_at is not None:
            reminders.append(
                (
                    self.uid(rng),
                    plan.id,
                    "thank_you",
                    f"Thank {fact.full_name}",
                    "",
                    completed_at + timedelta(hours=24),
                    fact.id,
                    interview_id,
                    "done",
                    completed_at + timedelta(hours=3),
                    True,
                    None,
                    completed_at,
                    completed_at,
                    1,
                )
            )
        return stage

    def _referrals(
        self,
        rng: random.Random,
        plan: UserPlan,
        facts: list[ContactFacts],
        referrals: list[tuple[Any, ...]],
    ) -> None:
        """Each completed interview yields 0–3 referrals to other contacts (≈0.2 per contact);
        the referral's status follows the referred contact's stage like the service's rule."""
        seen: set[tuple[int, int]] = set()
        count = len(facts)
        for i, fact in enumerate(facts):
            if fact.completed_interview is None or count < 2:
                continue
            k = rng.choices((0, 1, 2, 3), weights=(20, 40, 27, 13))[0]
            for _ in range(k):
                j = _below(rng, count)
                if j == i or (i, j) in seen:
                    continue
                seen.add((i, j))
                referred = facts[j]
                if referred.referred_by is None:
                    referred.referred_by = fact.id
                    referred.connection = Connection.referral
                status = automation.referral_status_for(referred.stage, ReferralStatus.suggested)
                when = max(fact.last_interview or fact.created_at, referred.created_at)
                referrals.append(
                    (
                        self.uid(rng),
                        plan.id,
                        fact.id,
                        referred.id,
                        fact.completed_interview,
                        "Said I should mention their name.",
                        rng.random() < 0.4,
                        status.value,
                        when,
                        when,
                        1,
                    )
                )


# --- loading --------------------------------------------------------------------------------


def _libpq(url: str) -> str:
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def recreate_database(url: str) -> None:
    name = make_url(url).database or ""
    if not name.startswith("rapport_bench"):
        raise SystemExit(
            f"refusing to recreate {name!r}: the bench database must be rapport_bench*"
        )
    admin = _libpq(make_url(url).set(database="postgres").render_as_string(hide_password=False))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(url: str) -> None:
    name = make_url(url).database or ""
    if not name.startswith("rapport_bench"):
        raise SystemExit(f"refusing to drop {name!r}")
    admin = _libpq(make_url(url).set(database="postgres").render_as_string(hide_password=False))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _copy(
    cursor: psycopg.Cursor[Any],
    table: str,
    rows: Iterable[tuple[Any, ...]],
    types: Sequence[str] | None = None,
) -> None:
    columns = ", ".join(TABLES[table])
    binary = " (FORMAT BINARY)" if types else ""
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN{binary}") as copy:  # type: ignore[arg-type]
        if types:
            copy.set_types(types)
        for row in rows:
            copy.write_row(row)


def _column_types(cursor: psycopg.Cursor[Any]) -> dict[str, list[str]]:
    """Postgres type names of the bulk tables' columns, for binary COPY (the fastest path)."""
    found: dict[str, list[str]] = {}
    for table in BULK_TABLES:
        cursor.execute(
            "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute"
            " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            (table,),
        )
        by_name = dict(cursor.fetchall())
        found[table] = [by_name[column] for column in TABLES[table]]
    return found


def _load_users(
    url: str, generator: Generator, plans: list[UserPlan], types: dict[str, list[str]]
) -> tuple[dict[str, int], float, float]:
    """Generate and COPY every bulk row of these users (one worker process, one transaction)."""
    counts = dict.fromkeys(BULK_TABLES, 0)
    generate_s = copy_s = 0.0
    with psycopg.connect(_libpq(url)) as connection, connection.cursor() as cursor:
        # Foreign keys are consistent by construction; skip their per-row triggers while loading.
        cursor.execute("SET session_replication_role = replica")
        for plan in plans:
            g0 = time.perf_counter()
            rows = generator.contact_rows(plan)
            g1 = time.perf_counter()
            for table in BULK_TABLES:
                _copy(cursor, table, rows[table], types[table])
                counts[table] += len(rows[table])
            generate_s += g1 - g0
            copy_s += time.perf_counter() - g1
        connection.commit()
    return counts, generate_s, copy_s


def _secondary_indexes(cursor: psycopg.Cursor[Any]) -> list[tuple[str, str]]:
    """Indexes of the bulk tables that back no constraint: dropped while loading, rebuilt after
    (from their own definitions, so the schema stays exactly the migrations')."""
    cursor.execute(
        """
        SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                          WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))
        ORDER BY i.indexname
        """,
        (list(BULK_TABLES),),
    )
    return [(name, definition) for name, definition in cursor.fetchall()]


def seed(url: str, scale: Scale, *, seed_value: int = 7, jobs: int = 2) -> dict[str, Any]:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    anchor = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    generator = Generator(seed_value, anchor)

    recreate_database(url)
    from alembic import command

    command.upgrade(alembic_config(url), "head")
    timings["create_and_migrate_s"] = time.perf_counter() - started

    plans = generator.plan_users(scale)
    counts = dict.fromkeys(BULK_TABLES, 0)
    t0 = time.perf_counter()
    with psycopg.connect(_libpq(url)) as connection, connection.cursor() as cursor:
        users, tokens = generator.user_rows(plans)
        _copy(cursor, "users", users)
        _copy(cursor, "access_tokens", tokens)
        types = _column_types(cursor)
        indexes = _secondary_indexes(cursor)
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        connection.commit()
    timings["users_s"] = time.perf_counter() - t0

    # Rows are generated in Python, so spread the users over processes (each its own COPY).
    t1 = time.perf_counter()
    shares = [plans[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_load_users, url, generator, share, types) for share in shares]
        for future in futures:
            share_counts, _, _ = future.result()
            for table, count in share_counts.items():
                counts[table] += count
    timings["generate_and_copy_s"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    with psycopg.connect(_libpq(url), autocommit=True) as connection:
        connection.execute("SET maintenance_work_mem = '256MB'")
        for _, definition in indexes:
            connection.execute(definition)  # type: ignore[arg-type]
    timings["build_indexes_s"] = time.perf_counter() - t2

    # The default question bank and templates, through the real service (a few rows a user).
    t3 = time.perf_counter()
    database = Database(url, pool_size=1, max_overflow=0)
    with database.sessionmaker() as session, session.begin():
        for user in session.query(User).all():
            questions_service.seed_default_bank(session, user=user)
            templates_service.seed_default_templates(session, user=user)
    database.dispose()
    timings["question_banks_s"] = time.perf_counter() - t3

    t4 = time.perf_counter()
    with psycopg.connect(_libpq(url), autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE)")
    timings["vacuum_analyze_s"] = time.perf_counter() - t4
    timings["total_s"] = time.perf_counter() - started
    total_rows = sum(counts.values()) + len(users) + len(tokens)
    return {
        "database_url": make_url(url).render_as_string(hide_password=True),
        "seed": seed_value,
        "anchor": anchor.isoformat(),
        "scale": scale.__dict__,
        "rows": {"users": len(users), "access_tokens": len(tokens), **counts},
        "rows_total": total_rows,
        "per_contact": {
            table: round(counts[table] / max(1, counts["contacts"]), 3)
            for table in BULK_TABLES
            if table != "contacts"
        },
        "timings": {k: round(v, 2) for k, v in timings.items()},
        "rows_per_s": round(total_rows / max(1e-9, timings["generate_and_copy_s"])),
        "users": [
            {
                "id": str(p.id),
                "email": p.email,
                "token": p.token,
                "contacts": p.contacts,
                "big": p.big,
            }
            for p in plans
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=2, help="Loader processes.")
    parser.add_argument("--manifest", type=Path, help="Write the seeding report (with tokens).")
    args = parser.parse_args()
    report = seed(args.database_url, SCALES[args.scale], seed_value=args.seed, jobs=args.jobs)
    if args.manifest:
        args.manifest.parent.mkdir(parents=True, exist_ok=True)
        args.manifest.write_text(json.dumps(report, indent=2))
    summary = {k: v for k, v in report.items() if k != "users"}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
