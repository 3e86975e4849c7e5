"""Every URL pattern of the site, walked, and an address built for each: for tests that must cover every view."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

SAMPLES = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": "00000000-0000-0000-0000-000000000000"}
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<body>(?:[^()]|\([^()]*\))*)\)")


@dataclass
class Route:
    name: str  # namespaced, e.g. "dashboard:export"
    parts: list  # the patterns from the root down to the view
    callback: object

    @property
    def text(self) -> str:
        return "".join(str(part) for part in self.parts)

    def has_id(self) -> bool:
        """Whether an id (a run of digits) is one of the address's parameters."""
        return any(_int_names(part) for part in self.parts)

    def url(self, *, language: str = "en", id_value: str = "1") -> str:
        """An address this pattern matches, with every id set to id_value and other parameters filled in."""
        url = "/"
        for part in self.parts:
            if isinstance(part, LocalePrefixPattern):
                url += f"{language}/"
            elif isinstance(part, RoutePattern):
                url += PARAMETER.sub(
                    lambda m: (
                        id_value if (m["converter"] or "str") == "int" else SAMPLES.get(m["converter"] or "str", "x")
                    ),
                    part._route,
                )
            elif isinstance(part, RegexPattern):
                url += _fill_regex(part.regex.pattern, id_value)
        return url


def _int_names(part) -> list[str]:
    if isinstance(part, RoutePattern):
        return [m["name"] for m in PARAMETER.finditer(part._route) if m["converter"] == "int"]
    if isinstance(part, RegexPattern):
        return [m["name"] for m in REGEX_GROUP.finditer(part.regex.pattern) if m["body"] in (r"\d+", "[0-9]+")]
    return []


def _fill_regex(pattern: str, id_value: str) -> str:
    def group(match) -> str:
        body = match["body"]
        if body in (r"\d+", "[0-9]+"):
            return id_value
        if re.fullmatch(r"[\w|]+", body):
            return body.split("|")[0]
        return "x"

    text = REGEX_GROUP.sub(group, pattern.lstrip("^").rstrip("$"))
    text = re.sub(r"\(\?:[^)]*\)[*?]", "", text)
    return text.replace("\\.", ".").replace("\\-", "-")


def walk(patterns=None, namespace: str = "", parents: tuple = ()) -> Iterator[Route]:
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from walk(pattern.url_patterns, inner, (*parents, pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield Route(namespace + (pattern.name or ""), [*parents, pattern.pattern], pattern.callback)
