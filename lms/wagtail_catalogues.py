"""The Wagtail admin in Uzbek and proper Russian: our catalogues beside Wagtail's, and what they still lack.

Wagtail ships no Uzbek, and its Russian leaves some strings in English or puts a
model's name in the wrong case. `lms/wagtail_locale` (in LOCALE_PATHS, so it
wins over the apps) holds a complete Uzbek catalogue of every string of
Wagtail's apps and the Russian entries we add or correct. The strings to cover
are those of Wagtail's English source catalogues; `manage.py
update_wagtail_catalogues` brings ours up to date after a Wagtail upgrade and
tests/lms/test_admin_catalogues.py fails while any string is left untranslated.
"""

import subprocess
from dataclasses import dataclass
from pathlib import Path

import polib
import wagtail
from django.conf import settings

DOMAINS = ("django", "djangojs")
WAGTAIL_ROOT = Path(wagtail.__file__).parent
OUR_ROOT = Path(settings.BASE_DIR, "lms", "wagtail_locale")
# Languages whose catalogue we keep complete ourselves; for the others we add to Wagtail's own.
COMPLETE_HERE = {"uz"}
NUMBER_OF_PLURALS = {"uz": 2, "ru": 4}
PLURAL_FORMS = {
    "uz": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : "
    "n%100>=11 && n%100<=14? 2 : 3);",
}

Key = tuple[str | None, str]


@dataclass(frozen=True)
class Gap:
    language: str
    domain: str
    msgid: str


def _key(entry: polib.POEntry) -> Key:
    return (entry.msgctxt, entry.msgid)


def _is_translated(entry: polib.POEntry) -> bool:
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def _catalogues(language: str, domain: str) -> list[Path]:
    return sorted(WAGTAIL_ROOT.glob(f"**/locale/{language}/LC_MESSAGES/{domain}.po"))


def source_entries(domain: str) -> dict[Key, polib.POEntry]:
    """Every string of Wagtail's apps, from their English catalogues (the first one wins for a shared string)."""
    entries: dict[Key, polib.POEntry] = {}
    for path in _catalogues("en", domain):
        for entry in polib.pofile(str(path)):
            if not entry.obsolete:
                entries.setdefault(_key(entry), entry)
    return entries


def our_catalogue_path(language: str, domain: str) -> Path:
    return OUR_ROOT / language / "LC_MESSAGES" / f"{domain}.po"


def our_catalogue(language: str, domain: str) -> polib.POFile:
    path = our_catalogue_path(language, domain)
    if path.exists():
        return polib.pofile(str(path))
    catalogue = polib.POFile()
    catalogue.metadata = {
        "Project-Id-Version": "Malaka (Wagtail admin)",
        "PO-Revision-Date": "",
        "Last-Translator": "Malaka team",
        "Language-Team": language,
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[language],
    }
    return catalogue


def translated_keys(language: str, domain: str) -> set[Key]:
    """The strings shown translated in this language: ours, and Wagtail's own unless we keep it all here."""
    sources = [our_catalogue_path(language, domain)]
    if language not in COMPLETE_HERE:
        sources += _catalogues(language, domain)
    return {
        _key(entry) for path in sources if path.exists() for entry in polib.pofile(str(path)) if _is_translated(entry)
    }


def gaps(language: str) -> list[Gap]:
    """Wagtail's strings that would still show in English to someone using the admin in this language."""
    found = []
    for domain in DOMAINS:
        done = translated_keys(language, domain)
        found += [
            Gap(language, domain, msgid) for (context, msgid) in source_entries(domain) if (context, msgid) not in done
        ]
    return found


def update(language: str, domain: str) -> tuple[int, int]:
    """Add the strings still missing to our catalogue (untranslated) and drop the ones Wagtail no longer has.

    Returns how many entries were added and removed; translations already made are kept.
    """
    catalogue = our_catalogue(language, domain)
    wanted = source_entries(domain)
    done = translated_keys(language, domain)
    kept = [entry for entry in catalogue if _key(entry) in wanted]
    removed = len(catalogue) - len(kept)
    present = {_key(entry) for entry in kept}
    added = 0
    for key, source in wanted.items():
        if key in present or key in done:
            continue
        entry = polib.POEntry(
            msgctxt=source.msgctxt, msgid=source.msgid, msgid_plural=source.msgid_plural, flags=list(source.flags)
        )
        if source.msgid_plural:
            entry.msgstr_plural = dict.fromkeys(range(NUMBER_OF_PLURALS[language]), "")
        kept.append(entry)
        added += 1
    catalogue[:] = kept
    path = our_catalogue_path(language, domain)
    if not kept and not path.exists():
        return 0, 0
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    subprocess.run(["msgfmt", "--check", "-o", path.with_suffix(".mo"), path], check=True)
    return added, removed
