"""The home page's live participation figures, counted by a beat task and cached."""

from django.core.cache import cache

from participation.selectors import participation_figures

HOME_FIGURES_KEY = "strategy:home-figures"
# Longer than the beat interval, so the page always finds figures between refreshes.
HOME_FIGURES_TIMEOUT = 15 * 60


def home_figures_refresh() -> dict[str, int]:
    """Count the participation figures and store them for the home page. Safe to repeat."""
    figures = participation_figures().as_dict()
    cache.set(HOME_FIGURES_KEY, figures, timeout=HOME_FIGURES_TIMEOUT)
    return figures


def home_figures() -> dict[str, int]:
    """The home page's figures: the stored ones, or counted now if none are stored yet."""
    figures = cache.get(HOME_FIGURES_KEY)
    return figures if figures is not None else home_figures_refresh()
