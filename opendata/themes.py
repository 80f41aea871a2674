"""The strategy theme dataset: the themes of the published strategy pages with their member proposals.

Members are limited to proposals that are visible now (participation's selector), so a proposal hidden after
publication does not reappear here.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from participation.selectors import invisible_proposal_ids
from strategy.blocks import CONSENSUS_CHOICES
from strategy.selectors import PublishedTheme, published_themes

from .formats import Column
from .proposals import ACTION_FIELD_NAMES

CONSENSUS_VALUES = [key for key, _label in CONSENSUS_CHOICES]

THEME_COLUMNS = [
    Column("id", _("key"), _("Key of the theme; it stays the same while the theme continues in later versions.")),
    Column("action_field", _("key"), _("Action field of the theme.")),
    Column("action_field_name", _("text"), _("Name of the action field.")),
    Column("label", _("text"), _("Title of the theme on the strategy page.")),
    Column("consensus", _("key"), _("consensus, divisive or low_support: how the votes on its proposals fell.")),
    Column("support_participants", _("integer"), _("People who voted on the theme's proposals.")),
    Column("support_agree", _("integer"), _("Votes “agree” on the theme's proposals.")),
    Column("support_disagree", _("integer"), _("Votes “disagree” on the theme's proposals.")),
    Column("support_pass", _("integer"), _("Votes “pass” on the theme's proposals.")),
    Column("support_score", _("number"), _("Lower bound of the share of agreeing votes (0–1).")),
    Column("proposal_count", _("integer"), _("Number of member proposals.")),
    Column(
        "proposal_ids",
        _("list of integers"),
        _("Ids of the member proposals, most representative first (in CSV separated by spaces)."),
    ),
    Column(
        "summary",
        _("list of texts"),
        _("Summary sentences, each quoted word for word from a member proposal (in CSV one after the other)."),
    ),
    Column(
        "summary_proposal_ids",
        _("list of integers"),
        _("Id of the proposal each summary sentence is quoted from, in the same order (in CSV separated by spaces)."),
    ),
    Column("url", _("URL"), _("The theme on its strategy page.")),
]


def _absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else settings.SITE_URL + url


def theme_records(*, action_field: str = "", consensus: str = "") -> list[dict]:
    """Published themes as records of JSON types, in page order; one query for the members' visibility."""
    themes: list[PublishedTheme] = published_themes(action_field or None)
    if consensus:
        themes = [theme for theme in themes if theme.consensus == consensus]
    # The few proposals not visible now, rather than every member id in one IN list (95,000 at city scale).
    hidden = invisible_proposal_ids()
    records, position = [], {}
    for theme in themes:
        # Themes that editors added by hand may lack a key: number them within their page.
        position[theme.page_id] = position.get(theme.page_id, 0) + 1
        members = [member for member in theme.members if member not in hidden]
        summary = [sentence for sentence in theme.summary if sentence["proposal"] not in hidden]
        support = theme.support
        url = _absolute(theme.page_url or "")
        records.append(
            {
                "id": theme.theme_id or f"page-{theme.page_id}-{position[theme.page_id]}",
                "action_field": theme.action_field,
                "action_field_name": ACTION_FIELD_NAMES.get(theme.action_field, ""),
                "label": theme.label,
                "consensus": theme.consensus,
                "support_participants": support.get("participants"),
                "support_agree": support.get("agree"),
                "support_disagree": support.get("disagree"),
                "support_pass": support.get("passes"),
                "support_score": support.get("score"),
                "proposal_count": len(members),
                "proposal_ids": members,
                "summary": [sentence["text"] for sentence in summary],
                "summary_proposal_ids": [sentence["proposal"] for sentence in summary],
                "url": f"{url}#{theme.anchor}",
            }
        )
    return records
