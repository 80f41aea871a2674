from html.parser import HTMLParser

import pytest

from participation.text import render_user_text


class TagCollector(HTMLParser):
    """Collects the elements and attributes a browser would build from the HTML."""

    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements_of(html: str) -> list[tuple[str, dict]]:
    collector = TagCollector()
    collector.feed(html)
    return collector.elements


XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">klick</a>',
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "<iframe src=https://evil.example></iframe>",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markup_in_citizens_text_comes_out_inert(payload):
    html = render_user_text(f"Vorher {payload} nachher")

    for tag, attrs in elements_of(html):
        assert tag in {"p", "br", "a"}
        assert set(attrs) <= {"href", "rel"}
        assert attrs.get("href", "https://").startswith(("https://", "http://"))
    assert "Vorher" in html
    assert "nachher" in html


def test_paragraphs_line_breaks_and_links():
    html = render_user_text("Erster Absatz\nzweite Zeile\n\nZweiter Absatz: https://kassel.de/smart-city.")

    assert html.startswith("<p>Erster Absatz<br>zweite Zeile</p><p>Zweiter Absatz: ")
    assert '<a href="https://kassel.de/smart-city" rel="nofollow ugc noopener noreferrer">' in html
    assert html.endswith("</a>.</p>")


def test_empty_text_renders_nothing():
    assert render_user_text("  \n\n ") == ""
