"""`/templates`: e-mail templates with placeholders, and rendering them for a contact."""

from __future__ import annotations

from fastapi import Response, status

from rapport.auth.dependencies import CurrentUser
from rapport.collection import pages
from rapport.contacts.models import Contact
from rapport.db import SessionDep
from rapport.errors import Invalid
from rapport.interviews.models import Interview
from rapport.resources import set_etag
from rapport.routing import api_router
from rapport.templates import service as templates_service
from rapport.templates.dependencies import OwnedTemplate, TemplateRow
from rapport.templates.schemas import (
    RenderedEmail,
    RenderRequest,
    TemplateCreate,
    TemplateRead,
    TemplateUpdate,
)

router = api_router(prefix="/templates", tag="templates")


pages(
    router,
    ("", "list_templates"),
    templates_service.list_templates,
    read=TemplateRead,
    under=("user", CurrentUser),
    summary="List e-mail templates",
    description="""
    Oldest first: the four seeded defaults (outreach, thank-you, follow-up, check-in), then
    your own.""",
)


@router.creates("", TemplateRead, summary="Add a template")
def create_template(
    data: TemplateCreate, user: CurrentUser, session: SessionDep, response: Response
) -> TemplateRead:
    """Placeholders are checked here: an unknown or malformed one answers 422 naming it."""
    template = templates_service.create_template(session, user=user, data=data)
    response.headers["Location"] = f"/api/v1/templates/{template.id}"
    set_etag(response, template)
    return templates_service.template_read(template)


@router.get("/{template_id}", response_model=TemplateRead, summary="One template")
def get_template(template: TemplateRow, response: Response) -> TemplateRead:
    set_etag(response, template)
    return templates_service.template_read(template)


@router.patch("/{template_id}", response_model=TemplateRead, summary="Change a template")
def update_template(
    data: TemplateUpdate, template: OwnedTemplate, session: SessionDep, response: Response
) -> TemplateRead:
    templates_service.update_template(session, template=template, data=data)
    set_etag(response, template)
    return templates_service.template_read(template)


@router.delete(
    "/{template_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a template"
)
def delete_template(template: OwnedTemplate, session: SessionDep) -> Response:
    templates_service.delete_template(session, template=template)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{template_id}/render",
    response_model=RenderedEmail,
    summary="Render a template for a contact",
)
def render_template(
    data: RenderRequest, template: OwnedTemplate, user: CurrentUser, session: SessionDep
) -> RenderedEmail:
    """Fills the placeholders with the contact's details (and the interview's, if given) and
    answers a ready-to-send draft with a `mailto:` link. Substitution is plain text: values are
    inserted as they are, never interpreted. `{interview_date}` is written in your time zone;
    `{my_pitch}` is the interview's pitch when one is given, else your own."""
    contact = session.get(Contact, data.contact_id)
    if contact is None or contact.user_id != user.id:
        raise Invalid("No contact with this id.", field="contact_id")
    interview = None
    if data.interview_id is not None:
        interview = session.get(Interview, data.interview_id)
        if interview is None or interview.user_id != user.id:
            raise Invalid("No interview with this id.", field="interview_id")
        if interview.contact_id != contact.id:
            raise Invalid("This interview is with another contact.", field="interview_id")
    rendered = templates_service.render(
        template=template, user=user, contact=contact, interview=interview
    )
    return RenderedEmail.model_validate(rendered)
