"""What participation's pages show from the layers above it, through providers those layers register.

Participation never imports them: strategy registers its provider in its AppConfig.ready() (pretix's data
shredders and adhocracy+'s notifications take the same road).
"""

from collections.abc import Callable

# Each provider takes a proposal's id and returns links with `label`, `page_url` and `anchor`.
_proposal_link_providers: list[Callable[[int], list]] = []


def proposal_links_register(provider: Callable[[int], list]) -> None:
    """Add a provider of "in die Strategie eingeflossen" links for proposal pages; registering twice adds once."""
    if provider not in _proposal_link_providers:
        _proposal_link_providers.append(provider)


def proposal_links(proposal_id: int) -> list:
    """The links every registered provider gives for this proposal, in registration order."""
    return [link for provider in _proposal_link_providers for link in provider(proposal_id)]


# Each panel provider takes the request and a proposal and returns {"template": ..., "data": {...}} or None: a
# part of the proposal page that a layer above renders (notifications: "follow this proposal").
_proposal_panel_providers: list[Callable] = []


def proposal_panels_register(provider: Callable) -> None:
    if provider not in _proposal_panel_providers:
        _proposal_panel_providers.append(provider)


def proposal_panels(request, proposal) -> list[dict]:
    return [panel for provider in _proposal_panel_providers if (panel := provider(request, proposal))]
