"""contacts: substring search index per user

The trigram index on search_text alone covered every account's contacts: a search matched
rows of all users first and filtered them by owner afterwards, so its cost grew with the whole
deployment. With btree_gin, user_id sits in the same GIN index and a search reads only the
searching user's matches.

Revision ID: 0002
Revises: 0001
Created: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite searches scan the user's rows
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
    op.create_index(
        "ix_contacts_user_id_search_text_trgm",
        "contacts",
        ["user_id", "search_text"],
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_index("ix_contacts_search_text_trgm", table_name="contacts")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index(
        "ix_contacts_search_text_trgm",
        "contacts",
        ["search_text"],
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_index("ix_contacts_user_id_search_text_trgm", table_name="contacts")
