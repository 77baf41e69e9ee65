"""`/contacts`: the people in your network."""

from __future__ import annotations

from rapport.collection import Collection
from rapport.contacts import service as contacts_service
from rapport.contacts.dependencies import ContactRow, OwnedContact
from rapport.contacts.schemas import ContactRead
from rapport.routing import api_router

router = api_router(prefix="/contacts", tag="contacts")
contacts = Collection(router, "contact", read=ContactRead, row=ContactRow, owned=OwnedContact)

contacts.listing(contacts_service.list_contacts, summary="List and search contacts")
contacts.create(contacts_service.create_contact, summary="Add a contact")
contacts.get(summary="One contact")
contacts.update(
    contacts_service.update_contact,
    summary="Change a contact",
    description="""
    A partial update. Send `If-Match` with the ETag you read to refuse (412) overwriting a
    change made elsewhere in the meantime.""",
)
contacts.delete(
    contacts_service.delete_contact,
    summary="Delete a contact",
    description="""
    Also deletes the contact's touches, interviews, reminders and the referrals they gave or
    received. People they referred are kept.""",
)
