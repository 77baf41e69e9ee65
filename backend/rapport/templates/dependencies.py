from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.resources import get_owned
from rapport.templates.models import Template


def owned_template(
    template_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Template:
    return get_owned(
        session, Template, template_id, user_id=user.id, label="template", request=request
    )


OwnedTemplate = Annotated[Template, Depends(owned_template)]
