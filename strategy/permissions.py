"""Who may see and start strategy syntheses."""


def can_run_synthesis(user) -> bool:
    return user.is_authenticated and user.has_perm("strategy.run_synthesis")


def can_view_synthesis(user) -> bool:
    return can_run_synthesis(user) or (user.is_authenticated and user.has_perm("strategy.view_synthesisrun"))


# The groups that read a strategy draft on the site before it is published (roles of participation/migrations/0004).
COUNCIL_GROUP = "Stadtverordnete"
PROJECT_OFFICE_GROUP = "Projektbüro"
DRAFT_READER_GROUPS = (COUNCIL_GROUP, PROJECT_OFFICE_GROUP)


def can_read_strategy_draft(user) -> bool:
    """Council members and the project office read unpublished strategy drafts (the council preview)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=DRAFT_READER_GROUPS).exists()
