"""Who may see and start strategy syntheses."""


def can_run_synthesis(user) -> bool:
    return user.is_authenticated and user.has_perm("strategy.run_synthesis")


def can_view_synthesis(user) -> bool:
    return can_run_synthesis(user) or (user.is_authenticated and user.has_perm("strategy.view_synthesisrun"))


def can_view_participation_figures(user) -> bool:
    """The internal figures on the admin's home page: the project office and council members."""
    return user.is_authenticated and user.has_perm("participation.view_proposal")


def can_read_strategy_drafts(user) -> bool:
    """Read the latest (unpublished) revision of strategy pages: council members and the project office.

    Wagtail has no read-only page permission (each of its page rights writes), so this is a model permission.
    """
    return user.is_authenticated and user.is_active and user.has_perm("strategy.view_strategypage")
