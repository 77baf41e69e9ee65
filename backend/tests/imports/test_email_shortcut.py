"""The import's shortcut for plain e-mail addresses (`imports.service._plain_email`) answers
exactly what `ContactCreate`'s e-mail validation would, or steps aside."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import EmailStr, TypeAdapter, ValidationError

from rapport.imports.service import _plain_email

EMAIL = TypeAdapter(EmailStr)

_LOCAL = st.text(
    alphabet=string.ascii_letters + string.digits + ".!#$%&'*+/=?^_`{|}~-\"@ é",
    min_size=0,
    max_size=70,
) | st.sampled_from(["Postmaster", "ABUSE", "webmaster", "a" * 64, "a" * 65, "a..b", ".a"])
_DOMAIN = st.text(
    alphabet=string.ascii_letters + string.digits + ".-_ü", min_size=0, max_size=30
) | st.sampled_from(
    [
        "example.org",
        "Example.ORG",
        "localhost",
        "test",
        "x.local",
        "x.invalid",
        "xn--bcher-kva.example",
        "-x.com",
        "x-.com",
        "a" * 64 + ".com",
        ("a" * 60 + ".") * 4 + "com",
    ]
)


def full_validation(address: str) -> str | None:
    try:
        return EMAIL.validate_python(address)
    except ValidationError:
        return None


@settings(max_examples=3000, deadline=None)
@given(local=_LOCAL, domain=_DOMAIN)
def test_the_shortcut_agrees_with_the_full_validation_whenever_it_answers(
    local: str, domain: str
) -> None:
    address = f"{local}@{domain}"
    shortcut = _plain_email(address)
    if shortcut is not None:
        assert shortcut == full_validation(address)


def test_the_shortcut_answers_for_everyday_addresses() -> None:
    assert _plain_email("Jose.Nunez+crm@Example.COM") == "Jose.Nunez+crm@example.com"
    assert _plain_email("postmaster@example.com") is None  # left to the full validation
    assert _plain_email("someone@localhost") is None
