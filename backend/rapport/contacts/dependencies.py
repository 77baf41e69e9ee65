from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.contacts.models import Contact
from rapport.db import SessionDep
from rapport.resources import get_owned


def owned_contact(
    contact_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Contact:
    return get_owned(
        session, Contact, contact_id, user_id=user.id, label="contact", request=request
    )


OwnedContact = Annotated[Contact, Depends(owned_contact)]
