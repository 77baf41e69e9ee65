from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.interviews import service as interviews_service
from rapport.interviews.models import Interview
from rapport.resources import owned, owned_row

OwnedInterview = Annotated[Interview, owned(Interview, path="interview_id", label="interview")]
InterviewRow = Annotated[
    Row,
    owned_row(Interview, interviews_service.READ_COLUMNS, path="interview_id", label="interview"),
]
