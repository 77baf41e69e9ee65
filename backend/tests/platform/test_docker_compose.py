"""docker-compose.yml cannot run here (no Docker engine), so its shape is checked instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[3]


def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_services_have_what_production_needs() -> None:
    services = compose()["services"]
    assert {"db", "api", "worker", "web"} <= services.keys()
    for name in ("api", "worker", "web"):
        assert "build" in services[name]
        assert (REPO / services[name]["build"]["context"]).is_dir()
    assert (REPO / "backend" / "Dockerfile").is_file()
    assert (REPO / services["web"]["build"]["dockerfile"]).is_file()
    for name in ("db", "api", "web"):
        assert "healthcheck" in services[name], name


def test_the_api_migrates_on_start_and_runs_several_workers() -> None:
    command = " ".join(compose()["services"]["api"]["command"])
    assert "rapport db upgrade" in command
    workers = int(command.split("--workers")[1].split()[0])
    assert workers >= 2


def test_the_database_url_points_at_the_db_service_with_its_credentials() -> None:
    config = compose()
    db_env = config["services"]["db"]["environment"]
    for name in ("api", "worker"):
        env = config["services"][name]["environment"]
        url = make_url(env["DATABASE_URL"])
        assert url.drivername == "postgresql+psycopg"
        assert url.host == "db" and (url.port or 5432) == 5432
        assert url.username == db_env["POSTGRES_USER"]
        assert url.password == db_env["POSTGRES_PASSWORD"]
        assert url.database == db_env["POSTGRES_DB"]
        assert env["RAPPORT_ENV"] == "production"
        assert "RAPPORT_SECRET_KEY" in env
        assert config["services"][name]["depends_on"]["db"]["condition"] == "service_healthy"


def test_ports_and_the_proxy_fit_together() -> None:
    services = compose()["services"]
    api_port = services["api"]["ports"][0].split(":")[1]
    assert f"--port {api_port}" in " ".join(services["api"]["command"])
    nginx = (REPO / "frontend" / "nginx.conf").read_text()
    assert f"proxy_pass http://api:{api_port};" in nginx
    assert "api" in nginx.split("location ~")[1].split("{")[0]
    assert services["web"]["ports"][0].endswith(":80")


def _commands(value: object) -> list[str]:
    """Every shell word list in a compose command or healthcheck test."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [" ".join(str(part) for part in value)]
    return []


def test_every_rapport_command_in_the_compose_file_exists_in_the_cli() -> None:
    import re

    import typer

    from rapport.cli import app

    cli = typer.main.get_command(app)
    used = []
    for service in compose()["services"].values():
        texts = _commands(service.get("command")) + _commands(
            service.get("healthcheck", {}).get("test")
        )
        for text in texts:
            used += re.findall(r"(?:^|[\s;&|\"'])rapport((?: [a-z][a-z-]*)+)", text)
    assert used, "the compose file runs no rapport command"
    for words in used:
        command: Any = cli
        for word in words.split():
            subcommands = getattr(command, "commands", None)
            if subcommands is None:
                break  # the rest are arguments of a leaf command
            assert word in subcommands, f"`rapport{words}` is not a CLI command"
            command = subcommands[word]
    assert any(words.split()[0] == "worker" for words in used)
