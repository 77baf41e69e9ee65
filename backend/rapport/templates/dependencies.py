from __future__ import annotations

from typing import Annotated

from rapport.resources import owned
from rapport.templates.models import Template

OwnedTemplate = Annotated[Template, owned(Template, path="template_id", label="template")]
