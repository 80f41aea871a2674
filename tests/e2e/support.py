"""Helpers for the browser tests that are not fixtures: the request log and the axe report."""

from urllib.parse import urlsplit

WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class RequestLog:
    """Every URL a browser context asked for, to prove that no request leaves the test server."""

    def __init__(self, origin: str):
        self.origin = origin
        self.urls: list[str] = []

    def record(self, request) -> None:
        self.urls.append(request.url)

    def foreign(self) -> list[str]:
        """The URLs whose scheme, host or port differ from the test server's."""
        own = urlsplit(self.origin)[:2]
        return [url for url in self.urls if urlsplit(url)[:2] != own]


def violation_summary(violations: list[dict]) -> str:
    """axe-core's violations as one line per rule and one per offending element."""
    lines = [f"{len(violations)} accessibility violation(s):"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        lines.extend(f"    at {', '.join(map(str, node['target']))}" for node in violation["nodes"])
    return "\n".join(lines)
