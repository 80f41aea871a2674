"""The roles' rights on the page tree and the strategy drafts, for the demo loader and a data migration alike.

Both pass the models they use, so the migration can hand in its historical ones. Granting twice changes nothing.
"""

from core.roles import COUNCIL_GROUP as COUNCIL
from core.roles import MODERATOR_GROUP as PROJECT_OFFICE

# Edit and publish every page below the site's home page (Wagtail checks page rights along the tree).
PAGE_EDITOR_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Images in pages: upload and choose (an uploader may also edit the images they uploaded; nobody else's).
IMAGE_PERMISSIONS = ("add_image", "choose_image")
# Wagtail has no read-only page right, so reading strategy drafts is the StrategyPage model's view permission.
DRAFT_READERS = (PROJECT_OFFICE, COUNCIL)


def page_rights_grant(root_page, *, group_model, permission_model, group_page_permission_model) -> int:
    """Give the project office its page rights on `root_page` and below; returns how many were new."""
    permissions = permission_model.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_EDITOR_PERMISSIONS
    )
    return _grant(group_model, permissions, group_page_permission_model, page_id=root_page.pk)


def image_rights_grant(*, group_model, permission_model, collection_model, group_collection_permission_model) -> int:
    """Let the project office upload and choose images for pages (Wagtail checks image rights per collection,
    here the root one, so they hold for every collection); returns how many were new."""
    root = collection_model.objects.filter(depth=1).first()
    if root is None:
        return 0
    permissions = permission_model.objects.filter(
        content_type__app_label="wagtailimages", codename__in=IMAGE_PERMISSIONS
    )
    return _grant(group_model, permissions, group_collection_permission_model, collection_id=root.pk)


def _grant(group_model, permissions, rights_model, **target) -> int:
    """One row of `rights_model` per permission for the project office on `target`; returns how many were new."""
    group = group_model.objects.filter(name=PROJECT_OFFICE).first()
    if group is None:
        return 0
    return sum(rights_model.objects.get_or_create(group=group, permission=p, **target)[1] for p in permissions)


def draft_reading_grant(*, group_model, permission_model) -> None:
    """Let the project office and council members read the latest revisions of strategy pages."""
    permission = permission_model.objects.filter(
        content_type__app_label="strategy", content_type__model="strategypage", codename="view_strategypage"
    ).first()
    if permission is None:
        return
    for group in group_model.objects.filter(name__in=DRAFT_READERS):
        group.permissions.add(permission)
