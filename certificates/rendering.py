"""Turning a certificate into a PDF with WeasyPrint.

Trainer-authored layouts are filled by plain placeholder substitution, never by
a template engine, so nothing they write runs as code; every value is
HTML-escaped, so a learner's name prints as text. WeasyPrint may load nothing
but data: URIs: no network, no files.
"""

import base64
import re

import segno
import weasyprint
from django.utils.html import escape
from weasyprint.urls import URLFetcher

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
RAW_HTML_PLACEHOLDERS = {"qr_code", "logo", "signature"}

DEFAULT_HTML = """
<div class="frame">
  <p class="issuer">{issuer}</p>
  <h1>{title}</h1>
  <p class="lead">{awarded_to}</p>
  <p class="name">{learner_name}</p>
  <p class="lead">{for_completing}</p>
  <p class="course">{course_title}</p>
  <p class="facts">{cpd_label}: {cpd_hours} · {issued_label}: {issued_on} · {expires_label}: {expires_on}</p>
  <div class="footer">
    <div class="qr">{qr_code}<p class="code">{code}</p></div>
    <div class="sign">{signature}<p>{signatory_name}<br>{signatory_title}</p></div>
  </div>
</div>
"""

DEFAULT_CSS = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "DejaVu Sans", sans-serif; color: #1b2430; }
.frame { border: 3mm double #0b6e63; padding: 14mm 18mm; height: 150mm; text-align: center; position: relative; }
.issuer { font-size: 11pt; letter-spacing: .08em; text-transform: uppercase; color: #07534a; }
h1 { font-size: 30pt; margin: 4mm 0; color: #0b6e63; }
.lead { font-size: 12pt; margin: 2mm 0; }
.name { font-size: 24pt; font-weight: bold; margin: 3mm 0; }
.course { font-size: 16pt; font-weight: bold; margin: 2mm 0 4mm; }
.facts { font-size: 10pt; color: #4f5b69; }
.footer { position: absolute; bottom: 10mm; left: 18mm; right: 18mm; display: flex; justify-content: space-between; }
.qr img { width: 28mm; height: 28mm; }
.code { font-family: "DejaVu Sans Mono", monospace; font-size: 10pt; margin: 1mm 0 0; }
.sign { text-align: right; font-size: 10pt; }
.sign img { height: 16mm; }
"""


def _data_only_fetcher():
    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False, timeout=5)


def qr_data_uri(url: str) -> str:
    return segno.make(url, error="m").png_data_uri(scale=4, border=1)


def image_data_uri(image) -> str:
    if image is None:
        return ""
    with image.file.open("rb") as handle:
        data = base64.b64encode(handle.read()).decode()
    return f"data:image/{(image.file.name.rsplit('.', 1)[-1] or 'png').lower()};base64,{data}"


def fill(layout: str, values: dict[str, str]) -> str:
    """Substitute {placeholders}; unknown ones stay as written. Values are escaped unless they are our own markup."""

    def replace(match):
        name = match.group(1)
        if name not in values:
            return match.group(0)
        value = values[name]
        return value if name in RAW_HTML_PLACEHOLDERS else escape(value)

    return PLACEHOLDER.sub(replace, layout)


def render_pdf(*, html_layout: str, css: str, values: dict[str, str]) -> bytes:
    document = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{fill(html_layout, values)}</body></html>"
    )
    fetcher = _data_only_fetcher()
    return weasyprint.HTML(string=document, url_fetcher=fetcher).write_pdf(
        stylesheets=[weasyprint.CSS(string=css, url_fetcher=fetcher)]
    )


BATCH_PAGE_CSS = "body > section.certificate-page { page-break-after: always; break-after: page; }"


def render_many(*, html_layout: str, css: str, values_list: list[dict[str, str]]) -> list[bytes] | None:
    """Render many certificates as the pages of one document, then write each page as its own PDF.

    Laying out once and sharing fonts is what makes batches fast. Returns None
    when a layout does not fit on exactly one page, so the caller renders those
    one by one.
    """
    pages = "".join(
        f'<section class="certificate-page">{fill(html_layout, values)}</section>' for values in values_list
    )
    document_html = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{pages}</body></html>"
    fetcher = _data_only_fetcher()
    document = weasyprint.HTML(string=document_html, url_fetcher=fetcher).render(
        stylesheets=[weasyprint.CSS(string=css + BATCH_PAGE_CSS, url_fetcher=fetcher)]
    )
    if len(document.pages) != len(values_list):
        return None
    return [document.copy([page]).write_pdf() for page in document.pages]
