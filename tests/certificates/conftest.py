from tests.courses.conftest import courses  # noqa: F401 - the course builder fixture
