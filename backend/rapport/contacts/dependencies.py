from __future__ import annotations

from typing import Annotated

from rapport.contacts.models import Contact
from rapport.resources import owned

OwnedContact = Annotated[Contact, owned(Contact, path="contact_id", label="contact")]
