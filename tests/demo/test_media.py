"""The demo's pictures stay readable on a phone once opened full size (the image block links to the original)."""

import dataclasses

from demo.courses import COURSES, media
from demo.courses.content import LANGUAGES, Illustration

SMALLEST_TEXT_PX = 12  # at the picture's natural size, which is how the lesson's zoom shows it


def _illustrations(value, found: dict) -> dict:
    """Every Illustration reachable from the demo courses (covers, lesson images), by key."""
    if isinstance(value, Illustration):
        found[value.key] = value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _illustrations(getattr(value, field.name), found)
    elif isinstance(value, dict):
        for item in value.values():
            _illustrations(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            _illustrations(item, found)
    return found


def test_no_demo_picture_has_text_smaller_than_12_px_at_its_natural_size(monkeypatch):
    sizes = []
    real_font = media._font

    def recording_font(size, bold=False):
        sizes.append(size)
        return real_font(size, bold)

    monkeypatch.setattr(media, "_font", recording_font)
    illustrations = _illustrations(COURSES, {})
    assert any(illustration.labels for illustration in illustrations.values()), "the walk finds the lesson diagrams"

    for illustration in illustrations.values():
        for language in LANGUAGES if illustration.is_localised else ("en",):
            sizes.clear()
            media.draw_illustration(illustration, language)
            assert not sizes or min(sizes) >= SMALLEST_TEXT_PX, (illustration.key, language, min(sizes))
