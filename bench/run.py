"""`make bench`: seed Postgres, serve the API the production way, drive it with wrk, report.

1. Seeds a ``rapport_bench`` database deterministically with bulk COPY (bench/seed.py).
2. Starts what ``rapport serve --workers N --no-access-log`` starts (uvicorn, production
   settings), through bench/floor.py's factory: the real app plus the bench-only floor routes.
3. For each scenario and concurrency, runs ``wrk`` (a separate C process; bench/wrk/requests.lua
   replays prepared requests with each user's bearer token) after a short warm-up, and measures
   ``/healthz`` on the same server as the ceiling. The contact page, contact detail and
   dashboard each have a floor (their own SQL through the bare driver, rows straight to JSON),
   measured cell by cell right after them.
4. Counts the SQL statements of one request per scenario in-process (and checks that each floor
   sends its endpoint's statements), reads every worker's peak RSS, times the CSV import and
   JSON export endpoints (with the workers' peak memory during the export), and writes
   ``bench/results/<date>.md`` and ``.json`` (other scales: ``bench/results/scratch/``).

    python bench/run.py --scale small            # a quick run while developing
    python bench/run.py --scale full             # the real thing (what `make bench` runs)
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy import event
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The live tests' server harness (backend/tests/live.py) starts the bench's server too.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

from rapport.pagination import encode_cursor
from tests.live import free_port, running, uvicorn_command

import floor
import seed as seeding

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
SCRATCH_DIR = RESULTS_DIR / "scratch"
LUA = BENCH_DIR / "wrk" / "requests.lua"
API = "/api/v1"
PAGE = 50
DEEP_PAGE = 200

# What issue 12 asks for (at concurrency 16 unless said otherwise; each endpoint's share of
# /healthz is its scenario's `share`).
TARGET_CONCURRENCY = 16
TARGET_OF_FLOOR = 0.60
TARGET_READ_P99_MS = 50.0
TARGET_WRITE_P99_MS = 100.0
TARGET_HIGH_CONCURRENCY = 64
TARGET_HIGH_P99_MS = 250.0
TARGET_SEARCH_P50_MS = 10.0
TARGET_IMPORT_S = 3.0
TARGET_EXPORT_S = 1.5
TARGET_EXPORT_PEAK_MB = 100.0

Line = tuple[str, str, str, str]  # method, path, token, JSON body
NONE = "-"  # no token / no body, in a request line


@dataclass
class Scenario:
    key: str
    label: str
    kind: str  # ceiling | single | page | write | floor
    lines: Callable[[str, int], list[Line]]  # (slice name, how many) -> requests
    note: str = ""
    share: float | None = None  # the target share of /healthz's req/s at c=16
    floor: str | None = None  # the key of its floor scenario (bench/floor.py), if it has one


@dataclass
class Measurement:
    scenario: str
    label: str
    kind: str
    concurrency: int
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    errors: int
    error_detail: dict[str, int]
    app_cpu_ms: float = 0.0  # API worker CPU per request
    db_cpu_ms: float = 0.0  # Postgres backend CPU per request
    ratio: float | None = None  # of the ceiling (/healthz) at the same concurrency
    of_floor: float | None = None  # of its floor at the same concurrency


@dataclass
class Fixture:
    """Everything the scenarios need, read from the seeded database (deterministic order)."""

    users: list[dict[str, Any]]
    big: dict[str, Any]
    contacts: dict[str, list[str]]  # user id -> sample contact ids
    deep_cursors: dict[str, str]  # user id -> cursor of page DEEP_PAGE (or the last page)
    deep_page: int
    interviews: list[tuple[str, str]]  # (user id, scheduled interview id), for completing
    search_terms: list[str]
    token_of: dict[str, str] = field(default_factory=dict)


# --- preparing requests ---------------------------------------------------------------------


def search_terms() -> list[str]:
    """Three-letter substrings people type: starts of surnames and organizations in the data."""
    words = seeding.LAST[::5] + seeding.ORGS[::7]
    return list(dict.fromkeys(word[:3].lower() for word in words if len(word) >= 3))


def load_fixture(url: str, manifest: dict[str, Any]) -> Fixture:
    users = [u for u in manifest["users"] if not u["big"]]
    big = next(u for u in manifest["users"] if u["big"])
    per_user = 40
    contacts: dict[str, list[str]] = {}
    cursors: dict[str, str] = {}
    smallest = min(u["contacts"] for u in users)
    deep_page = max(2, min(DEEP_PAGE, smallest // PAGE))
    with psycopg.connect(seeding._libpq(url)) as connection:
        for user in [*users, big]:
            contacts[user["id"]] = [
                str(row[0])
                for row in connection.execute(
                    "SELECT id FROM contacts WHERE user_id = %s ORDER BY id LIMIT %s",
                    (user["id"], per_user),
                )
            ]
        for user in users:
            # The cursor the API hands out after page deep_page - 1: the last row's sort keys.
            row = connection.execute(
                "SELECT name_key, id FROM contacts WHERE user_id = %s"
                " ORDER BY name_key, id OFFSET %s LIMIT 1",
                (user["id"], (deep_page - 1) * PAGE - 1),
            ).fetchone()
            assert row is not None
            cursors[user["id"]] = encode_cursor("contacts:name", [row[0], row[1]])
        interviews = [
            (str(user_id), str(interview_id))
            for user_id, interview_id in connection.execute(
                "SELECT user_id, id FROM interviews WHERE status = 'scheduled'"
                " AND user_id = ANY(%s) ORDER BY md5(id::text)",
                ([u["id"] for u in users],),
            )
        ]
    return Fixture(
        users=users,
        big=big,
        contacts=contacts,
        deep_cursors=cursors,
        deep_page=deep_page,
        interviews=interviews,
        search_terms=search_terms(),
        token_of={u["id"]: u["token"] for u in manifest["users"]},
    )


def build_scenarios(fx: Fixture, operations: set[str]) -> tuple[list[Scenario], list[str]]:
    """The scenarios of the issue that the API offers (missing ones are listed, not faked).

    Requests rotate over the users (each with their own token), their sample contacts and the
    search terms, so no single row or cache line is hammered."""
    users, terms = fx.users, fx.search_terms
    # (token, contact id), interleaving users.
    contacts = [
        (fx.token_of[user["id"]], ids[i])
        for i in range(max(len(fx.contacts[u["id"]]) for u in users))
        for user in users
        if i < len(ids := fx.contacts[user["id"]])
    ]

    def user(i: int) -> dict[str, Any]:
        return users[i % len(users)]

    def every(make: Callable[[int], Line]) -> Callable[[str, int], list[Line]]:
        return lambda _slice, count: [make(i) for i in range(count)]

    def on_contacts(
        method: str, under: str = "", body: str = NONE
    ) -> Callable[[str, int], list[Line]]:
        """`method` on `/contacts/{id}<under>`, one sample contact after the other, each with
        its owner's token."""

        def line(i: int) -> Line:
            token, contact_id = contacts[i % len(contacts)]
            return (method, f"{API}/contacts/{contact_id}{under}", token, body)

        return every(line)

    page = f"{API}/contacts?limit={PAGE}"
    touch = '{"kind":"email","summary":"Followed up on our chat (bench)"}'
    scenarios = [
        Scenario("healthz", "/healthz (ceiling)", "ceiling", every(lambda i: GET("/healthz"))),
        Scenario(
            "list",
            f"contact list, first page ({PAGE})",
            "page",
            every(lambda i: GET(page, user(i)["token"])),
            share=0.15,
        ),
        Scenario(
            "deep",
            f"contact list, page {fx.deep_page} via cursor",
            "page",
            every(
                lambda i: GET(f"{page}&cursor={fx.deep_cursors[user(i)['id']]}", user(i)["token"])
            ),
            share=0.15,
        ),
        Scenario(
            "search",
            f"search q= (3 letters), {users[0]['contacts']:,}-contact users",
            "page",
            every(lambda i: GET(f"{page}&q={terms[i % len(terms)]}", user(i // 3)["token"])),
            share=0.15,
        ),
        Scenario(
            "search_big",
            f"search q= (3 letters), {fx.big['contacts']:,}-contact user",
            "page",
            every(lambda i: GET(f"{page}&q={terms[i % len(terms)]}", fx.big["token"])),
            share=0.15,
        ),
        Scenario(
            "detail",
            "contact detail",
            "single",
            on_contacts("GET"),
            share=0.30,
        ),
    ]
    missing: list[str] = []
    if "contact_timeline" in operations:
        scenarios.append(
            Scenario(
                "timeline",
                "contact timeline (page of touches + interviews)",
                "page",
                on_contacts("GET", "/timeline"),
                share=0.15,
            )
        )
    else:
        missing.append("contact timeline (GET /contacts/{id}/timeline)")
    if "get_dashboard" in operations:
        scenarios.append(
            Scenario(
                "dashboard",
                "dashboard",
                "single",
                every(lambda i: GET(f"{API}/dashboard", user(i)["token"])),
                share=0.10,
            )
        )
    else:
        missing.append("dashboard (GET /dashboard)")
    scenarios.append(
        Scenario(
            "touch",
            "create touch (POST)",
            "write",
            on_contacts("POST", "/interactions", touch),
            share=0.10,
        )
    )
    if "update_interview" in operations:
        pool = _InterviewPool(fx.interviews)
        scenarios.append(
            Scenario(
                "complete",
                "complete interview (PATCH status)",
                "write",
                lambda slice_name, count: [
                    (
                        "PATCH",
                        f"{API}/interviews/{interview_id}",
                        fx.token_of[user_id],
                        '{"status":"completed"}',
                    )
                    for user_id, interview_id in pool.take(slice_name, count)
                ],
                note="each request completes a different scheduled interview",
                share=0.10,
            )
        )
    else:
        missing.append("complete interview (PATCH /interviews/{id})")
    return with_floors(scenarios), missing


FLOORED = ("list", "detail", "dashboard")


def with_floors(scenarios: list[Scenario]) -> list[Scenario]:
    """Each of ``FLOORED`` followed by its floor: the same requests, to the bench-only floor
    route of the same path (``/floor/...`` for ``/api/v1/...``, bench/floor.py)."""

    def floored(lines: Callable[[str, int], list[Line]]) -> Callable[[str, int], list[Line]]:
        def floor_lines(slice_name: str, count: int) -> list[Line]:
            return [
                (method, floor.PREFIX + path.removeprefix(API), token, body)
                for method, path, token, body in lines(slice_name, count)
            ]

        return floor_lines

    out: list[Scenario] = []
    for scenario in scenarios:
        out.append(scenario)
        if scenario.key in FLOORED:
            scenario.floor = f"floor_{scenario.key}"
            out.append(
                Scenario(
                    scenario.floor,
                    f"floor of {scenario.label}",
                    "floor",
                    floored(scenario.lines),
                    note="its SQL through the bare driver, rows straight to JSON",
                )
            )
    return out


def GET(path: str, token: str = NONE) -> Line:
    return ("GET", path, token, NONE)


class _InterviewPool:
    """Hands out scheduled interviews once each, so every completion is a real one."""

    def __init__(self, interviews: list[tuple[str, str]]) -> None:
        self.items = interviews
        self.position = 0
        self.slices: dict[str, list[tuple[str, str]]] = {}

    def take(self, slice_name: str, count: int) -> list[tuple[str, str]]:
        if slice_name not in self.slices:
            available = len(self.items) - self.position
            take = min(count, available)
            self.slices[slice_name] = self.items[self.position : self.position + take]
            self.position += take
        return self.slices[slice_name] or self.items[:1]

    @property
    def left(self) -> int:
        return len(self.items) - self.position


# --- the server -------------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append(int(entry.name))
            found.extend(children(int(entry.name)))
    return found


def memory_kb(pid: int) -> dict[str, int]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            values[key] = int(rest.split()[0])
    return values


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class CpuMeter:
    """CPU used by the API workers and by the Postgres backends serving the bench database.

    CPU time per request hardly depends on what else runs on the machine, unlike req/s and
    latency, so it tells a slow endpoint from a busy machine."""

    def __init__(self, workers: list[int], url: str) -> None:
        self.workers = workers
        self.url = url
        self.database = make_url(url).database

    def _backends(self) -> list[int]:
        with psycopg.connect(seeding._libpq(self.url), autocommit=True) as connection:
            return [
                int(row[0])
                for row in connection.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s"
                    " AND pid <> pg_backend_pid()",
                    (self.database,),
                )
            ]

    def snapshot(self) -> tuple[float, dict[int, float]]:
        app = sum(cpu_seconds(pid) for pid in self.workers)
        return app, {pid: cpu_seconds(pid) for pid in self._backends()}

    def since(self, before: tuple[float, dict[int, float]]) -> tuple[float, float]:
        app_before, db_before = before
        app_now, db_now = self.snapshot()
        db = sum(now - db_before.get(pid, 0.0) for pid, now in db_now.items())
        return app_now - app_before, db


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ").strip()
    except OSError:
        return ""


@contextmanager
def serve(
    url: str, *, workers: int, port: int, extra_env: dict[str, str]
) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "RAPPORT_ENV": "production",
        "RAPPORT_SECRET_KEY": secrets.token_urlsafe(48),
        **extra_env,
    }
    # `rapport serve --workers N --no-access-log` runs this uvicorn with `rapport.main`'s
    # factory. Here the factory is bench/floor.py's, which adds the bench-only floor routes to
    # the same app, and workers get longer than 5 s to answer the supervisor's health check on
    # a busy shared machine (a loaded 2-core box otherwise sees workers killed and restarted).
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # production has compiled bytecode
    env["PYTHONPYCACHEPREFIX"] = str(SCRATCH_DIR / "pycache")
    command = uvicorn_command(
        "floor:create_app",
        port=port,
        workers=workers,
        options=[
            "--app-dir",
            str(BENCH_DIR),
            "--proxy-headers",
            "--forwarded-allow-ips",
            "127.0.0.1",
            "--timeout-worker-healthcheck",
            "60",
        ],
    )
    ready = f"http://127.0.0.1:{port}/readyz"
    log = SCRATCH_DIR / "server.log"
    with running(command, env=env, log=log, ready=ready, timeout=180, cwd=REPO_DIR) as process:
        # Every worker answers before we measure (readyz may have hit only one).
        for _ in range(workers * 20):
            httpx.get(ready, timeout=5)
        yield process


def worker_pids(server: subprocess.Popen[bytes]) -> list[int]:
    return [
        pid
        for pid in children(server.pid)
        if ("multiprocessing" in cmdline(pid) or "rapport" in cmdline(pid))
        and "resource_tracker" not in cmdline(pid)
    ]


# --- measuring ------------------------------------------------------------------------------


def run_wrk(
    port: int, lines: list[Line], *, concurrency: int, seconds: float, threads: int = 1
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", dir=SCRATCH_DIR, delete=False) as f:
        for line in lines:
            f.write("\t".join(line) + "\n")
        path = f.name
    threads = max(1, min(threads, concurrency))
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{concurrency}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(LUA),
        f"http://127.0.0.1:{port}",
        "--",
        path,
        str(threads),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    os.unlink(path)
    for output_line in reversed(result.stdout.splitlines()):
        if output_line.startswith("{"):
            return json.loads(output_line)
    raise SystemExit(f"wrk failed: {result.stdout}\n{result.stderr}")


def measurement(scenario: Scenario, concurrency: int, raw: dict[str, Any]) -> Measurement:
    seconds = raw["duration_us"] / 1e6
    lat = raw["latency_us"]
    errors = raw["errors"]
    return Measurement(
        scenario=scenario.key,
        label=scenario.label,
        kind=scenario.kind,
        concurrency=concurrency,
        requests=raw["requests"],
        seconds=round(seconds, 2),
        rps=round(raw["requests"] / seconds, 1),
        p50_ms=round(lat["p50"] / 1000, 2),
        p90_ms=round(lat["p90"] / 1000, 2),
        p99_ms=round(lat["p99"] / 1000, 2),
        max_ms=round(lat["max"] / 1000, 2),
        errors=sum(errors.values()),
        error_detail={k: v for k, v in errors.items() if v},
    )


def measured_together(scenarios: list[Scenario]) -> list[list[Scenario]]:
    """Each endpoint with its floor, measured cell by cell one right after the other (so both
    see the same machine); every other scenario alone."""
    by_key = {s.key: s for s in scenarios}
    paired = {s.floor for s in scenarios if s.floor in by_key}
    return [
        [s, by_key[s.floor]] if s.floor in by_key else [s] for s in scenarios if s.key not in paired
    ]


def measure(
    port: int, meter: CpuMeter, scenario: Scenario, concurrency: int, seconds: float
) -> Measurement:
    count = 5_000 if scenario.kind != "write" else int(seconds * 1500)
    lines = scenario.lines(f"c{concurrency}", count)
    before = meter.snapshot()
    raw = run_wrk(port, lines, concurrency=concurrency, seconds=seconds)
    app_cpu, db_cpu = meter.since(before)
    result = measurement(scenario, concurrency, raw)
    if result.requests:
        result.app_cpu_ms = round(app_cpu * 1000 / result.requests, 3)
        result.db_cpu_ms = round(db_cpu * 1000 / result.requests, 3)
    print(
        f"{scenario.key:>15} c={concurrency:<3} {result.rps:8.0f} req/s"
        f"  p50 {result.p50_ms:6.1f} ms"
        f"  p99 {result.p99_ms:6.1f} ms  errors {result.errors}"
        f"  cpu/req app {result.app_cpu_ms:.2f} ms db {result.db_cpu_ms:.2f} ms",
        flush=True,
    )
    return result


def http_arguments(line: Line) -> dict[str, Any]:
    method, path, token, body = line
    headers = {} if token == NONE else {"Authorization": f"Bearer {token}"}
    if body != NONE:
        headers["Content-Type"] = "application/json"
    return {
        "method": method,
        "url": path,
        "headers": headers,
        "content": None if body == NONE else body.encode(),
    }


def check_answers(port: int, scenario: Scenario, lines: list[Line]) -> None:
    """Every scenario's requests must succeed before they are timed (a fast 404 is no result)."""
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for line in lines[:3]:
            response = client.request(**http_arguments(line))
            if response.status_code >= 400:
                raise SystemExit(
                    f"{scenario.key}: {line[0]} {line[1]} answered {response.status_code}: "
                    f"{response.text[:300]}"
                )


# Answer fields that differ between two calls a moment apart.
MOMENTARY_FIELDS = frozenset({"generated_at"})


def check_floor(port: int, scenario: Scenario, its_floor: Scenario) -> None:
    """A floor must answer what its endpoint answers (but the moment it was made), or its
    numbers say nothing about the endpoint."""
    pairs = zip(scenario.lines("check", 3), its_floor.lines("check", 3), strict=True)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for line, floor_line in pairs:
            real, bare = (
                {
                    key: value
                    for key, value in client.request(**http_arguments(request)).json().items()
                    if key not in MOMENTARY_FIELDS
                }
                for request in (line, floor_line)
            )
            if real != bare:
                differing = sorted(
                    k for k in real.keys() | bare.keys() if real.get(k) != bare.get(k)
                )
                raise SystemExit(
                    f"{its_floor.key} answers {floor_line[1]} differently from {line[1]} "
                    f"(fields {differing}): follow the endpoint in bench/floor.py"
                )


def count_queries(url: str, scenarios: list[Scenario]) -> dict[str, float]:
    """SQL statements per request, counted in-process on the same database with the same code
    (a floor's as its driver connection is asked to run them).

    Each request's token is used once beforehand (its first use records the time), then the
    request runs once and its statements are counted; the most of a few requests is kept. A
    floor must send exactly the statements its endpoint sends, or the run stops."""
    from fastapi.testclient import TestClient
    from rapport.config import Settings

    sent: list[str] = []

    class Recording(psycopg.AsyncConnection[Any]):
        async def execute(self, query: Any, *args: Any, **kwargs: Any) -> Any:
            sent.append(str(query))
            return await super().execute(query, *args, **kwargs)

    app = floor.create_app(
        Settings(env="test", database_url=url, frontend_dist=SCRATCH_DIR / "no-dashboard"),
        connection_class=Recording,
    )
    event.listen(
        app.state.db.request_engine, "before_cursor_execute", lambda *args: sent.append(args[2])
    )
    statements: dict[str, list[list[str]]] = {}
    with TestClient(app) as client:
        for scenario in scenarios:
            statements[scenario.key] = []
            for line in scenario.lines("queries", 3):
                if line[2] != NONE:
                    client.get(f"{API}/me", headers={"Authorization": f"Bearer {line[2]}"})
                sent.clear()
                response = client.request(**http_arguments(line))
                if response.status_code >= 400:
                    raise SystemExit(f"{scenario.key}: {response.status_code} {response.text}")
                statements[scenario.key].append(list(sent))
    for scenario in scenarios:
        if scenario.floor in statements and statements[scenario.floor] != statements[scenario.key]:
            raise SystemExit(
                f"{scenario.floor} does not send the statements {scenario.key} sends: follow "
                f"the endpoint in bench/floor.py\n{statements[scenario.key][0]}\n"
                f"{statements[scenario.floor][0]}"
            )
    return {key: max(len(request) for request in sent_by) for key, sent_by in statements.items()}


IMPORT_ROWS = 10_000


def import_csv(rows: int) -> bytes:
    """A contacts CSV of new people, the way a student's spreadsheet looks."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["full_name", "email", "organization", "title", "location", "tags", "notes"])
    for i in range(rows):
        first = seeding.FIRST[i % len(seeding.FIRST)]
        last = seeding.LAST[(i // len(seeding.FIRST)) % len(seeding.LAST)]
        org = seeding.ORGS[i % len(seeding.ORGS)]
        writer.writerow(
            [
                f"{first} {last}",
                f"{first}.{last}.{i}@import.example.org".lower(),
                org,
                seeding.TITLES[i % len(seeding.TITLES)],
                seeding.PLACES[i % len(seeding.PLACES)],
                "imported; bench",
                "From the alumni spreadsheet.",
            ]
        )
    return buffer.getvalue().encode()


def restart_peak_memory(pids: list[int]) -> bool:
    """Start every process's peak RSS (VmHWM) afresh from its current RSS (Linux 4.0+: "5" to
    /proc/<pid>/clear_refs), so the next reading is the peak since now. False if refused."""
    try:
        for pid in pids:
            Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def time_import_export(
    port: int, fx: Fixture, operations: dict[str, tuple[str, str]], workers: list[int]
) -> dict[str, Any]:
    """The CSV import (10 000 rows) and the full JSON export of a 10 000-contact user, through
    the real endpoints, over HTTP to the benchmarked server; and the workers' peak memory
    during the export (each one's VmHWM restarted just before it, read just after)."""
    results: dict[str, Any] = {}
    base = f"http://127.0.0.1:{port}"
    user = fx.users[0]
    headers = {"Authorization": f"Bearer {user['token']}"}
    if "export_everything" in operations:
        method, path = operations["export_everything"]
        before = {pid: memory_kb(pid) for pid in workers}
        restarted = restart_peak_memory(workers)
        started = time.perf_counter()
        response = httpx.request(method, base + path, headers=headers, timeout=120)
        elapsed = time.perf_counter() - started
        after = {pid: memory_kb(pid) for pid in workers}
        memory = [
            {
                "pid": pid,
                "rss_before_mb": round(before[pid].get("VmRSS", 0) / 1024, 1),
                "peak_mb": round(after[pid].get("VmHWM", 0) / 1024, 1),
            }
            for pid in workers
        ]
        results["export"] = {
            "status": response.status_code,
            "seconds": round(elapsed, 2),
            "bytes": len(response.content),
            "contacts": user["contacts"],
            "worker_peak_mb": max((w["peak_mb"] for w in memory), default=0.0),
            # The serving worker's growth: what the export itself held at its peak.
            "worker_peak_growth_mb": max(
                (round(w["peak_mb"] - w["rss_before_mb"], 1) for w in memory), default=0.0
            ),
            "peak_measured": "VmHWM restarted before the export"
            if restarted
            else "VmHWM over the server's life (it could not be restarted): an upper bound",
            "workers": memory,
        }
    else:
        results["export"] = {"status": "missing", "note": "no export_everything operation yet"}
    if "import_contacts" in operations:
        method, path = operations["import_contacts"]
        payload = import_csv(IMPORT_ROWS)
        # Into a user who already has their 10 000 contacts: every row is matched first.
        target = fx.users[-1]
        started = time.perf_counter()
        response = httpx.request(
            method,
            base + path,
            headers={"Authorization": f"Bearer {target['token']}"},
            files={"file": ("contacts.csv", payload, "text/csv")},
            timeout=600,
        )
        elapsed = time.perf_counter() - started
        answer = response.json() if response.status_code == 200 else {}
        results["import"] = {
            "status": response.status_code,
            "seconds": round(elapsed, 2),
            "rows": IMPORT_ROWS,
            "bytes": len(payload),
            "into_existing_contacts": target["contacts"],
            "summary": {k: v for k, v in answer.items() if isinstance(v, int)},
            "answer": response.text[:300] if response.status_code >= 300 else "",
        }
    else:
        results["import"] = {"status": "missing", "note": "no import_contacts operation yet"}
    return results


# --- reporting ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    mem_kb = int(
        next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    )
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    load = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "load_before": [round(x, 2) for x in load],
    }


def git_commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        cwd=REPO_DIR,
        check=False,
    )
    return result.stdout.strip()


def evaluate(
    results: list[Measurement], io_results: dict[str, Any], scenarios: dict[str, Scenario]
) -> list[dict[str, Any]]:
    """Each target of the issue, with the measured value and whether it is met."""
    targets: list[dict[str, Any]] = []

    def target(text: str, value: str, met: bool) -> None:
        targets.append({"target": text, "value": value, "met": met})

    c16, c64 = TARGET_CONCURRENCY, TARGET_HIGH_CONCURRENCY
    for m in results:
        if m.kind in ("ceiling", "floor"):
            continue
        scenario = scenarios[m.scenario]
        if m.concurrency == c16:
            limit = TARGET_WRITE_P99_MS if m.kind == "write" else TARGET_READ_P99_MS
            target(
                f"{m.label}: p99 < {limit:.0f} ms at c={c16}",
                f"{m.p99_ms:.1f} ms",
                m.p99_ms < limit,
            )
            if scenario.share is not None:
                ratio = m.ratio or 0.0
                target(
                    f"{m.label}: ≥ {scenario.share:.0%} of /healthz at c={c16}",
                    f"{ratio:.1%}",
                    ratio >= scenario.share,
                )
            if scenario.floor is not None:
                of_floor = m.of_floor or 0.0
                target(
                    f"{m.label}: ≥ {TARGET_OF_FLOOR:.0%} of its floor at c={c16}",
                    f"{of_floor:.1%}",
                    of_floor >= TARGET_OF_FLOOR,
                )
            if m.errors:
                target(f"{m.label}: no errors at c={c16}", str(m.errors), False)
        elif m.concurrency == c64:
            limit = TARGET_HIGH_P99_MS
            target(
                f"{m.label}: no errors and p99 < {limit:.0f} ms at c={c64}",
                f"{m.errors} errors, {m.p99_ms:.1f} ms",
                m.errors == 0 and m.p99_ms < limit,
            )
    big = next((m for m in results if (m.scenario, m.concurrency) == ("search_big", c16)), None)
    if big is not None:
        limit = TARGET_SEARCH_P50_MS
        target(
            f"search p50 < {limit:.0f} ms, biggest user (c={c16})",
            f"{big.p50_ms:.1f} ms",
            big.p50_ms < limit,
        )
    for key, limit in (("import", TARGET_IMPORT_S), ("export", TARGET_EXPORT_S)):
        result = io_results.get(key, {})
        if isinstance(result.get("seconds"), float | int):
            ok = result["status"] in (200, 201, 202) and result["seconds"] < limit
            value = f"{result['seconds']:.2f} s (HTTP {result['status']})"
            target(f"{key} < {limit:g} s", value, ok)
        else:
            target(f"{key} < {limit:g} s", "endpoint missing", False)
    peak = io_results.get("export", {}).get("worker_peak_mb")
    if peak is not None:
        limit = TARGET_EXPORT_PEAK_MB
        target(f"worker peak memory during export < {limit:.0f} MB", f"{peak:.1f} MB", peak < limit)
    return targets


def markdown(report: dict[str, Any]) -> str:
    out = []
    cfg = report["config"]
    seed_info = report["seed"]
    out.append(f"# Rapport benchmark — {report['date']} ({cfg['scale']} scale)\n")
    m = report["machine"]
    out.append(
        f"Commit `{report['commit']}` · {m['cpus']} CPUs ({m['cpu']}) · {m['memory_gb']} GB · "
        f"Python {m['python']} · Postgres {report['postgres']} · load before the run "
        f"{m['load_before']}\n"
    )
    out.append(
        f"Server: uvicorn with {cfg['workers']} workers, access log off, RAPPORT_ENV=production "
        f"(what `rapport serve --workers {cfg['workers']} --no-access-log` runs). Load: wrk, 1 "
        f"thread, {cfg['seconds']} s per cell after a {cfg['warmup']} s warm-up, on the same "
        "machine. CPU columns: CPU time of the API workers and of the Postgres backends per "
        "request.\n"
    )
    out.append(
        "Floors (bench/floor.py, bench-only routes of the same server): the endpoint's own "
        "statements (checked to be the same SQL and to answer the same JSON) in autocommit like "
        "the app's reads, through the bare driver (psycopg's pool), rows written straight to "
        "JSON with orjson; each measured right after its endpoint at every concurrency. "
        "**of floor** = the endpoint's req/s / its floor's.\n"
    )
    rows = seed_info["rows"]
    out.append(
        f"Data: {rows['users']} users, {rows['contacts']:,} contacts, {rows['interactions']:,} "
        f"touches, {rows['interviews']:,} interviews, {rows['referrals']:,} referrals, "
        f"{rows['reminders']:,} reminders (per contact: "
        + ", ".join(f"{k} {v}" for k, v in seed_info["per_contact"].items())
        + f"). Seeded in **{seed_info['timings']['total_s']} s** "
        f"({seed_info['rows_per_s']:,} rows/s generate+COPY; "
        + ", ".join(f"{k} {v}" for k, v in seed_info["timings"].items())
        + ").\n"
    )
    out.append(
        "| endpoint | c | req/s | p50 ms | p99 ms | errors | of ceiling | of floor "
        "| queries/req | app CPU ms/req | DB CPU ms/req |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in report["results"]:
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.1%}"
        of_floor = "—" if r.get("of_floor") is None else f"**{r['of_floor']:.1%}**"
        q = report["queries"].get(r["scenario"], "")
        out.append(
            f"| {r['label']} | {r['concurrency']} | {r['rps']:,.0f} | {r['p50_ms']:.1f} | "
            f"{r['p99_ms']:.1f} | {r['errors']} | {ratio} | {of_floor} | {q} "
            f"| {r['app_cpu_ms']:.2f} | {r['db_cpu_ms']:.2f} |"
        )
    out.append("")
    mem = report["memory"]
    out.append(
        "Peak memory per worker (VmHWM): "
        + ", ".join(f"{w['peak_rss_mb']} MB" for w in mem["workers"])
        + f" (RSS at the end: {', '.join(str(w['rss_mb']) for w in mem['workers'])} MB).\n"
    )
    io_results = report["import_export"]
    for key in ("import", "export"):
        r = io_results.get(key, {})
        if "seconds" in r:
            size = f"{r.get('rows', r.get('contacts'))} rows/contacts, {r['bytes'] / 1e6:.1f} MB"
            out.append(f"- {key}: **{r['seconds']} s** (HTTP {r['status']}, {size})")
            if "worker_peak_mb" in r:
                before = ", ".join(f"{w['rss_before_mb']} MB" for w in r["workers"])
                out.append(
                    f"- worker peak memory during the export: **{r['worker_peak_mb']} MB**, "
                    f"{r['worker_peak_growth_mb']} MB over the worker's RSS before it "
                    f"({r['peak_measured']}; RSS of the workers before it: {before})"
                )
        else:
            out.append(f"- {key}: not measured ({r.get('note', 'missing')})")
    if report["missing"]:
        out.append(f"- not benchmarked (endpoint missing): {', '.join(report['missing'])}")
    if report.get("profiles"):
        out.append(
            "\n## Where the time goes\n\npy-spy on every worker during an extra c=16 run, "
            "counting only samples that hold the GIL (CPU spent in Python), by the layer of the "
            "innermost frame:\n"
        )
        keys = list(report["profiles"])
        layer_names = list(dict.fromkeys(n for k in keys for n in report["profiles"][k]["layers"]))
        out.append("| layer | " + " | ".join(keys) + " |")
        out.append("|---|" + "---:|" * len(keys))
        for name in layer_names:
            cells = [f"{report['profiles'][k]['layers'].get(name, 0):.0%}" for k in keys]
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        for key in keys:
            top = report["profiles"][key]["top_functions"][:6]
            out.append(
                f"\n{key}, busiest functions: "
                + "; ".join(f"{t['function']} {t['share']:.0%}" for t in top)
            )
    out.append("\n## Targets\n")
    out.append("| target | measured | met |")
    out.append("|---|---:|:---:|")
    for t in report["targets"]:
        out.append(f"| {t['target']} | {t['value']} | {'yes' if t['met'] else '**no**'} |")
    out.append("")
    return "\n".join(out)


# --- main -------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description="Rapport's benchmark (see bench/README.md).")
    parser.add_argument("--scale", choices=sorted(seeding.SCALES), default="full")
    parser.add_argument("--database-url", default=seeding.DEFAULT_URL)
    parser.add_argument("--seconds", type=float, help="Per measurement (default 10; small 3).")
    parser.add_argument("--warmup", type=float, help="Per scenario (default 3; small 1).")
    parser.add_argument("--concurrency", default="1,16,64")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--only",
        help="Comma-separated scenario keys (healthz always runs, an endpoint's floor with it).",
    )
    parser.add_argument("--reuse", action="store_true", help="Skip seeding; reuse the database.")
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    parser.add_argument(
        "--profile",
        default=None,
        help="Comma-separated scenarios to profile with py-spy at c=16 after the measurements "
        "(default for the full scale: detail,list,dashboard,touch; 'none' for none).",
    )
    parser.add_argument("--output", type=Path, help="Results directory.")
    parser.add_argument(
        "--env", action="append", default=[], help="NAME=value for the server (e.g. settings)."
    )
    args = parser.parse_args()

    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk (make bench does this)")
    full = args.scale == "full"
    if args.profile is None and full:
        args.profile = "detail,list,dashboard,touch"
    if args.profile == "none":
        args.profile = None
    seconds = args.seconds or (10.0 if full else 3.0)
    warmup = args.warmup if args.warmup is not None else (3.0 if full else 1.0)
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    output = args.output or (RESULTS_DIR if full else SCRATCH_DIR)
    SCRATCH_DIR.mkdir(parents=True, exist_ok=True)
    output.mkdir(parents=True, exist_ok=True)
    manifest_path = SCRATCH_DIR / f"manifest-{args.scale}.json"
    machine_info = machine()

    if args.reuse and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        print(f"reusing the seeded database ({manifest_path})")
    else:
        print(
            f"seeding {args.scale} scale into {make_url(args.database_url).database} …", flush=True
        )
        manifest = seeding.seed(args.database_url, seeding.SCALES[args.scale])
        manifest_path.write_text(json.dumps(manifest, indent=2))
        print(
            f"seeded {manifest['rows_total']:,} rows in {manifest['timings']['total_s']} s",
            flush=True,
        )

    from rapport.config import Settings
    from rapport.main import create_app

    document = create_app(
        Settings(env="test", database_url=args.database_url, frontend_dist=SCRATCH_DIR / "none")
    ).openapi()
    operations = {
        op["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
    }
    fx = load_fixture(args.database_url, manifest)
    scenarios, missing = build_scenarios(fx, set(operations))
    if args.only:
        wanted = {"healthz", *args.only.split(",")}
        wanted |= {s.floor for s in scenarios if s.key in wanted and s.floor}
        scenarios = [s for s in scenarios if s.key in wanted]

    with psycopg.connect(seeding._libpq(args.database_url)) as connection:
        postgres = str(connection.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]

    print("counting queries per request …", flush=True)
    queries = count_queries(args.database_url, scenarios)

    results: list[Measurement] = []
    port = free_port()
    profiles: dict[str, Any] = {}
    profile_keys = set(args.profile.split(",")) if args.profile else set()
    extra_env = dict(item.split("=", 1) for item in args.env)
    with serve(args.database_url, workers=args.workers, port=port, extra_env=extra_env) as server:
        workers = worker_pids(server)
        meter = CpuMeter(workers, args.database_url)
        for group in measured_together(scenarios):
            for scenario in group:
                check_answers(port, scenario, scenario.lines("check", 3))
            if len(group) == 2:
                check_floor(port, *group)
            for scenario in group:
                if warmup:
                    lines = scenario.lines("warmup", 20_000)
                    run_wrk(port, lines, concurrency=TARGET_CONCURRENCY, seconds=warmup)
            for c in concurrencies:
                for scenario in group:
                    results.append(measure(port, meter, scenario, c, seconds))
        # The run's peaks so far: the export restarts them to measure its own.
        run_peaks = {pid: memory_kb(pid).get("VmHWM", 0) for pid in workers}
        io_results = time_import_export(port, fx, operations, workers)
        # Profiles come last, in runs of their own: the sampler must not slow the measurements.
        for scenario in scenarios:
            if scenario.key in profile_keys:
                print(f"profiling {scenario.key} at c={TARGET_CONCURRENCY} …", flush=True)
                spies = start_profiles(workers, seconds, scenario.key)
                lines = scenario.lines("profile", 5_000)
                run_wrk(port, lines, concurrency=TARGET_CONCURRENCY, seconds=seconds)
                profiles[scenario.key] = summarize_profile(finish_profiles(spies))
        memory = {
            "workers": [
                {
                    "pid": pid,
                    "peak_rss_mb": round(max(run_peaks[pid], m.get("VmHWM", 0)) / 1024, 1),
                    "rss_mb": round(m.get("VmRSS", 0) / 1024, 1),
                }
                for pid in workers
                if (m := memory_kb(pid))
            ]
        }

    rps = {(m.scenario, m.concurrency): m.rps for m in results}
    by_key = {s.key: s for s in scenarios}
    for m in results:
        if m.kind != "ceiling" and rps.get(("healthz", m.concurrency)):
            m.ratio = round(m.rps / rps[("healthz", m.concurrency)], 4)
        its_floor = by_key[m.scenario].floor
        if its_floor and rps.get((its_floor, m.concurrency)):
            m.of_floor = round(m.rps / rps[(its_floor, m.concurrency)], 4)
    targets = evaluate(results, io_results, by_key)
    date = datetime.now(UTC).strftime("%Y-%m-%d")
    report = {
        "date": date,
        "commit": git_commit(),
        "machine": machine_info,
        "postgres": postgres,
        "config": {
            "scale": args.scale,
            "workers": args.workers,
            "seconds": seconds,
            "warmup": warmup,
            "concurrency": concurrencies,
            "load_generator": "wrk 4.1 (1 thread, Lua script bench/wrk/requests.lua)",
        },
        "seed": {k: v for k, v in manifest.items() if k != "users"},
        "results": [asdict(m) for m in results],
        "queries": queries,
        "memory": memory,
        "import_export": io_results,
        "missing": missing,
        "targets": targets,
        "profiles": profiles,
    }
    stem = date if full else f"{date}-{args.scale}"
    (output / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n")
    text = markdown(report)
    (output / f"{stem}.md").write_text(text)
    print()
    print(text)
    print(f"written: {output / (stem + '.md')} and .json")
    if not args.keep:
        seeding.drop_database(args.database_url)
        manifest_path.unlink(missing_ok=True)
        print(f"dropped {make_url(args.database_url).database} (--keep keeps it for --reuse)")


def start_profiles(
    pids: list[int], seconds: float, key: str
) -> list[tuple[subprocess.Popen[bytes], Path]]:
    spies: list[tuple[subprocess.Popen[bytes], Path]] = []
    py_spy = Path(sys.executable).with_name("py-spy")
    if not py_spy.exists():
        print("py-spy is not installed (pip install py-spy): no profile", flush=True)
        return spies
    for pid in pids:
        out = SCRATCH_DIR / f"profile-{key}-{pid}.txt"
        process = subprocess.Popen(
            [
                str(py_spy),
                "record",
                "--pid",
                str(pid),
                "--duration",
                str(int(seconds)),
                "--rate",
                "250",
                "--gil",
                "--format",
                "raw",
                "--output",
                str(out),
                "--nonblocking",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        spies.append((process, out))
    return spies


def finish_profiles(spies: list[tuple[subprocess.Popen[bytes], Path]]) -> list[Path]:
    for process, _ in spies:
        process.wait(timeout=120)
    return [out for _, out in spies if out.exists()]


# Where a sampled frame's code lives -> the layer it belongs to.
LAYERS = (
    ("thread-pool hand-offs (threading, anyio, queue)", ("threading.py", "anyio", "queue.py")),
    ("event loop and HTTP (uvicorn, asyncio)", ("uvicorn", "asyncio", "httptools")),
    ("FastAPI and Starlette (routing, dependencies)", ("fastapi", "starlette")),
    ("SQLAlchemy (statements, ORM loading)", ("sqlalchemy",)),
    ("psycopg (driver)", ("psycopg",)),
    ("pydantic (validation, JSON)", ("pydantic", "pydantic_core")),
    ("Rapport's own code", ("rapport",)),
)
FRAME = re.compile(r"^(?P<function>.*) \((?P<path>[^()]*):\d+\)$")


def _layer(path: str) -> str:
    top = path.lstrip("/").split("/")
    for name, marks in LAYERS:
        if any(mark in top for mark in marks):
            return name
    return "other (standard library, json, uuid, …)"


def summarize_profile(paths: list[Path]) -> dict[str, Any]:
    """Share of GIL-holding samples per layer (by the innermost frame) and the busiest
    functions, from py-spy's raw (collapsed) output of every worker."""
    layers: dict[str, int] = {}
    functions: dict[str, int] = {}
    total = 0
    for path in paths:
        for line in path.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            if not stack or not count.isdigit():
                continue
            samples = int(count)
            total += samples
            frame = stack.rsplit(";", 1)[-1]
            match = FRAME.match(frame)
            where = match.group("path") if match else frame
            layer = _layer(where)
            layers[layer] = layers.get(layer, 0) + samples
            name = f"{match.group('function')} ({where.rsplit('/', 1)[-1]})" if match else frame
            functions[name] = functions.get(name, 0) + samples
    total = max(total, 1)
    share = {k: round(v / total, 3) for k, v in sorted(layers.items(), key=lambda i: -i[1])}
    top = sorted(functions.items(), key=lambda i: -i[1])[:12]
    return {
        "samples": total,
        "layers": share,
        "top_functions": [{"function": f, "share": round(n / total, 3)} for f, n in top],
        "raw": [str(p.relative_to(REPO_DIR)) for p in paths],
    }


if __name__ == "__main__":
    main()
