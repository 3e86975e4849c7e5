"""With LMS_REQUIRE_SERVICES=1 (CI) nothing may skip: every skip in the suite goes through `needs_service`."""

import re
from pathlib import Path

from django.conf import settings

SKIPS = re.compile(r"pytest\.skip\(|pytest\.importorskip\(|pytest\.mark\.skip|\bskipif\(|unittest\.skip")


def test_every_skip_in_the_suite_goes_through_needs_service():
    tests = Path(settings.BASE_DIR) / "tests"
    skipping = [
        f"{path.relative_to(tests)}:{number}: {line.strip()}"
        for path in sorted(tests.rglob("*.py"))
        if path != Path(__file__)
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if SKIPS.search(line) and not (path.name == "conftest.py" and line.strip() == "pytest.skip(reason)")
    ]

    assert skipping == [], "skip through tests.conftest.needs_service, which fails instead in CI:\n" + "\n".join(
        skipping
    )
