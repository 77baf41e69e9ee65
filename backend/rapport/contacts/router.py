"""`/contacts`: the people in your network."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response, status

from rapport.auth.dependencies import CurrentUser
from rapport.contacts import service as contacts_service
from rapport.contacts.dependencies import ContactRow, OwnedContact
from rapport.contacts.schemas import ContactCreate, ContactFilters, ContactRead, ContactUpdate
from rapport.db import SessionDep
from rapport.pagination import Page, PageDep
from rapport.resources import answer, answer_page, answer_row, created
from rapport.routing import api_router

router = api_router(prefix="/contacts", tag="contacts")


@router.get("", response_model=Page[ContactRead], summary="List and search contacts")
def list_contacts(
    filters: Annotated[ContactFilters, Query()],
    user: CurrentUser,
    session: SessionDep,
    page: PageDep,
) -> Response:
    return answer_page(
        ContactRead, contacts_service.list_contacts(session, user=user, filters=filters, page=page)
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ContactRead,
    summary="Add a contact",
)
def create_contact(
    data: ContactCreate, user: CurrentUser, session: SessionDep, response: Response
) -> ContactRead:
    contact = contacts_service.create_contact(session, user=user, data=data)
    return created(response, ContactRead, contact, f"/api/v1/contacts/{contact.id}")


@router.get("/{contact_id}", response_model=ContactRead, summary="One contact")
def get_contact(contact: ContactRow) -> Response:
    return answer_row(ContactRead, contact)


@router.patch("/{contact_id}", response_model=ContactRead, summary="Change a contact")
def update_contact(
    data: ContactUpdate, contact: OwnedContact, session: SessionDep, response: Response
) -> ContactRead:
    """A partial update. Send `If-Match` with the ETag you read to refuse (412) overwriting a
    change made elsewhere in the meantime."""
    contacts_service.update_contact(session, contact=contact, data=data)
    return answer(response, ContactRead, contact)


@router.delete("/{contact_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a contact")
def delete_contact(contact: OwnedContact, session: SessionDep) -> Response:
    """Also deletes the contact's touches, interviews, reminders and the referrals they gave or
    received. People they referred are kept."""
    contacts_service.delete_contact(session, contact=contact)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
