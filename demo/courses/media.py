"""Pictures and PDF checklists for the demo courses, drawn here and stored as Wagtail images and documents.

Drawings are deterministic; each file is stored once and found again by its
title, so seeding again reuses it.
"""

import math
from collections import Counter
from html import escape
from io import BytesIO

import weasyprint
from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .content import Checklist, Illustration, T

COLLECTION_NAME = "Demo courses"
WIDTH, HEIGHT = 1200, 675
INK = "#1f2933"
MUTED = "#52606d"
PAPER = "#f7f9fb"


class DemoMedia:
    """Finds or makes the demo images and documents in one collection, counting what it creates."""

    def __init__(self):
        self.collection = _collection()
        self.created = Counter(images=0, documents=0)
        self._cache = {}

    def image(self, illustration: Illustration, language: str):
        title = _title(illustration.title, language, illustration.is_localised)
        key = ("image", title)
        if key not in self._cache:
            Image = get_image_model()
            found = Image.objects.filter(title=title, collection=self.collection).first()
            if found is None:
                data = draw_illustration(illustration, language)
                suffix = f"-{language}" if illustration.is_localised else ""
                found = Image(
                    title=title,
                    collection=self.collection,
                    file=ContentFile(data, name=f"demo-{illustration.key}{suffix}.png"),
                    file_size=len(data),
                    file_hash=hash_filelike(BytesIO(data)),
                )
                found.save()
                self.created["images"] += 1
            self._cache[key] = found
        return self._cache[key]

    def document(self, checklist: Checklist, language: str):
        title = _title(checklist.title, language, localised=True)
        key = ("document", title)
        if key not in self._cache:
            Document = get_document_model()
            found = Document.objects.filter(title=title, collection=self.collection).first()
            if found is None:
                data = render_checklist(checklist, language)
                found = Document(
                    title=title,
                    collection=self.collection,
                    file=ContentFile(data, name=f"demo-{checklist.key}-{language}.pdf"),
                    file_size=len(data),
                    file_hash=hash_filelike(BytesIO(data)),
                )
                found.save()
                self.created["documents"] += 1
            self._cache[key] = found
        return self._cache[key]


def _collection() -> Collection:
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=COLLECTION_NAME).first()
    return found or root.add_child(name=COLLECTION_NAME)


def _title(text: T, language: str, localised: bool) -> str:
    return f"{text(language)} ({language})" if localised else text("en")


# Pictures


def _font(size: int, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _fitted_size(draw, texts, *, width: int, height: int, size: int, bold: bool = False) -> int:
    """The largest font size, up to `size`, at which every text wraps into width x height."""
    for text in texts:
        while size > 14:
            font = _font(size, bold)
            lines = _wrap(draw, text, font, width)
            fits_width = all(draw.textlength(line, font=font) <= width for line in lines)
            if fits_width and len(lines) * int(size * 1.25) <= height:
                break
            size -= 2
    return size


def _text_block(draw, text: str, *, box: tuple, size: int, fill=INK, bold=False, centred=True):
    """Wrap text into the box, shrinking the font until it fits, and centre it vertically."""
    left, top, right, bottom = box
    size = _fitted_size(draw, [text], width=right - left, height=bottom - top, size=size, bold=bold)
    font = _font(size, bold)
    lines = _wrap(draw, text, font, right - left)
    line_height = int(size * 1.25)
    y = top + (bottom - top - len(lines) * line_height) // 2
    for line in lines:
        x = left + (right - left - draw.textlength(line, font=font)) / 2 if centred else left
        draw.text((x, y), line, font=font, fill=fill)
        y += line_height


def _tint(colour: str, amount: float) -> tuple[int, int, int]:
    """The colour moved `amount` of the way towards white."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(round(c + (255 - c) * amount) for c in (red, green, blue))


def _canvas(illustration: Illustration, language: str):
    picture = PillowImage.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, WIDTH, 14), fill=illustration.colour)
    draw.text((60, 44), illustration.title(language), font=_font(40, bold=True), fill=INK)
    return picture, draw


def _draw_ring(illustration: Illustration, language: str):
    """A patient in bed inside the patient zone, numbered moments around it, and a legend."""
    picture, draw = _canvas(illustration, language)
    colour = illustration.colour
    cx, cy, rx, ry = 300, 400, 230, 190
    for angle in range(0, 360, 8):
        start, end = math.radians(angle), math.radians(angle + 4)
        draw.line(
            [
                (cx + rx * math.cos(start), cy + ry * math.sin(start)),
                (cx + rx * math.cos(end), cy + ry * math.sin(end)),
            ],
            fill=colour,
            width=4,
        )
    draw.rounded_rectangle((cx - 150, cy - 70, cx + 150, cy + 70), radius=18, fill="#dbe4ea", outline=MUTED, width=3)
    draw.rounded_rectangle((cx - 140, cy - 40, cx - 80, cy + 40), radius=12, fill="#ffffff", outline=MUTED, width=2)
    draw.ellipse((cx - 130, cy - 25, cx - 80, cy + 25), fill="#f2c9a0", outline=MUTED, width=2)
    draw.rounded_rectangle((cx - 75, cy - 45, cx + 140, cy + 45), radius=20, fill="#9fb3c8", outline=MUTED, width=2)
    if illustration.centre:
        _text_block(draw, illustration.centre(language), box=(cx - 160, cy + ry - 62, cx + 160, cy + ry - 12), size=22)
    count = len(illustration.labels)
    for index in range(count):
        angle = math.radians(180 + index * 180 / max(count - 1, 1))
        x, y = cx + (rx + 10) * math.cos(angle), cy + (ry + 10) * math.sin(angle) * 0.95
        draw.ellipse((x - 30, y - 30, x + 30, y + 30), fill=colour)
        _text_block(draw, str(index + 1), box=(x - 30, y - 30, x + 30, y + 30), size=32, fill="#ffffff", bold=True)
    row_height = min(96, (HEIGHT - 170) // max(count, 1))
    for index, label in enumerate(illustration.labels):
        top = 150 + index * row_height
        draw.ellipse((620, top + 14, 668, top + 62), fill=colour)
        _text_block(draw, str(index + 1), box=(620, top + 14, 668, top + 62), size=26, fill="#ffffff", bold=True)
        _text_block(draw, label(language), box=(690, top, WIDTH - 50, top + 76), size=28, centred=False)
    return picture


def _draw_flow(illustration: Illustration, language: str):
    """Numbered steps in boxes, joined by arrows, left to right."""
    picture, draw = _canvas(illustration, language)
    colour = illustration.colour
    count = len(illustration.labels)
    gap, margin = 36, 44
    width = (WIDTH - 2 * margin - gap * (count - 1)) // count
    top, bottom = 200, 580
    texts = [label(language) for label in illustration.labels]
    size = _fitted_size(draw, texts, width=width - 24, height=bottom - top - 60, size=34)
    for index, text in enumerate(texts):
        left = margin + index * (width + gap)
        draw.rounded_rectangle((left, top, left + width, bottom), radius=22, fill="#ffffff", outline=colour, width=4)
        draw.ellipse((left + width // 2 - 34, top - 34, left + width // 2 + 34, top + 34), fill=colour)
        _text_block(
            draw, str(index + 1), box=(left + width // 2 - 34, top - 34, left + width // 2 + 34, top + 34), size=34,
            fill="#ffffff", bold=True,
        )  # fmt: skip
        _text_block(draw, text, box=(left + 12, top + 44, left + width - 12, bottom - 16), size=size)
        if index < count - 1:
            x, y = left + width + 6, (top + bottom) // 2
            draw.line((x, y, x + gap - 14, y), fill=colour, width=6)
            draw.polygon([(x + gap - 8, y), (x + gap - 22, y - 12), (x + gap - 22, y + 12)], fill=colour)
    return picture


def _draw_cards(illustration: Illustration, language: str):
    """Key numbers on cards: a large value with a short label under it."""
    picture, draw = _canvas(illustration, language)
    colour = illustration.colour
    count = len(illustration.labels)
    columns = 2 if count == 4 else count
    rows = math.ceil(count / columns)
    gap, margin, top = 36, 60, 140
    width = (WIDTH - 2 * margin - gap * (columns - 1)) // columns
    height = (HEIGHT - top - 50 - gap * (rows - 1)) // rows
    for index, (value, label) in enumerate(illustration.labels):
        left = margin + (index % columns) * (width + gap)
        upper = top + (index // columns) * (height + gap)
        draw.rounded_rectangle(
            (left, upper, left + width, upper + height), radius=22, fill="#ffffff", outline=colour, width=4
        )
        draw.rectangle((left + 4, upper + 20, left + 14, upper + height - 20), fill=colour)
        shown = value(language) if isinstance(value, T) else value
        _text_block(
            draw,
            shown,
            box=(left + 30, upper + 10, left + width - 20, upper + height * 0.55),
            size=64,
            fill=colour,
            bold=True,
        )
        _text_block(
            draw,
            label(language),
            box=(left + 30, upper + height * 0.55, left + width - 20, upper + height - 12),
            size=34 if count <= 2 else 28,
        )
    return picture


def _draw_hand(draw, x: int, y: int, *, mirrored: bool, fill):
    """An open hand, palm forward, thumb towards the middle; (x, y) is the centre of the palm."""
    flip = -1 if mirrored else 1
    draw.rounded_rectangle((x - 80, y - 70, x + 80, y + 110), radius=50, fill=fill)
    for index, height in enumerate((150, 175, 165, 130)):  # index finger (next to the thumb) to little finger
        left = x + flip * (60 - 40 * index) - 18
        draw.rounded_rectangle((left, y - 70 - height, left + 36, y - 20), radius=18, fill=fill)
    draw.polygon(
        [(x + flip * 60, y + 50), (x + flip * 120, y - 25), (x + flip * 150, y - 5), (x + flip * 80, y + 100)],
        fill=fill,
    )
    draw.ellipse((x + flip * 135 - 20, y - 36, x + flip * 135 + 20, y + 4), fill=fill)


def _draw_cover(illustration: Illustration, language: str):
    """A wordless cover: one large symbol on the course colour."""
    picture = PillowImage.new("RGB", (WIDTH, HEIGHT), illustration.colour)
    draw = ImageDraw.Draw(picture)
    ring = _tint(illustration.colour, 0.18)
    for index in range(6):
        radius = 140 + index * 90
        draw.ellipse((WIDTH - 260 - radius, 120 - radius, WIDTH - 260 + radius, 120 + radius), outline=ring, width=3)
    cx, cy = WIDTH // 2, HEIGHT // 2 + 10
    white = "#ffffff"
    if illustration.icon == "hands":
        for side in (-1, 1):
            _draw_hand(draw, cx + side * 210, cy + 50, mirrored=side > 0, fill=white)
        for x, y, r in ((cx, cy - 210, 34), (cx - 70, cy - 150, 22), (cx + 70, cy - 160, 26)):
            draw.ellipse((x - r, y - r, x + r, y + r), fill="#cdeffa")
            draw.polygon([(x - r * 0.87, y - r * 0.5), (x + r * 0.87, y - r * 0.5), (x, y - r * 2)], fill="#cdeffa")
    elif illustration.icon == "heart":
        draw.ellipse((cx - 200, cy - 170, cx + 10, cy + 40), fill=white)
        draw.ellipse((cx - 10, cy - 170, cx + 200, cy + 40), fill=white)
        draw.polygon([(cx - 198, cy - 45), (cx + 198, cy - 45), (cx, cy + 200)], fill=white)
        pulse = [(cx - 330, cy), (cx - 120, cy), (cx - 80, cy - 70), (cx - 30, cy + 90), (cx + 20, cy - 130),
                 (cx + 70, cy + 40), (cx + 100, cy), (cx + 330, cy)]  # fmt: skip
        draw.line(pulse, fill=illustration.colour, width=16, joint="curve")
    else:
        draw.rounded_rectangle((cx - 300, cy - 200, cx + 300, cy + 150), radius=24, fill=white)
        draw.rectangle((cx - 40, cy + 150, cx + 40, cy + 200), fill=white)
        draw.rounded_rectangle((cx - 140, cy + 195, cx + 140, cy + 225), radius=12, fill=white)
        for index, length in enumerate((340, 280, 360, 240)):
            y = cy - 140 + index * 60
            draw.rounded_rectangle((cx - 250, y, cx - 250 + length, y + 22), radius=11, fill="#c9d7f8")
        draw.rounded_rectangle((cx + 150, cy - 10, cx + 260, cy + 90), radius=14, fill=illustration.colour)
        draw.arc((cx + 165, cy - 70, cx + 245, cy + 10), start=180, end=360, fill=illustration.colour, width=16)
    return picture


DRAWINGS = {"ring": _draw_ring, "flow": _draw_flow, "cards": _draw_cards, "cover": _draw_cover}


def draw_illustration(illustration: Illustration, language: str) -> bytes:
    """The picture as PNG bytes; the same bytes on every call."""
    picture = DRAWINGS[illustration.kind](illustration, language)
    output = BytesIO()
    picture.save(output, format="PNG")
    return output.getvalue()


# Checklists

CHECKLIST_CSS = """
@page { size: A4; margin: 16mm 16mm 14mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #1f2933; line-height: 1.4; }
header { border-bottom: 3px solid #0f766e; margin-bottom: 10pt; padding-bottom: 6pt; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
p.intro { margin: 0; color: #52606d; }
h2 { font-size: 12pt; margin: 12pt 0 4pt; color: #0f766e; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 3pt 0 3pt 20pt; position: relative; border-bottom: 0.5pt solid #d9e2ec; }
li::before { content: ""; position: absolute; left: 0; top: 4.5pt; width: 9pt; height: 9pt; border: 1.2pt solid #1f2933; }
footer { margin-top: 14pt; font-size: 8.5pt; color: #52606d; }
"""


def render_checklist(checklist: Checklist, language: str) -> bytes:
    """A one-page checklist as PDF bytes."""
    sections = "".join(
        f"<h2>{escape(heading(language))}</h2><ul>"
        + "".join(f"<li>{escape(item(language))}</li>" for item in items)
        + "</ul>"
        for heading, items in checklist.sections
    )
    html = (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(checklist.title(language))}</title><style>{CHECKLIST_CSS}</style></head><body>"
        f"<header><h1>{escape(checklist.title(language))}</h1><p class='intro'>{escape(checklist.intro(language))}</p>"
        f"</header>{sections}<footer>Malaka</footer></body></html>"
    )
    return weasyprint.HTML(string=html).write_pdf()
