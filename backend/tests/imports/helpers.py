from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import Account

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def upload(
    account: Account,
    data: bytes,
    *,
    name: str = "contacts.csv",
    dry_run: bool | str | None = None,
    path: str = "/api/v1/imports/contacts",
) -> Any:
    params = {} if dry_run is None else {"dry_run": str(dry_run).lower()}  # str: sent as is
    return account.post(
        path, files={"file": (name, data, "application/octet-stream")}, params=params
    )


def imported(account: Account, data: bytes, **kwargs: Any) -> dict[str, Any]:
    response = upload(account, data, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


def contacts(account: Account) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 200}
        if cursor:
            params["cursor"] = cursor
        page = account.get("/api/v1/contacts", params=params).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items


def by_name(account: Account) -> dict[str, dict[str, Any]]:
    return {c["full_name"]: c for c in contacts(account)}


# --- comparing archives modulo ids ----------------------------------------------------------------

# Which fields of which section point at which section.
REFERENCES: dict[str, dict[str, str]] = {
    "contacts": {"referred_by_contact_id": "contacts"},
    "interactions": {"contact_id": "contacts"},
    "interviews": {"contact_id": "contacts"},
    "questions": {},
    "referrals": {
        "referrer_contact_id": "contacts",
        "referred_contact_id": "contacts",
        "interview_id": "interviews",
    },
    "reminders": {"contact_id": "contacts", "interview_id": "interviews"},
    "templates": {},
    "webhooks": {},
}


def _dump(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _without_ids(value: Any) -> Any:
    """Interview questions name bank questions by id: leave those out of an identity."""
    if isinstance(value, list):
        return [
            {k: v for k, v in item.items() if k != "bank_question_id"}
            if isinstance(item, dict)
            else item
            for item in value
        ]
    return value


def canonical(archive: dict[str, Any]) -> dict[str, Any]:
    """The archive with every id replaced by the content of the record it names, so two
    archives compare equal exactly when they hold the same data, whatever their ids.

    Left out as well: when the export was made, and the account's e-mail and creation time."""
    identity: dict[str, dict[str, str]] = {}
    # Records are identified by their own content (references left out, to avoid cycles).
    for section, refs in REFERENCES.items():
        identity[section] = {
            record["id"]: _dump(
                {k: _without_ids(v) for k, v in record.items() if k != "id" and k not in refs}
            )
            for record in archive[section]
        }
    result: dict[str, Any] = {
        "format": archive["format"],
        "version": archive["version"],
        "user": {k: v for k, v in archive["user"].items() if k not in ("email", "created_at")},
    }
    for section, refs in REFERENCES.items():
        records = []
        for record in archive[section]:
            out = {k: v for k, v in record.items() if k != "id"}
            for field, target in refs.items():
                if out.get(field) is not None:
                    out[field] = identity[target].get(out[field], "<dangling>")
            if section == "interviews":
                out["questions"] = [
                    {
                        **item,
                        "bank_question_id": identity["questions"].get(
                            item["bank_question_id"], "<dangling>"
                        )
                        if item.get("bank_question_id")
                        else None,
                    }
                    for item in out["questions"]
                ]
            records.append(out)
        result[section] = sorted(records, key=_dump)
    return result
