"""Citizens' text as safe HTML: paragraphs, line breaks and auto-linked URLs, nothing else."""

import html
import re

import nh3
from django.utils.safestring import SafeString, mark_safe

URL_PATTERN = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
ALLOWED_TAGS = {"p", "br", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}


def _linkify(escaped: str) -> str:
    return URL_PATTERN.sub(lambda match: f'<a href="{match.group(0)}">{match.group(0)}</a>', escaped)


def render_user_text(text: str) -> SafeString:
    """Render plain text as paragraphs; the sanitiser runs last, so no markup of the author survives."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if part.strip()]
    markup = "".join(f"<p>{_linkify(html.escape(part)).replace(chr(10), '<br>')}</p>" for part in paragraphs)
    cleaned = nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="nofollow ugc noopener noreferrer",
    )
    return mark_safe(cleaned)  # noqa: S308 - nh3 has just sanitised it
