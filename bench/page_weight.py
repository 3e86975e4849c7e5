"""Bytes a phone downloads on the first load of a demo lesson page: HTML + CSS + JS, media excluded.

Serves a fresh demo site with DEBUG off through gunicorn, opens a lesson as the
enrolled demo learner, and adds up the page and every stylesheet and script it
references. Prints each resource, the gzip size as a web server would send it,
and last `lesson_page_bytes: X` (uncompressed; target <= 100 KB).

    .venv/bin/python bench/page_weight.py
"""

import gzip
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import Gunicorn, bench_environment, prepare_demo_site, workdir  # noqa: E402
from bench.pages import learner_session  # noqa: E402

BUDGET = 100 * 1024


class ResourceFinder(HTMLParser):
    """Stylesheets and scripts a browser fetches before the page is usable (images are media)."""

    def __init__(self):
        super().__init__()
        self.resources: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "") and attributes.get("href"):
            self.resources.append(attributes["href"])
        if tag == "script" and attributes.get("src"):
            self.resources.append(attributes["src"])


def fetch(url: str, cookie: str | None = None) -> bytes:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request) as response:
        return response.read()


def main():
    with workdir() as directory:
        env = bench_environment(Path(directory))
        print("preparing a demo site (migrate, collectstatic, seed_demo)…", flush=True)
        prepare_demo_site(env)
        learner = learner_session(env)
        cookie = f"sessionid={learner['session']}"
        with Gunicorn(env, workers=1) as server:
            page_url = server.base + learner["lesson"]
            html = fetch(page_url, cookie)
            finder = ResourceFinder()
            finder.feed(html.decode())
            sizes = {learner["lesson"]: html}
            for resource in finder.resources:
                sizes[resource] = fetch(urljoin(page_url, resource))
    total = sum(len(body) for body in sizes.values())
    total_gzip = sum(len(gzip.compress(body)) for body in sizes.values())
    for name, body in sizes.items():
        print(f"{len(body):>8} bytes  {len(gzip.compress(body)):>7} gzipped  {name}")
    print(f"lesson_page_gzip_bytes: {total_gzip}")
    print(f"budget_bytes: {BUDGET}")
    print(f"lesson_page_bytes: {total}")


if __name__ == "__main__":
    main()
