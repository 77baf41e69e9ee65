from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.contacts import service as contacts_service
from rapport.contacts.models import Contact
from rapport.resources import owned, owned_row

OwnedContact = Annotated[Contact, owned(Contact, path="contact_id", label="contact")]
ContactRow = Annotated[
    Row, owned_row(Contact, contacts_service.READ_COLUMNS, path="contact_id", label="contact")
]
