"""Settings for benchmarks: the production settings plus a bare Django view to compare against."""

from lms.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
