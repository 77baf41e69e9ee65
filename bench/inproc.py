"""CPU per request inside the app, without HTTP: drive the ASGI app directly on the bench data.

`make bench` measures the real server under load; on a busy shared machine its latencies move
with everything else that runs. This replays one scenario's requests straight into the ASGI
app in one process (no uvicorn, no sockets, no load generator) and reports the process CPU time
per request, which is steady enough to compare two versions of the code, and can write a
cProfile of the same run.

    python bench/inproc.py --scale medium --database-url … --only detail,list [--profile out]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapport.config import Settings
from rapport.main import create_app

import run as bench


def _scope(method: str, path: str, token: str, body: bytes, content_type: str) -> dict[str, Any]:
    raw_path, _, query = path.partition("?")
    headers = [(b"host", b"bench"), (b"user-agent", b"inproc")]
    if token != bench.NONE:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    if body:
        headers += [
            (b"content-type", content_type.encode()),
            (b"content-length", b"%d" % len(body)),
        ]
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": raw_path,
        "raw_path": raw_path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }


def production_app(database_url: str) -> Any:
    """The app as `rapport serve` makes it in production, on the bench's database."""
    return create_app(
        Settings(
            env="production",
            secret_key="bench-" * 8,
            database_url=database_url,
            frontend_dist=bench.SCRATCH_DIR / "no-dashboard",
        )
    )


async def request(
    app: Any,
    method: str,
    path: str,
    token: str,
    body: bytes = b"",
    *,
    content_type: str = "application/json",
) -> tuple[int, bytes]:
    """One request straight into the ASGI app: its status and body."""
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(_scope(method, path, token, body, content_type), receive, send)
    return status, b"".join(chunks)


async def _call(app: Any, line: bench.Line) -> int:
    method, path, token, body = line
    status, _ = await request(
        app, method, path, token, b"" if body == bench.NONE else body.encode()
    )
    return status


async def _run(
    app: Any, lines: list[bench.Line], count: int, rounds: int
) -> tuple[float, float, int]:
    """The least CPU and wall time of ``rounds`` runs of ``count`` requests: on a shared machine
    the quietest round is the closest to the code's own cost."""
    errors = 0
    for line in lines[: min(20, len(lines))]:  # warm up: caches, connections, first use
        await _call(app, line)
    best_cpu = best_wall = float("inf")
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for i in range(count):
            if await _call(app, lines[i % len(lines)]) >= 400:
                errors += 1
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="medium")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--only", default="detail,list,search,timeline,dashboard,touch")
    parser.add_argument("--requests", type=int, default=100, help="per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", help="write a cProfile of the runs to this file")
    args = parser.parse_args()

    manifest = json.loads((bench.SCRATCH_DIR / f"manifest-{args.scale}.json").read_text())
    fixture = bench.load_fixture(args.database_url, manifest)
    app = production_app(args.database_url)
    paths = app.openapi()["paths"].values()
    operations = {operation["operationId"] for path in paths for operation in path.values()}
    scenarios, _missing = bench.build_scenarios(fixture, operations)
    profile = cProfile.Profile(time.process_time) if args.profile else None
    loop = asyncio.new_event_loop()
    for scenario in scenarios:
        if scenario.key not in args.only.split(","):
            continue
        lines = scenario.lines("inproc", args.requests * args.rounds)
        if profile:
            profile.enable()
        cpu, wall, errors = loop.run_until_complete(_run(app, lines, args.requests, args.rounds))
        if profile:
            profile.disable()
        print(
            f"{scenario.key:10} {cpu / args.requests * 1000:7.3f} ms CPU/req"
            f"  {wall / args.requests * 1000:7.3f} ms wall/req  errors {errors}"
        )
    finish(loop, app, profile, args.profile, lines=40)


def finish(
    loop: asyncio.AbstractEventLoop,
    app: Any,
    profile: cProfile.Profile | None,
    path: str | None,
    *,
    lines: int,
) -> None:
    """Close the app's connections; write the profile (if any) and print its top `lines`."""
    loop.run_until_complete(app.state.db.dispose_async())
    if profile and path:
        profile.dump_stats(path)
        pstats.Stats(path).sort_stats("cumulative").print_stats(lines)


if __name__ == "__main__":
    main()
