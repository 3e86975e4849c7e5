"""Writes to accounts."""

from django.conf import settings


def set_preferred_language(*, user, language: str):
    """Remember the language a person reads the platform in."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unsupported language: {language}")
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return user


HOME_PAGE_TEXT = {
    "uz": {
        "title": "Tibbiyot xodimlari uchun milliy taʼlim platformasi",
        "lead": (
            "Malaka — shifokorlar, hamshiralar, akusherlar, feldsherlar va laborantlar uchun onlayn kurslar, "
            "testlar va QR-kodli sertifikatlar. Istalgan vaqtda, telefoningizda."
        ),
    },
    "ru": {
        "title": "Национальная платформа обучения медицинских работников",
        "lead": (
            "Malaka — онлайн-курсы, тесты и сертификаты с QR-кодом для врачей, медсестёр, акушерок, "
            "фельдшеров и лаборантов. В любое время, на вашем телефоне."
        ),
    },
    "en": {
        "title": "The national learning platform for health workers",
        "lead": (
            "Malaka offers online courses, quizzes and certificates with a QR code for doctors, nurses, "
            "midwives, feldshers and laboratory staff. Any time, on your phone."
        ),
    },
}


def ensure_site_structure():
    """Make sure the three locales, the home page in each language and the default site exist.

    Safe to run on every deployment: it only creates what is missing and never
    overwrites what editors have changed.
    """
    from wagtail.models import Collection, Locale, Page, Site

    from .models import HomePage

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
    # Wagtail's migrations create the roots of the page and collection trees;
    # a flushed database has neither.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales[settings.LANGUAGE_CODE])
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home = HomePage.objects.filter(locale=locales[settings.LANGUAGE_CODE]).first()
    if home is None:
        # Wagtail's installation placeholder ("Welcome to your new Wagtail site!")
        # holds nothing of value and takes the slug "home"; its site goes with it.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page and not placeholder.get_children().exists():
                placeholder.delete()
        text = HOME_PAGE_TEXT[settings.LANGUAGE_CODE]
        home = root.add_child(
            instance=HomePage(
                title=text["title"], lead=text["lead"], slug="home", locale=locales[settings.LANGUAGE_CODE]
            )
        )
        home.save_revision().publish()
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE or home.get_translations().filter(locale=locale).exists():
            continue
        translation = home.copy_for_translation(locale)
        translation.title = HOME_PAGE_TEXT[code]["title"]
        translation.lead = HOME_PAGE_TEXT[code]["lead"]
        translation.save_revision().publish()

    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Malaka")
    return home
