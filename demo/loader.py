"""Writes the demo content of demo/data/ into the database: pages, citizens, a phase, proposals, comments, votes.

Idempotent: pages are found by type, key or slug and left as editors left them; citizens by username, proposals
by a key derived from their data key; comments and votes are added only while the demo citizens have none.
Comments and votes are generated from the data with generators seeded per proposal, the same on every machine.
"""

import datetime
import hashlib
import random
import uuid
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.roles import roles_sync
from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, ProposalPhase, Vote
from participation.services import counts_reconcile, search_reindex
from portal.models import (
    AccessibilityStatementPage,
    ActionFieldPage,
    ContentPage,
    EasyLanguagePage,
    HomePage,
    StatisticsPage,
)
from strategy.models import StrategyOverviewPage

from . import content

DEMO_NAMESPACE = uuid.UUID("6f1d3c2e-5b7a-4c1e-9d2f-0a5b8c7e6d41")
DEMO_EMAIL_DOMAIN = "demo.smartkassel.invalid"
DEMO_PHASE_TITLE = "Ideen für die Smart-City-Strategie"


# Pages


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _home_page_ensure(data: dict) -> tuple[HomePage, bool]:
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home:
        return home, False
    root = Page.get_first_root_node()
    # Wagtail's first migration leaves a placeholder "Welcome" page with our slug; it makes way.
    for placeholder in root.get_children().filter(slug=data["slug"]):
        if placeholder.specific_class is Page:
            placeholder.delete()
    home = HomePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        timeline=[("phase", phase) for phase in data["timeline"]],
    )
    root.add_child(instance=home)
    return _publish(home), True


def _site_ensure(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, "Smart Kassel", home
    site.save()
    # The roles' migration ran before this tree existed, so the page rights on it are given now.
    roles_sync()


def _action_field_pages_ensure(home: HomePage, items: list[dict]) -> int:
    created = 0
    existing = set(ActionFieldPage.objects.filter(locale=home.locale).values_list("action_field", flat=True))
    for data in items:
        if data["action_field"] in existing:
            continue
        page = ActionFieldPage(
            title=data["title"],
            slug=data["slug"],
            action_field=data["action_field"],
            teaser=data["teaser"],
            intro=data["intro"],
            goals=[("goal", goal) for goal in data["goals"]],
            show_in_menus=True,
        )
        home.add_child(instance=page)
        _publish(page)
        created += 1
    return created


def _content_pages_ensure(home: HomePage, items: list[dict]) -> int:
    created = 0
    for data in items:
        if home.get_children().filter(slug=data["slug"]).exists():
            continue
        page = ContentPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            body=[(block["type"], block["value"]) for block in data["body"]],
            show_in_menus=True,
        )
        home.add_child(instance=page)
        _publish(page)
        created += 1
    return created


def _strategy_pages_ensure(home: HomePage, data: dict) -> int:
    """The strategy overview and the statistics page, each once, shown in the main navigation."""
    created = 0
    for model, fields in [(StrategyOverviewPage, data["strategy_overview"]), (StatisticsPage, data["statistics"])]:
        if model.objects.exists() or home.get_children().filter(slug=fields["slug"]).exists():
            continue
        page = model(show_in_menus=True, **fields)
        home.add_child(instance=page)
        _publish(page)
        created += 1
    return created


def _untouched_content_page_remove(home: HomePage, slug: str) -> None:
    """Before the statement and Leichte Sprache had page types of their own, the demo made them as plain content
    pages. Such a page goes if nobody edited it since (one revision), so the new one can take its address."""
    for page in home.get_children().filter(slug=slug):
        if page.specific_class is ContentPage and page.revisions.count() <= 1:
            page.delete()


def _accessibility_pages_ensure(home: HomePage, data: dict) -> int:
    """The accessibility statement and the page in Leichte Sprache, each once, in the footer."""
    created = 0
    statement, easy = data["accessibility_statement"], data["easy_language"]
    builders = [
        (
            AccessibilityStatementPage,
            statement["slug"],
            lambda: AccessibilityStatementPage(
                **{key: value for key, value in statement.items() if key != "barriers"},
                barriers=[("barrier", barrier) for barrier in statement["barriers"]],
            ),
        ),
        (
            EasyLanguagePage,
            easy["slug"],
            lambda: EasyLanguagePage(
                title=easy["title"],
                slug=easy["slug"],
                intro=easy["intro"],
                steps=[("step", step) for step in easy["steps"]],
            ),
        ),
    ]
    for model, slug, build in builders:
        if model.objects.exists():
            continue
        _untouched_content_page_remove(home, slug)
        if home.get_children().filter(slug=slug).exists():
            continue  # the editors' own page at this address stays
        page = build()
        page.show_in_menus = True
        home.add_child(instance=page)
        _publish(page)
        created += 1
    return created


# English: each main page's translation, made with Wagtail's own localisation (copy_for_translation keeps the
# slug, so /en/<address> is the English version of /<address>).


def _translation_ensure(page: Page, locale: Locale, fields: dict) -> bool:
    if page.get_translation_or_none(locale) is not None:
        return False
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    _publish(translation)
    return True


def _english_pages_ensure(home: HomePage, data: dict) -> int:
    """English translations of the home page, the action fields, the rules, the strategy overview, the statistics
    and the accessibility statement, where missing."""
    english = data["english"]
    locale, _created = Locale.objects.get_or_create(language_code="en")
    home_data = english["home"]
    created = int(
        _translation_ensure(
            home,
            locale,
            {
                "title": home_data["title"],
                "intro": home_data["intro"],
                "timeline": [("phase", phase) for phase in home_data["timeline"]],
            },
        )
    )
    for page in ActionFieldPage.objects.child_of(home):
        fields = english["action_fields"].get(page.action_field)
        if fields:
            goals = [("goal", goal) for goal in fields["goals"]]
            created += _translation_ensure(page, locale, {**fields, "goals": goals})
    for slug, fields in english["content_pages"].items():
        page = ContentPage.objects.child_of(home).filter(slug=slug).first()
        if page:
            body = [(block["type"], block["value"]) for block in fields["body"]]
            created += _translation_ensure(page, locale, {**fields, "body": body})
    for model, fields in [
        (StrategyOverviewPage, english["strategy_overview"]),
        (StatisticsPage, english["statistics"]),
        (AccessibilityStatementPage, english["accessibility_statement"]),
    ]:
        page = model.objects.child_of(home).first()
        if page:
            if "barriers" in fields:
                fields = {**fields, "barriers": [("barrier", barrier) for barrier in fields["barriers"]]}
            created += _translation_ensure(page, locale, fields)
    return created


@transaction.atomic
def demo_pages_load() -> dict[str, int]:
    """Create the (German) home page, the five action field pages, the content, accessibility and strategy pages
    where missing."""
    data = content.pages()
    home, home_created = _home_page_ensure(data["home"])
    _site_ensure(home)
    return {
        "home": int(home_created),
        "action_fields": _action_field_pages_ensure(home, data["action_fields"]),
        "content_pages": _content_pages_ensure(home, data["content_pages"]),
        "accessibility_pages": _accessibility_pages_ensure(home, data),
        "strategy_pages": _strategy_pages_ensure(home, data),
    }


@transaction.atomic
def demo_english_pages_load() -> int:
    """The English translations of the main pages, where missing (after demo_pages_load); returns how many."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        return 0
    created = _english_pages_ensure(home, content.pages())
    roles_sync()  # the project office's page rights on the English home page too
    return created


# Citizens and the proposal phase


def _stable_number(key: str, modulo: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % modulo


def demo_citizens_ensure(count: int | None = None) -> list:
    """The demo citizens (with confirmed email addresses), created where missing, in citizens.yaml order."""
    User = get_user_model()
    names = content.citizens()[:count] if count else content.citizens()
    usernames = [f"demo{index:03d}" for index in range(len(names))]
    existing = {user.username: user for user in User.objects.filter(username__in=usernames)}
    users = []
    for username, name in zip(usernames, names, strict=True):
        user = existing.get(username)
        if user is None:
            user = User(username=username, email=f"{username}@{DEMO_EMAIL_DOMAIN}", display_name=name)
            user.set_unusable_password()
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        users.append(user)
    return users


def demo_phase_ensure() -> ProposalPhase:
    """An open phase for all action fields, so the demo accepts proposals."""
    now = timezone.now()
    phase, _created = ProposalPhase.objects.get_or_create(
        title=DEMO_PHASE_TITLE,
        action_field="",
        defaults={"starts_at": now - datetime.timedelta(days=60), "ends_at": now + datetime.timedelta(days=120)},
    )
    return phase


# Proposals, comments and votes


def _submission_key(item: dict) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, item["key"])


@transaction.atomic
def demo_proposals_load() -> int:
    """Create the demo proposals that do not exist yet; return how many were created."""
    demo_phase_ensure()
    citizens = demo_citizens_ensure()
    items = content.proposals()
    keys = {item["key"]: _submission_key(item) for item in items}
    existing = set(Proposal.objects.filter(submission_key__in=keys.values()).values_list("submission_key", flat=True))
    now = timezone.now()
    created = 0
    for item in items:
        if keys[item["key"]] in existing:
            continue
        proposal = Proposal.objects.create(
            title=item["title"],
            body=item["body"],
            action_field=item["action_field"],
            district=item["district"],
            latitude=Decimal(str(item["lat"])) if item["lat"] is not None else None,
            longitude=Decimal(str(item["lon"])) if item["lon"] is not None else None,
            author=citizens[item["author"]],
            status=ProposalStatus.PUBLISHED,
            submission_key=keys[item["key"]],
        )
        # Spread over the last eight weeks, the same way on every machine, so lists and statistics look lived in.
        minutes_ago = _stable_number(item["key"], 8 * 7 * 24 * 60)
        Proposal.objects.filter(pk=proposal.pk).update(created=now - datetime.timedelta(minutes=minutes_ago))
        created += 1
    # Created without the proposal service, so their search columns are written here, in one go.
    search_reindex(Proposal.objects.filter(search_text=""))
    return created


def _demo_proposals() -> list[tuple[dict, Proposal]]:
    items = {_submission_key(item): item for item in content.proposals()}
    found = Proposal.objects.filter(submission_key__in=items).order_by("pk")
    return [(items[proposal.submission_key], proposal) for proposal in found]


def _opinion_group(name: str) -> str:
    # Two opinion groups of about 55 % and 45 %, fixed per citizen.
    return "A" if _stable_number(name, 100) < 55 else "B"


@transaction.atomic
def demo_votes_load() -> int:
    """Votes by the demo citizens following the themes' opinion patterns; skipped if demo votes exist."""
    citizens = demo_citizens_ensure()
    if Vote.objects.filter(voter__in=citizens).exists():
        return 0
    patterns, themes = content.vote_patterns(), content.opinion_patterns()
    votes = []
    for item, proposal in _demo_proposals():
        pattern = patterns[themes.get(item["theme"], "one_off")]
        rng = random.Random(item["key"])  # noqa: S311 - demo data, deterministic on purpose
        for citizen in citizens:
            if citizen.pk == proposal.author_id or rng.random() >= pattern["share"]:
                continue
            weights = pattern["weights"][_opinion_group(citizen.display_name)]
            value = rng.choices([1, -1, 0], weights=weights)[0]
            votes.append(Vote(proposal=proposal, voter=citizen, value=value))
    Vote.objects.bulk_create(votes, batch_size=2000)
    # Bulk inserts bypass the vote service, so the stored counts are brought in line from the rows.
    counts_reconcile(fix=True, log=False)
    return len(votes)


@transaction.atomic
def demo_comments_load() -> int:
    """A few comments and replies under most demo proposals; skipped if demo comments exist."""
    citizens = demo_citizens_ensure()
    if Comment.objects.filter(author__in=citizens).exists():
        return 0
    texts_by_field = content.comment_texts()
    created = 0
    for item, proposal in _demo_proposals():
        rng = random.Random("comments:" + item["key"])  # noqa: S311 - demo data, deterministic on purpose
        texts = texts_by_field[item["action_field"]] + texts_by_field["any"]
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            author = rng.choice(citizens)
            comment = Comment.objects.create(
                proposal=proposal,
                author=author,
                body=rng.choice(texts),
                by_proposal_author=author.pk == proposal.author_id,
            )
            created += 1
            if rng.random() < 0.4:
                Comment.objects.create(
                    proposal=proposal,
                    parent=comment,
                    author=proposal.author,
                    body=rng.choice(texts_by_field["any"]),
                    by_proposal_author=True,
                )
                created += 1
    counts_reconcile(fix=True, log=False)
    return created
