"""The home page's live participation figures, counted by a beat task and cached."""

from django.core.cache import cache
from django.utils import timezone

from participation.cards import for_cards
from participation.selectors import participation_figures, phases_shown, proposal_list

from .snapshots import FiguresSnapshot

HOME_FIGURES_KEY = "strategy:home-figures"
# Longer than the beat interval, so the page always finds figures between refreshes.
HOME_FIGURES_TIMEOUT = 15 * 60


def home_figures_refresh() -> dict[str, int]:
    """Count the participation figures and store them for the home page (cache and database). Safe to repeat."""
    figures = participation_figures().as_dict()
    FiguresSnapshot.objects.update_or_create(key="home", defaults={"data": figures, "computed_at": timezone.now()})
    cache.set(HOME_FIGURES_KEY, figures, timeout=HOME_FIGURES_TIMEOUT)
    return figures


def home_figures() -> dict[str, int]:
    """The home page's figures: from the cache, else the stored snapshot (a Redis restart must not make a visitor
    wait for a count over every vote), and counted now only before the beat task's first run."""
    figures = cache.get(HOME_FIGURES_KEY)
    if figures is None:
        snapshot = FiguresSnapshot.objects.filter(key="home").only("data").first()
        figures = snapshot.data if snapshot is not None else home_figures_refresh()
        cache.set(HOME_FIGURES_KEY, figures, timeout=HOME_FIGURES_TIMEOUT)
    return figures


# How many proposals each of the home page's two short lists shows, and how long their rendering is kept.
HOME_PROPOSALS = 3
HOME_PROPOSALS_SECONDS = 10


def home_participation() -> dict:
    """What the home page invites to: the phase open now for all fields (or the next one), and the newest and
    most-supported proposals."""
    phases = phases_shown("")
    return {
        "open_phase": phases["open_phase"],
        "next_phase": phases["next_phase"],
        # Read only when the page renders them anew (home_page.html keeps them HOME_PROPOSALS_SECONDS).
        "newest_proposals": for_cards(proposal_list(sort="new"))[:HOME_PROPOSALS],
        "popular_proposals": for_cards(proposal_list(sort="votes"))[:HOME_PROPOSALS],
        "home_proposals_seconds": HOME_PROPOSALS_SECONDS,
    }
