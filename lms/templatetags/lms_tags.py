"""Template tags for the site's frame: language switcher and role-aware navigation."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language, ngettext_lazy, pgettext_lazy

from core.routing import content_version
from workforce.roles import STAFF_ROLES, Role, role_names

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language that leads to the same page in that language.

    For a Wagtail page the target is its translation (slugs differ between
    locales); elsewhere the URL's language prefix is swapped.
    """
    request = context["request"]
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    translations = {}
    if page is not None and getattr(page, "pk", None) and hasattr(page, "get_translations"):
        key = f"lms:translations:{content_version()}:{page.pk}"
        translations = cache.get(key)
        if translations is None:
            translations = {
                translation.locale.language_code: translation.get_url(request)
                for translation in page.get_translations(inclusive=True).live().select_related("locale")
            }
            cache.set(key, translations, 6 * 3600)
    languages = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or translate_url(request.path, code)
        languages.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"languages": languages, "current": current}


# Django's Uzbek catalogue writes "498bayt": this entry of the project's catalogue, read first, puts the space back
# for `filesizeformat` everywhere.
FILE_SIZE_IN_BYTES = ngettext_lazy("%(size)d byte", "%(size)d bytes", "size")

# A language's name inside a sentence of the language being shown ("It is shown in English"), lower-case
# where that language writes it so; Django's own names are headings ("Английский", "O'zbek tili").
LANGUAGE_NAMES_IN_SENTENCES = {
    "uz": pgettext_lazy("language name inside a sentence", "Uzbek"),
    "ru": pgettext_lazy("language name inside a sentence", "Russian"),
    "en": pgettext_lazy("language name inside a sentence", "English"),
}


@register.filter
def language_in_sentence(code: str) -> str:
    """The name of the language `code` as a sentence of the active language says it."""
    return str(LANGUAGE_NAMES_IN_SENTENCES.get(code, code))


@register.simple_tag
def native_languages() -> list[tuple[str, str]]:
    """(code, name) of every language, each named in itself as the language switcher shows it, never translated."""
    return list(settings.LANGUAGES)


@register.simple_tag(takes_context=True)
def user_roles(context):
    """The roles of the signed-in user, for showing each role its way in."""
    user = context["request"].user
    # Every role but Learner makes an account staff (see grant_role): learners cost no query.
    names = role_names(user) if user.is_authenticated and user.is_staff else set()
    roles = {
        "is_learner": Role.LEARNER.value in names,
        "is_trainer": bool(names & {Role.TRAINER.value, Role.REVIEWER.value}) or user.is_superuser,
        "is_analyst": bool(names & {Role.SUPERVISOR.value, Role.MINISTRY_ANALYST.value}) or user.is_superuser,
        "is_staff_role": bool(names & {role.value for role in STAFF_ROLES}) or user.is_superuser,
    }
    roles["signature"] = "".join("1" if value else "0" for value in roles.values()) + str(int(user.is_authenticated))
    return roles


@register.simple_tag
def page_cache_version():
    """Changes whenever published pages change: part of the key of cached page fragments."""
    return content_version()
