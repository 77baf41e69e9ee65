"""`POST /imports/contacts`: real-world files in every supported format, matching, dry runs and
re-imports, limits and bad input."""

from __future__ import annotations

import uuid

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from rapport.contacts import service as contacts_service
from rapport.contacts.schemas import ContactCreate, ContactUpdate
from rapport.webhooks.models import DeliveryStatus, WebhookDelivery
from tests.conftest import Account, assert_problem
from tests.fixtures.seed import add_webhook
from tests.imports.helpers import by_name, contacts, fixture, imported, upload


def actions(report: dict) -> dict[int, str]:
    return {row["row"]: row["action"] for row in report["rows"]}


# --- LinkedIn ----------------------------------------------------------------------------------


def test_linkedin_connections_are_imported_below_the_note_lines(alice: Account) -> None:
    report = imported(alice, fixture("linkedin_connections.csv"), name="Connections.csv")
    assert report["format"] == "linkedin-csv" and report["dry_run"] is False
    assert (report["created"], report["updated"], report["skipped"]) == (5, 0, 1)
    assert report["total_rows"] == 8
    assert actions(report) == {
        5: "created",
        6: "created",
        7: "created",
        8: "error",
        9: "created",
        10: "created",
        11: "merged",
        12: "error",
    }
    people = by_name(alice)
    jose = people["José Núñez"]
    assert jose["email"] == "Jose.Nunez@example.com"
    assert jose["organization"] == "Acme, Inc." and jose["title"] == "Data Scientist"
    assert jose["linkedin_url"] == "https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez"
    assert jose["connection_note"] == "Connected on LinkedIn since 02 Jan 2023."
    assert people["Priya Raman"]["title"] == "Group Leader, Assay Development"
    assert people["Zoë O'Brien"]["organization"] == 'Quotes "R" Us'
    assert people["Zoë O'Brien"]["title"] == "Senior Scientist 🧪"
    assert people["李 伟"]["organization"] == "清华大学"


def test_linkedin_errors_name_their_spreadsheet_rows(alice: Account) -> None:
    report = imported(alice, fixture("linkedin_connections.csv"))
    errors = {error["row"]: error["message"] for error in report["errors"]}
    assert set(errors) == {8, 12}
    assert "No name" in errors[8]
    assert "email" in errors[12]
    assert {error["line"] for error in report["errors"]} == {8, 12}


def test_rows_for_the_same_person_are_combined_later_values_winning(alice: Account) -> None:
    report = imported(alice, fixture("linkedin_connections.csv"))
    merged = next(row for row in report["rows"] if row["action"] == "merged")
    assert merged["row"] == 11 and "row 10" in merged["message"]
    (sam,) = [c for c in contacts(alice) if c["full_name"] == "Sam Rivera"]
    assert sam["title"] == "Principal Scientist"
    # The second row only respelled the profile URL: the first spelling is kept.
    assert sam["linkedin_url"] == "https://www.linkedin.com/in/sam-rivera/"
    assert merged["contact_id"] == sam["id"]


def test_importing_the_same_file_twice_changes_nothing(alice: Account) -> None:
    imported(alice, fixture("linkedin_connections.csv"))
    before = alice.get("/api/v1/export").json()
    again = imported(alice, fixture("linkedin_connections.csv"))
    assert (again["created"], again["updated"], again["skipped"]) == (0, 0, 6)
    assert len(again["errors"]) == 2
    assert {row["action"] for row in again["rows"]} == {"unchanged", "merged", "error"}
    after = alice.get("/api/v1/export").json()
    for section in ("contacts", "reminders", "interactions"):
        assert after[section] == before[section]


def test_a_dry_run_reports_the_same_and_writes_nothing(alice: Account, app: FastAPI) -> None:
    preview = imported(alice, fixture("linkedin_connections.csv"), dry_run=True)
    assert preview["dry_run"] is True
    assert (preview["created"], preview["updated"], preview["skipped"]) == (5, 0, 1)
    assert all(row["contact_id"] is None for row in preview["rows"])
    assert contacts(alice) == []
    assert alice.get("/api/v1/reminders").json()["items"] == []
    real = imported(alice, fixture("linkedin_connections.csv"))
    assert actions(real) == actions(preview)
    assert real["errors"] == preview["errors"]


def test_a_dry_run_of_an_update_lists_the_changes_and_keeps_the_contact(
    alice: Account,
) -> None:
    sam = alice.post(
        "/api/v1/contacts",
        json={"full_name": "Sam Rivera", "email": "sam.rivera@example.org", "title": "Postdoc"},
    ).json()
    preview = imported(alice, fixture("contacts_v3.vcf"), name="x.vcf", dry_run=True)
    row = next(r for r in preview["rows"] if r["full_name"] == "Sam Rivera")
    assert row["action"] == "updated" and row["contact_id"] == sam["id"]
    assert row["changes"] == ["linkedin_url", "organization", "title"]
    assert alice.get(f"/api/v1/contacts/{sam['id']}").json() == sam


# --- matching ----------------------------------------------------------------------------------


def test_existing_contacts_are_matched_by_email_ignoring_case(alice: Account) -> None:
    sam = alice.post(
        "/api/v1/contacts",
        json={"full_name": "Sam Rivera", "email": "sam.rivera@example.org", "phone": "+1 555"},
    ).json()
    report = imported(alice, fixture("contacts_v3.vcf"), name="x.vcf")
    row = next(r for r in report["rows"] if r["full_name"] == "Sam Rivera")
    assert row["action"] == "updated" and row["contact_id"] == sam["id"]
    after = alice.get(f"/api/v1/contacts/{sam['id']}").json()
    assert after["title"] == "Director" and after["organization"] == "Genentech"
    assert after["linkedin_url"] == "https://www.linkedin.com/in/sam-rivera"
    assert after["email"] == "sam.rivera@example.org"  # only the case differed: kept
    assert after["phone"] == "+1 555"  # absent from the file: never cleared
    assert [c["full_name"] for c in contacts(alice)].count("Sam Rivera") == 1


def test_existing_contacts_are_matched_by_normalized_linkedin_url(alice: Account) -> None:
    priya = alice.post(
        "/api/v1/contacts",
        json={
            "full_name": "P. Raman",
            "linkedin_url": "http://LinkedIn.com/in/Priya-Raman-4b2a1/?utm_source=share",
            "tags": ["mentor"],
        },
    ).json()
    report = imported(alice, fixture("linkedin_connections.csv"))
    row = next(r for r in report["rows"] if r["row"] == 5)
    assert row["action"] == "updated" and row["contact_id"] == priya["id"]
    assert "linkedin_url" not in row["changes"]
    after = alice.get(f"/api/v1/contacts/{priya['id']}").json()
    assert after["full_name"] == "Priya Raman"
    assert after["tags"] == ["mentor"]


def test_tags_from_a_file_are_added_to_existing_tags(alice: Account) -> None:
    alice.post(
        "/api/v1/contacts",
        json={"full_name": "Søren", "email": "soren@example.dk", "tags": ["biotech"]},
    )
    imported(alice, fixture("contacts_v3.vcf"), name="x.vcf")
    soren = next(c for c in contacts(alice) if c["email"] == "soren@example.dk")
    assert soren["tags"] == ["biotech", "industry", "denmark", "mentors"]


def test_another_users_contacts_are_never_matched(alice: Account, bob: Account) -> None:
    theirs = bob.post(
        "/api/v1/contacts", json={"full_name": "Bob's Sam", "email": "sam.rivera@example.org"}
    ).json()
    imported(alice, fixture("linkedin_connections.csv"))
    assert bob.get(f"/api/v1/contacts/{theirs['id']}").json() == theirs
    assert len(contacts(bob)) == 1


def test_plain_updates_are_searchable_and_move_updated_at_and_the_etag(alice: Account) -> None:
    # Changes no automatic rule follows are written in bulk: they must still set what a PATCH
    # sets (search keys, updated_at, the version behind the ETag).
    people = [
        alice.post(
            "/api/v1/contacts",
            json={"full_name": f"Person {n}", "email": f"p{n}@example.org", "title": "Postdoc"},
        )
        for n in range(3)
    ]
    before = {r.json()["id"]: (r.json(), r.headers["etag"]) for r in people}
    csv = "full_name,email,organization,title\r\n" + "".join(
        f"Person {n},P{n}@Example.org,Zymo{n} Labs,{'Postdoc' if n == 2 else 'Scientist'}\r\n"
        for n in range(3)
    )
    report = imported(alice, csv.encode())
    assert [(r["action"], r["changes"]) for r in report["rows"]] == [
        ("updated", ["organization", "title"]),
        ("updated", ["organization", "title"]),
        ("updated", ["organization"]),
    ]
    for contact_id, (old, etag) in before.items():
        response = alice.get(f"/api/v1/contacts/{contact_id}")
        after = response.json()
        assert response.headers["etag"] != etag
        assert after["updated_at"] > old["updated_at"]
        assert after["email"] == old["email"] and after["full_name"] == old["full_name"]
    found = alice.get("/api/v1/contacts", params={"q": "zymo1 lab"}).json()["items"]
    assert [c["full_name"] for c in found] == ["Person 1"]
    found = alice.get("/api/v1/contacts", params={"q": "scientist"}).json()["items"]
    assert sorted(c["full_name"] for c in found) == ["Person 0", "Person 1"]
    assert (
        alice.patch(
            f"/api/v1/contacts/{people[0].json()['id']}",
            json={"notes": "stale"},
            headers={"If-Match": before[people[0].json()["id"]][1]},
        ).status_code
        == 412
    )


def test_a_new_name_from_a_file_still_renames_the_keep_in_touch_reminder(alice: Account) -> None:
    sam = alice.post(
        "/api/v1/contacts",
        json={
            "full_name": "S. Rivera",
            "email": "sam.rivera@example.org",
            "keep_in_touch_days": 30,
        },
    ).json()
    imported(alice, b"full_name,email,title\nSam Rivera,sam.rivera@example.org,Director\n")
    after = alice.get(f"/api/v1/contacts/{sam['id']}").json()
    assert (after["full_name"], after["title"]) == ("Sam Rivera", "Director")
    reminders = alice.get("/api/v1/reminders", params={"kind": "keep_in_touch"}).json()["items"]
    assert [r["title"] for r in reminders] == ["Keep in touch with Sam Rivera"]


def test_a_contact_changed_since_it_was_read_is_not_overwritten(
    alice: Account, app: FastAPI
) -> None:
    sam = alice.post(
        "/api/v1/contacts", json={"full_name": "Sam Rivera", "title": "Postdoc"}
    ).json()
    with app.state.db.sessionmaker() as session:
        change = contacts_service.ContactChange(
            id=uuid.UUID(sam["id"]),
            version=0,  # not the version stored
            stored={**{k: sam[k] for k in ContactCreate.model_fields}},
            changes={"title": "Director"},
        )
        with pytest.raises(StaleDataError):
            contacts_service.update_contacts(session, changes=[change])
    assert alice.get(f"/api/v1/contacts/{sam['id']}").json()["title"] == "Postdoc"


# --- new contacts follow the contact rules -----------------------------------------------------


def test_new_contacts_get_the_default_cadence_and_a_keep_in_touch_reminder(
    alice: Account,
) -> None:
    alice.patch("/api/v1/me", json={"settings": {"default_keep_in_touch_days": 60}})
    imported(alice, fixture("google_contacts_legacy.csv"))
    people = contacts(alice)
    assert {c["keep_in_touch_days"] for c in people} == {60}
    assert all(c["next_touch_due"] for c in people)
    reminders = alice.get("/api/v1/reminders", params={"kind": "keep_in_touch"}).json()["items"]
    assert sorted(r["title"] for r in reminders) == [
        "Keep in touch with Ana Souza",
        "Keep in touch with Ben Okoye",
    ]


def test_imported_contacts_are_searchable(alice: Account) -> None:
    imported(alice, fixture("linkedin_connections.csv"))
    found = alice.get("/api/v1/contacts", params={"q": "acme"}).json()["items"]
    assert [c["full_name"] for c in found] == ["José Núñez"]
    found = alice.get("/api/v1/contacts", params={"q": "núñez"}).json()["items"]
    assert [c["full_name"] for c in found] == ["José Núñez"]


def test_imported_contacts_emit_contact_created_to_subscribed_webhooks(
    alice: Account, app: FastAPI
) -> None:
    for events in (["contact.created"], ["contact.created", "reminder.due"], ["reminder.due"]):
        add_webhook(app, user_id=alice.user_id, events=events)
    report = imported(alice, fixture("google_contacts_legacy.csv"))
    created = [r for r in report["rows"] if r["action"] == "created"]
    with app.state.db.sessionmaker() as session:
        deliveries = session.scalars(
            select(WebhookDelivery).order_by(WebhookDelivery.next_attempt_at)
        ).all()
    # One delivery per created contact and subscribed webhook, sent in the file's order.
    assert len(deliveries) == 2 * len(created) == 4
    assert [d.payload["data"]["id"] for d in deliveries] == [
        r["contact_id"] for r in created for _ in range(2)
    ]
    assert [d.payload["data"]["full_name"] for d in deliveries[::2]] == ["Ana Souza", "Ben Okoye"]
    assert {d.event for d in deliveries} == {"contact.created"}
    assert {d.status for d in deliveries} == {DeliveryStatus.pending}
    assert len({d.message_id for d in deliveries}) == 4


def test_importing_again_emits_nothing(alice: Account, app: FastAPI) -> None:
    add_webhook(app, user_id=alice.user_id, events=["contact.created"])
    imported(alice, fixture("google_contacts_legacy.csv"))
    imported(alice, fixture("google_contacts_legacy.csv"))
    with app.state.db.sessionmaker() as session:
        assert len(session.scalars(select(WebhookDelivery)).all()) == 2


# --- Google ------------------------------------------------------------------------------------


def test_google_contacts_csv_is_imported(alice: Account) -> None:
    report = imported(alice, fixture("google_contacts.csv"))
    assert report["format"] == "google-csv"
    assert (report["created"], len(report["errors"])) == (5, 0)
    people = by_name(alice)
    maria = people["Maria Elena García-López"]
    assert maria["email"] == "maria.garcia@example.cl"  # the first of "a ::: b"
    assert maria["phone"] == "+56 9 1234 5678"
    assert maria["organization"] == "Universidad de Chile"
    assert maria["title"] == "Associate Professor"
    assert maria["location"] == "Santiago, Región Metropolitana, Chile"
    assert maria["linkedin_url"] == "https://www.linkedin.com/in/maria-garcia-lopez"
    assert maria["notes"] == (
        'Met at the SACNAS conference.\nInterested in science policy, "evidence-based" work.'
    )
    assert maria["tags"] == ["mentors"]  # "* myContacts" and "* starred" are Google's own
    assert people["Aiko Tanaka"]["tags"] == ["colleagues", "japan"]
    assert people["Aiko Tanaka"]["notes"] == '=HYPERLINK("http://x")'  # stored as plain text
    # Entries without a name are named after their e-mail address or organization.
    assert "noreply-but-real@example.net" in people
    assert people["Lab Supplies Inc"]["phone"] == "+1 800 555 0000"


def test_google_legacy_csv_columns_are_understood(alice: Account) -> None:
    report = imported(alice, fixture("google_contacts_legacy.csv"))
    assert report["format"] == "google-csv" and report["created"] == 2
    ana = by_name(alice)["Ana Souza"]
    assert ana["organization"] == "Instituto Butantan" and ana["title"] == "Postdoc"
    assert ana["location"] == "São Paulo"
    assert ana["linkedin_url"] == "https://br.linkedin.com/in/ana-souza"
    assert ana["tags"] == ["lab"]


# --- vCard -------------------------------------------------------------------------------------


def test_vcard_3_with_folding_escapes_groups_and_photos(alice: Account) -> None:
    report = imported(alice, fixture("contacts_v3.vcf"), name="contacts.vcf")
    assert report["format"] == "vcard"
    assert actions(report) == {1: "created", 2: "created", 3: "created", 4: "error", 5: "created"}
    assert report["errors"][0]["row"] == 4 and report["errors"][0]["line"] == 36
    people = by_name(alice)
    soren = people["Søren Ærøskøbing"]
    assert soren["email"] == "soren@example.dk"  # the preferred one
    assert soren["phone"] == "+45 20 12 34 56"
    assert soren["organization"] == "Novo Nordisk, Research"
    assert soren["title"] == "Principal Scientist"
    assert soren["location"] == "Bagsværd, Denmark"
    assert soren["linkedin_url"] == "https://www.linkedin.com/in/soren-aeroskobing"
    assert soren["notes"] == (
        "Met at EMBO workshop; talked about protein design, careers\n"
        "and Copenhagen. Follow up in spring."
    )
    assert soren["tags"] == ["industry", "denmark", "mentors"]
    assert people["Sam Rivera"]["title"] == "Director"  # named by N when FN is missing
    long_name = "Chidi Okonkwo-Adébáyọ̀ with a very long name that is folded across several "
    assert long_name + "lines of this file" in people


def test_vcard_4_uris_preferences_and_non_latin_names(alice: Account) -> None:
    report = imported(alice, fixture("contacts_v4.vcf"), name="contacts.vcf")
    assert report["created"] == 2 and report["errors"] == []
    people = by_name(alice)
    fatima = people["Dr. Fatima Al-Sayed"]
    assert fatima["email"] == "fatima.alsayed@example.edu.sa"  # PREF=1
    assert fatima["phone"] == "+966-12-555-0100"  # from tel: URI
    assert fatima["organization"] == "KAUST"
    assert fatima["linkedin_url"] == "https://sa.linkedin.com/in/fatima-al-sayed/"
    assert fatima["notes"] == (
        'Introduced by Priya.\nAsk about the "KAUST" fellowship, and the visa process.'
    )
    assert fatima["tags"] == ["academia", "middle-east"]
    assert people["Лена Иванова"]["organization"] == "ITMO University"


def test_vcard_2_1_quoted_printable_in_any_charset(alice: Account) -> None:
    report = imported(alice, fixture("contacts_v21_android.vcf"), name="contacts.vcf")
    assert actions(report) == {1: "created", 2: "error", 3: "error"}
    messages = [e["message"] for e in report["errors"]]
    assert "KLINGON-8" in messages[0]
    assert "END:VCARD" in messages[1]
    (jurgen,) = contacts(alice)
    assert jurgen["full_name"] == "Jürgen Müller-Schmidt"
    assert jurgen["organization"] == "Max-Planck-Institut für Biochemie"
    assert jurgen["notes"] == "Grüße aus München\nzweite Zeile"
    assert jurgen["phone"] == "+49 170 5550101"


# --- our own CSV -------------------------------------------------------------------------------


def test_our_own_csv_with_neutralized_cells_and_validation_errors(alice: Account) -> None:
    report = imported(alice, fixture("rapport_contacts.csv"))
    assert report["format"] == "rapport-csv"
    assert actions(report) == {2: "created", 3: "created", 4: "created", 5: "error", 6: "error"}
    errors = {e["row"]: e["message"] for e in report["errors"]}
    assert "stage" in errors[5] and "keep_in_touch_days" in errors[6]
    people = by_name(alice)
    sam = people["Sam Rivera"]
    assert sam["phone"] == "+1 555 0100"
    assert sam["stage"] == "reached_out" and sam["connection"] == "alum"
    assert sam["keep_in_touch_days"] == 90
    assert sam["notes"] == 'Met at the "alumni mixer";\nasked about assays, careers.'
    assert sam["tags"] == ["biotech", "alumni"]
    formula = people["Formula Person"]
    assert formula["organization"] == '=HYPERLINK("http://evil.example","x")'
    assert formula["title"] == "'=1"
    assert formula["notes"] == "@SUM(A1)"
    emilie = people["Émilie Dubois"]
    assert emilie["tags"] == ["france", "immunology"]
    assert emilie["notes"] == "Notes with émojis 🎉 and a tab\tinside"


def test_our_csv_export_imports_back_into_another_account(alice: Account, bob: Account) -> None:
    imported(alice, fixture("rapport_contacts.csv"))
    imported(alice, fixture("google_contacts.csv"))
    exported = alice.get("/api/v1/export/contacts.csv").content
    report = imported(bob, exported)
    assert report["format"] == "rapport-csv" and report["errors"] == []
    # Every field a contact can be given travels through our CSV.
    assert_same_people(bob, alice, fields=tuple(ContactUpdate.model_fields))


def test_our_vcard_export_imports_back_into_another_account(alice: Account, bob: Account) -> None:
    imported(alice, fixture("contacts_v3.vcf"), name="a.vcf")
    imported(alice, fixture("rapport_contacts.csv"))
    report = imported(bob, alice.get("/api/v1/export/contacts.vcf").content, name="b.vcf")
    assert report["format"] == "vcard" and report["errors"] == []
    # What a vCard carries: the pipeline fields (stage, connection, cadence) have no property.
    carried = ("full_name", "email", "phone", "linkedin_url", "organization", "title", "location")
    assert_same_people(bob, alice, fields=(*carried, "notes", "tags"))


def assert_same_people(account: Account, original: Account, *, fields: tuple[str, ...]) -> None:
    """`account`'s contacts are `original`'s, field by field (in any order)."""
    mine = sorted(tuple(str(c[f]) for f in fields) for c in contacts(original))
    theirs = sorted(tuple(str(c[f]) for f in fields) for c in contacts(account))
    assert theirs == mine


# --- encodings and bad files -------------------------------------------------------------------


def test_utf8_with_and_without_bom_and_utf16_are_read(alice: Account) -> None:
    text = "full_name,email\nZoë Ångström,zoe@example.se\n"
    for data in (text.encode(), "\ufeff".encode() + text.encode(), text.encode("utf-16")):
        report = imported(alice, data)
        assert report["errors"] == [] and report["rows"][0]["full_name"] == "Zoë Ångström"
    assert len(contacts(alice)) == 1


def test_semicolon_separated_csv_is_read(alice: Account) -> None:
    data = "Name;E-mail Address;Company\nLuca Bianchi;luca@example.it;Politecnico di Milano\n"
    report = imported(alice, data.encode())
    assert report["format"] == "csv" and report["created"] == 1
    assert contacts(alice)[0]["organization"] == "Politecnico di Milano"


def test_binary_files_are_refused_with_422(alice: Account) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    body = assert_problem(upload(alice, png, name="photo.png"), 422)
    assert body["errors"][0]["field"] == "file"
    assert_problem(upload(alice, bytes(range(128, 256)) * 40), 422)
    assert contacts(alice) == []


def test_non_utf8_text_is_refused_with_a_hint(alice: Account) -> None:
    latin1 = "full_name,email\nJürgen,j@example.de\n".encode("latin-1")
    body = assert_problem(upload(alice, latin1), 422)
    assert "UTF-8" in body["detail"]


def test_empty_and_unrecognized_files_are_refused(alice: Account) -> None:
    assert "empty" in assert_problem(upload(alice, b"  \n"), 422)["detail"]
    body = assert_problem(upload(alice, b"colour,size\nred,10\n"), 422)
    assert "header" in body["detail"]
    assert contacts(alice) == []


def test_more_than_ten_thousand_rows_is_refused_and_nothing_is_written(alice: Account) -> None:
    rows = "".join(f"Person {i},p{i}@example.org\n" for i in range(10_001))
    body = assert_problem(upload(alice, f"full_name,email\n{rows}".encode()), 422)
    assert "10000" in body["detail"] or "10 000" in body["detail"]
    assert contacts(alice) == []


def test_a_file_over_five_mib_is_413(alice: Account) -> None:
    big = b"full_name,notes\n" + (b"Someone," + b"x" * 1000 + b"\n") * 5_300
    assert_problem(upload(alice, big), 413)
    assert contacts(alice) == []


def test_the_file_field_is_required(alice: Account) -> None:
    assert_problem(alice.post("/api/v1/imports/contacts"), 422)
    assert_problem(
        alice.post("/api/v1/imports/contacts", files={"other": ("a.csv", b"full_name\nA\n")}),
        422,
    )
    assert_problem(alice.post("/api/v1/imports/contacts", json={"file": "full_name\nA"}), 422)
    assert contacts(alice) == []


def test_dry_run_must_be_a_boolean(alice: Account) -> None:
    assert_problem(upload(alice, b"full_name\nA\n", dry_run="maybe"), 422)
    assert contacts(alice) == []


def test_import_needs_a_signed_in_writer(alice: Account, client: TestClient, app: FastAPI) -> None:
    files = {"file": ("a.csv", b"full_name\nA\n")}
    assert_problem(client.post("/api/v1/imports/contacts", files=files), 401)
    token = alice.post("/api/v1/me/tokens", json={"name": "r", "scopes": ["read"]}).json()
    reader = TestClient(app, headers={"Authorization": f"Bearer {token['token']}"})
    assert_problem(reader.post("/api/v1/imports/contacts", files=files), 403)
    assert contacts(alice) == []


def linkedin_export(count: int) -> bytes:
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses '
        'are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for i in range(count):
        email = f"person{i}@example.org" if i % 3 else ""
        lines.append(
            f"Person,Number {i},https://www.linkedin.com/in/person-{i},{email},"
            f'"Company {i % 97}, Inc.",Scientist {i % 13},{1 + i % 28:02d} Mar 2024'
        )
    return "\r\n".join(lines).encode()


def test_ten_thousand_linkedin_rows_import_once_and_again_changes_nothing(alice: Account) -> None:
    # The most one file may hold. How fast it goes is measured by `make bench`, not here.
    alice.patch("/api/v1/me", json={"settings": {"default_keep_in_touch_days": 90}})
    data = linkedin_export(10_000)
    report = imported(alice, data)
    assert report["created"] == 10_000 and report["errors"] == []
    again = imported(alice, data)
    assert (again["created"], again["updated"], again["skipped"]) == (0, 0, 10_000)
    due = alice.get("/api/v1/reminders", params={"kind": "keep_in_touch", "limit": 1}).json()
    assert due["items"] and due["next_cursor"]
