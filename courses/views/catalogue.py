"""The catalogue: live courses in the reader's language (or the original), filtered and searched."""

from django.core.paginator import Paginator
from django.utils.translation import get_language

from workforce.models import Cadre

from .. import selectors
from ..models import CoursePage, Enrolment, Topic

PAGE_SIZE = 24


def _courses_in_language(language: str) -> list[CoursePage]:
    """One page per course: its translation in `language` when live, otherwise the original."""
    by_key: dict = {}
    pages = CoursePage.objects.live().public().select_related("locale", "topic", "cover_image").order_by("pk")
    for page in pages:
        chosen = by_key.get(page.translation_key)
        if chosen is None or (page.locale.language_code == language and chosen.locale.language_code != language):
            by_key[page.translation_key] = page
    return list(by_key.values())


def catalogue_context(request, catalogue) -> dict:
    language = (get_language() or "uz").split("-")[0]
    courses = _courses_in_language(language)
    params = request.GET
    topic = params.get("topic", "")
    cadre = params.get("cadre", "")
    only_language = params.get("language", "")
    query = params.get("q", "").strip()[:200]

    if topic:
        courses = [course for course in courses if course.topic and course.topic.slug == topic]
    if cadre:
        keys = set(CoursePage.objects.filter(target_cadres__isco_code=cadre).values_list("translation_key", flat=True))
        courses = [course for course in courses if course.translation_key in keys]
    if only_language:
        keys = set(
            CoursePage.objects.live()
            .filter(locale__language_code=only_language)
            .values_list("translation_key", flat=True)
        )
        courses = [course for course in courses if course.translation_key in keys]
    if query:
        matches = CoursePage.objects.live().search(query, operator="or")
        keys = {page.translation_key for page in matches}
        courses = [course for course in courses if course.translation_key in keys]
    courses.sort(key=lambda course: course.title.lower())

    user = request.user
    statuses = {}
    due_dates = {}
    if user.is_authenticated:
        statuses = dict(Enrolment.objects.filter(learner=user).values_list("course_id", "status"))
        due_dates = selectors.earliest_due_dates(user)
    page_obj = Paginator(courses, PAGE_SIZE).get_page(params.get("page"))
    cards = []
    for course in page_obj:
        course_id = selectors.canonical_id(course)
        cards.append(
            {
                "course": course,
                "url": f"{catalogue.get_url(request)}{course.slug}/",
                "translated": course.locale.language_code == language,
                "status": statuses.get(course_id),
                "due_date": due_dates.get(course_id),
            }
        )
    return {
        "cards": cards,
        "page_obj": page_obj,
        "topics": Topic.objects.all(),
        "cadres": Cadre.objects.all(),
        "filters": {"topic": topic, "cadre": cadre, "language": only_language, "q": query},
        "filtered": any([topic, cadre, only_language, query]),
        "result_count": len(courses),
    }
