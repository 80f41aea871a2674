"""Who may see and start strategy syntheses."""


def can_run_synthesis(user) -> bool:
    return user.is_authenticated and user.has_perm("strategy.run_synthesis")


def can_view_synthesis(user) -> bool:
    return can_run_synthesis(user) or (user.is_authenticated and user.has_perm("strategy.view_synthesisrun"))
