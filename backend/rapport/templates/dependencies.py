from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.resources import owned, owned_row
from rapport.templates import service as templates_service
from rapport.templates.models import Template

OwnedTemplate = Annotated[Template, owned(Template, path="template_id", label="template")]
TemplateRow = Annotated[
    Row, owned_row(Template, templates_service.READ_COLUMNS, path="template_id", label="template")
]
