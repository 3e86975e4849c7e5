"""The demo's certificate template: one design, laid out in Uzbek, Russian and English."""

from django.conf import settings
from wagtail.models import Locale

from certificates.models import CertificateTemplate

TEMPLATE_NAME = {
    "uz": "Milliy sertifikat (UKRM)",
    "ru": "Национальный сертификат (НПР)",
    "en": "National certificate (CPD)",
}
COUNTRY = {
    "uz": "Oʻzbekiston Respublikasi",
    "ru": "Республика Узбекистан",
    "en": "Republic of Uzbekistan",
}
ISSUER = {
    "uz": "Sogʻliqni saqlash vazirligi",
    "ru": "Министерство здравоохранения",
    "en": "Ministry of Health",
}
SUBTITLE = {
    "uz": "uzluksiz kasbiy rivojlanish",
    "ru": "непрерывного профессионального развития",
    "en": "of continuing professional development",
}
VERIFY_HINT = {
    "uz": "Haqiqiyligini QR-kod yoki kod orqali tekshiring",
    "ru": "Подлинность проверяется по QR-коду или коду",
    "en": "Check that it is genuine with the QR code or the code",
}
SIGNATORY_NAME = {"uz": "D. R. Rahimova", "ru": "Д. Р. Рахимова", "en": "D. R. Rakhimova"}
SIGNATORY_TITLE = {
    "uz": "Kadrlar va oʻquv boshqarmasi boshligʻi",
    "ru": "Начальник управления кадров и обучения",
    "en": "Head of Human Resources and Training",
}

LAYOUT = """
<div class="sheet">
  <header>
    <div class="emblem" aria-hidden="true">✚</div>
    <p class="country">{country}</p>
    <p class="issuer">{issuer}</p>
  </header>
  <h1>{title}</h1>
  <p class="subtitle">{subtitle}</p>
  <p class="lead">{awarded_to}</p>
  <p class="name">{learner_name}</p>
  <p class="lead">{for_completing}</p>
  <p class="course">«{course_title}»</p>
  <table class="facts">
    <tr>
      <td><span>{cpd_label}</span><strong>{cpd_hours}</strong></td>
      <td><span>{issued_label}</span><strong>{issued_on}</strong></td>
      <td><span>{expires_label}</span><strong>{expires_on}</strong></td>
    </tr>
  </table>
  <footer>
    <div class="verify">{qr_code}<p class="code">{code}</p><p class="hint">{verify_hint}</p></div>
    <div class="seal" aria-hidden="true"><span>UKRM<br>CPD</span></div>
    <div class="signature">{signature}<p class="line">{signatory_name}</p><p class="role">{signatory_title}</p></div>
  </footer>
</div>
"""

STYLE = """
@page { margin: 8mm; }
body { font-family: "DejaVu Sans", sans-serif; color: #1d2733; margin: 0; }
.sheet { position: relative; height: 192mm; border: 2.2mm solid #0b6e63; padding: 3mm; box-sizing: border-box; }
.sheet::before { content: ""; position: absolute; inset: 3mm; border: 0.4mm solid #c9a227; }
header { text-align: center; padding-top: 9mm; }
.emblem { width: 13mm; height: 13mm; margin: 0 auto 2mm; border-radius: 50%; background: #0b6e63; color: #fff;
  font-size: 20pt; line-height: 13mm; text-align: center; }
.country { margin: 0; font-size: 9pt; letter-spacing: .18em; text-transform: uppercase; color: #4f5b69; }
.issuer { margin: 1mm 0 0; font-size: 12pt; font-weight: bold; letter-spacing: .08em; text-transform: uppercase;
  color: #07534a; }
h1 { margin: 6mm 0 0; text-align: center; font-family: "DejaVu Serif", serif; font-size: 34pt; letter-spacing: .2em;
  text-transform: uppercase; color: #0b6e63; }
.subtitle { margin: 0 0 5mm; text-align: center; font-size: 11pt; font-style: italic; color: #8a6d12; }
.lead { margin: 1.5mm 0; text-align: center; font-size: 11pt; color: #4f5b69; }
.name { margin: 2mm 0; text-align: center; font-family: "DejaVu Serif", serif; font-size: 24pt; font-weight: bold; }
.course { margin: 2mm 16mm 5mm; text-align: center; font-size: 15pt; font-weight: bold; color: #07534a; }
.facts { margin: 0 auto; border-collapse: collapse; }
.facts td { padding: 1mm 8mm; text-align: center; border-left: 0.3mm solid #d5dbe1; }
.facts td:first-child { border-left: none; }
.facts span { display: block; font-size: 8pt; letter-spacing: .08em; text-transform: uppercase; color: #6b7785; }
.facts strong { font-size: 11pt; }
footer { position: absolute; left: 14mm; right: 14mm; bottom: 10mm; height: 34mm; }
.verify { position: absolute; left: 0; bottom: 0; width: 60mm; }
.verify img { width: 24mm; height: 24mm; }
.code { margin: 1mm 0 0; font-family: "DejaVu Sans Mono", monospace; font-size: 9.5pt; letter-spacing: .04em; }
.hint { margin: 0.5mm 0 0; font-size: 7pt; color: #6b7785; }
.seal { position: absolute; left: 50%; bottom: 2mm; width: 26mm; height: 26mm; margin-left: -13mm; border-radius: 50%;
  border: 0.8mm double #c9a227; color: #8a6d12; text-align: center; font-size: 8pt; font-weight: bold;
  letter-spacing: .1em; }
.seal span { display: block; padding-top: 8mm; }
.signature { position: absolute; right: 0; bottom: 0; width: 72mm; text-align: center; }
.signature img { height: 14mm; }
.line { margin: 0; padding-top: 1.5mm; border-top: 0.3mm solid #1d2733; font-size: 10pt; font-weight: bold; }
.role { margin: 0.5mm 0 0; font-size: 8pt; color: #4f5b69; }
"""


def _layout(language: str) -> str:
    """Text that belongs to this design (not to a certificate) is written into each language's layout."""
    return (
        LAYOUT.replace("{country}", COUNTRY[language])
        .replace("{subtitle}", SUBTITLE[language])
        .replace("{verify_hint}", VERIFY_HINT[language])
    )


def _fields(language: str) -> dict:
    return {
        "name": TEMPLATE_NAME[language],
        "page_size": CertificateTemplate.PageSize.A4,
        "orientation": CertificateTemplate.Orientation.LANDSCAPE,
        "html": _layout(language),
        "css": STYLE,
        "issuer": ISSUER[language],
        "signatory_name": SIGNATORY_NAME[language],
        "signatory_title": SIGNATORY_TITLE[language],
    }


def ensure_demo_certificate_template() -> dict[str, CertificateTemplate]:
    """The demo template in every language (created, or brought up to date); language code → template."""
    original_language = settings.LANGUAGE_CODE
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    original = CertificateTemplate.objects.filter(
        locale=locales[original_language], name=TEMPLATE_NAME[original_language]
    ).first()
    if original is None:
        original = CertificateTemplate(locale=locales[original_language])
    for name, value in _fields(original_language).items():
        setattr(original, name, value)
    original.save()
    templates = {original_language: original}
    for language, locale in locales.items():
        if language == original_language or language not in TEMPLATE_NAME:
            continue
        translation = original.get_translation_or_none(locale) or original.copy_for_translation(locale)
        for name, value in _fields(language).items():
            setattr(translation, name, value)
        translation.save()
        templates[language] = translation
    return templates
