"""Requests per second of a lesson page (enrolled learner), the catalogue and a bare Django view.

Starts gunicorn (2 workers, loopback only) on a fresh demo site with DEBUG off
and drives each URL with wrk. Prints each rate and the ratios; the last line is
`lesson_vs_bare_ratio: X` (target >= 0.25).

    .venv/bin/python bench/pages.py [--seconds 10] [--connections 8]
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import PYTHON, ROOT, Gunicorn, bench_environment, prepare_demo_site, workdir  # noqa: E402

LEARNER_SESSION = """
import json
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from courses.models import CoursePage, LessonPage
from courses.services import enrol_learner

user = get_user_model().objects.get(email="learner@demo.test")
course = CoursePage.objects.filter(locale__language_code="uz", slug="hand-hygiene").first() or CoursePage.objects.filter(locale__language_code="uz").first()
enrol_learner(learner=user, course=course)
lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[1]
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "lms.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(json.dumps({"session": session.session_key, "lesson": lesson.url, "catalogue": course.get_parent().url}))
"""


def learner_session(env) -> dict:
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", LEARNER_SESSION],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def wrk(url: str, *, seconds: int, connections: int, cookie: str | None = None) -> float:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    if "Non-2xx or 3xx responses" in output:
        raise RuntimeError(f"{url} answered errors under load:\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def check_page(url: str, cookie: str | None, must_contain: str) -> None:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request) as response:
        body = response.read().decode()
    if response.status != 200 or must_contain not in body:
        raise RuntimeError(f"{url} did not serve the expected page")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")

    with workdir() as directory:
        env = bench_environment(Path(directory))
        print("preparing a demo site (migrate, collectstatic, seed_demo)…", flush=True)
        prepare_demo_site(env)
        learner = learner_session(env)
        cookie = f"sessionid={learner['session']}"
        with Gunicorn(env, workers=2) as server:
            urls = {
                "bare": (server.base + "/bench/bare/", None, "ok"),
                "catalogue": (server.base + learner["catalogue"], None, "course-card"),
                "lesson": (server.base + learner["lesson"], cookie, "lesson__body"),
            }
            for url, url_cookie, marker in urls.values():
                check_page(url, url_cookie, marker)
                wrk(url, seconds=2, connections=args.connections, cookie=url_cookie)  # warm every worker's caches
            rates = {
                name: wrk(url, seconds=args.seconds, connections=args.connections, cookie=url_cookie)
                for name, (url, url_cookie, _marker) in urls.items()
            }
    for name, rate in rates.items():
        print(f"{name}_requests_per_s: {rate:.0f}")
    print(f"catalogue_vs_bare_ratio: {rates['catalogue'] / rates['bare']:.3f}")
    print(f"lesson_vs_bare_ratio: {rates['lesson'] / rates['bare']:.3f}")


if __name__ == "__main__":
    main()
