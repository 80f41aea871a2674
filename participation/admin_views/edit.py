"""The project office's edit of a proposal's text in the Wagtail admin."""

from wagtail.admin.views.generic import EditView

from ..services.search import proposal_search_update


class ProposalEditView(EditView):
    """Wagtail's edit view; the changed title and text are searchable at once."""

    def save_instance(self):
        proposal = super().save_instance()
        proposal_search_update(proposal)
        return proposal
