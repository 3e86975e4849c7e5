"""Demo courses in Uzbek, Russian and English, and the demo learner's assignments.

`seed_courses` creates what is missing and brings the demo pages back to the
text of the files in `demo/content/`; running it again creates nothing new.
"""

from collections import Counter
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from assessments.models import QuizPage
from courses.models import CourseCatalogPage, CoursePage, LessonPage, ModulePage, Topic
from courses.selectors import active_assignments
from courses.services import create_assignment
from demo.certificates import ensure_demo_certificate_template
from lms.services import ensure_site_structure
from workforce.models import Cadre, HealthWorker, OrgUnit

from .content import LANGUAGES, Course, Module, stream_data, ul
from .loader import read_catalogue, read_course, read_quizzes
from .media import DemoMedia
from .quizzes import seed_quizzes

# The demo courses in catalogue order; their text is in demo/content/<slug>/.
COURSE_SLUGS = ("hand-hygiene", "basic-life-support", "electronic-health-record")
COURSES = tuple(read_course(slug) for slug in COURSE_SLUGS)
HAND_HYGIENE, BASIC_LIFE_SUPPORT, ELECTRONIC_HEALTH_RECORD = COURSES
QUIZZES = tuple(read_quizzes(slug) for slug in COURSE_SLUGS)

CATALOGUE_SLUG = "courses"
CATALOGUE, TOPICS = read_catalogue()

# The facility assignment is due in a month; the named one is already overdue.
FACILITY_ASSIGNMENT_DUE_IN_DAYS = 30
NAMED_ASSIGNMENT_OVERDUE_BY_DAYS = 7
REGIONAL_ASSIGNMENT_OVERDUE_BY_DAYS = 45
REGIONAL_ASSIGNMENT_DUE_IN_DAYS = 45
SAMARKAND, TASHKENT_CITY = "1718", "1726"
MINISTRY_EMAIL = "ministry@demo.test"
CLINICAL_CADRES = ("2211", "2212", "2221", "2240", "3221")
DOCTORS = ("2211", "2212")


@transaction.atomic
def seed_courses(
    *,
    learner_email: str = "learner@demo.test",
    assigned_by_email: str = "supervisor@demo.test",
    author_email: str = "trainer@demo.test",
) -> dict:
    """Create or update the demo topics, catalogue, courses and quizzes in every language, and the learner's assignments.

    Returns how many of each kind were created, and how many existing pages were republished because
    their text had changed.
    """
    counts = Counter(topics=0, catalogues=0, courses=0, modules=0, lessons=0, assignments=0, republished=0)
    home = ensure_site_structure()
    locales = {language: Locale.objects.get(language_code=language) for language in LANGUAGES}
    media = DemoMedia()

    topics = {}
    for slug, name in TOPICS:
        topics[slug], is_new = Topic.objects.update_or_create(
            slug=slug, defaults={f"name_{language}": name(language) for language in LANGUAGES}
        )
        counts["topics"] += is_new

    catalogue = _ensure_page(
        CourseCatalogPage,
        parent=home,
        slug=CATALOGUE_SLUG,
        locales=locales,
        fields=lambda language: {"title": CATALOGUE["title"](language), "intro": CATALOGUE["intro"](language)},
        counts=counts,
        kind="catalogues",
        find=lambda parent: CourseCatalogPage.objects.child_of(parent).first(),
    )
    certificate_templates = ensure_demo_certificate_template()
    courses = {}
    for course in COURSES:
        courses[course.slug] = _ensure_course(
            course,
            catalogue=catalogue,
            topics=topics,
            locales=locales,
            media=media,
            counts=counts,
            certificate_templates=certificate_templates,
        )
    counts.update(seed_quizzes(QUIZZES, courses=courses, locales=locales))
    _credit_author(author_email)

    counts["assignments"] += _ensure_demo_assignments(
        courses=courses, learner_email=learner_email, assigned_by_email=assigned_by_email
    )
    return {**counts, **media.created}


def _credit_author(author_email: str) -> None:
    """The demo trainer owns the demo's courses and tests, so their admin home lists them."""
    author = get_user_model().objects.filter(email=author_email).first()
    if author is not None:
        for model in (CoursePage, QuizPage):
            model.objects.filter(owner__isnull=True).update(owner=author)


def _ensure_course(course: Course, *, catalogue, topics, locales, media, counts, certificate_templates) -> CoursePage:
    cadres = list(Cadre.objects.filter(isco_code__in=course.target_cadres))
    page = _ensure_page(
        CoursePage,
        parent=catalogue,
        slug=course.slug,
        locales=locales,
        fields=lambda language: {
            "title": course.title(language),
            "summary": course.summary(language),
            "objectives": ul(*course.objectives)(language),
            "cover_image_id": media.image(course.cover, language).pk,
            "cpd_hours": course.cpd_hours,
            "duration_minutes": course.duration_minutes,
            "topic_id": topics[course.topic].pk,
            "completion_rule": CoursePage.CompletionRule.LESSONS_AND_FINAL,
            "gives_certificate": True,
            "certificate_validity_months": course.certificate_validity_months,
            "certificate_template_id": certificate_templates[language].pk,
            "target_cadres": cadres,
            "prerequisites": [],
        },
        counts=counts,
        kind="courses",
    )
    for part in course.syllabus:
        parent = page
        lessons = (part,)
        if isinstance(part, Module):
            parent = _ensure_page(
                ModulePage,
                parent=page,
                slug=part.slug,
                locales=locales,
                fields=lambda language, module=part: {"title": module.title(language), "intro": module.intro(language)},
                counts=counts,
                kind="modules",
            )
            lessons = part.lessons
        for lesson in lessons:
            _ensure_page(
                LessonPage,
                parent=parent,
                slug=lesson.slug,
                locales=locales,
                fields=lambda language, lesson=lesson: {
                    "title": lesson.title(language),
                    "duration_minutes": lesson.duration_minutes,
                    "body": stream_data(
                        lesson.body, language=language, path=f"{course.slug}/{lesson.slug}", media=media
                    ),
                },
                counts=counts,
                kind="lessons",
            )
    return page


def _ensure_page(model, *, parent: Page, slug: str, locales, fields, counts: Counter, kind: str, find=None) -> Page:
    """The original page under `parent` and its translations, created when missing and published with `fields`.

    Translations are copies of the original (`copy_for_translation` keeps the
    translation key and finds the translated parent), then given their own text.
    Returns the original.
    """
    original_language = settings.LANGUAGE_CODE
    values = {"slug": slug, **fields(original_language)}
    original = find(parent) if find else model.objects.child_of(parent).filter(slug=slug).first()
    is_new = original is None
    if is_new:
        original = model(locale=locales[original_language], **_scalar(values))
        parent.add_child(instance=original)
        counts[kind] += 1
    counts["republished"] += _publish(original, values) and not is_new
    original = model.objects.get(pk=original.pk)
    for language, locale in locales.items():
        if language == original_language:
            continue
        translation = original.get_translation_or_none(locale)
        is_new = translation is None
        if is_new:
            translation = original.copy_for_translation(locale)
            counts[kind] += 1
        counts["republished"] += _publish(translation, {"slug": slug, **fields(language)}) and not is_new
    return original


def _scalar(values: dict) -> dict:
    """The values a new page can be created with (many-to-many relations are set before publishing)."""
    return {name: value for name, value in values.items() if not isinstance(value, list) or name == "body"}


def _publish(page: Page, values: dict) -> bool:
    """Give the page these field values and publish them, unless it is already live with exactly these values."""
    changed = not page.live
    for name, value in values.items():
        if name == "body":
            if list(page.body.raw_data) != value:
                page.body = value
                changed = True
        elif isinstance(value, list):
            relation = getattr(page, name)
            if {item.pk for item in relation.all()} != {item.pk for item in value}:
                relation.set(value)
                changed = True
        elif getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    if changed:
        page.save_revision().publish()
    return changed


def _ensure_demo_assignments(*, courses: dict[str, CoursePage], learner_email: str, assigned_by_email: str) -> int:
    """Hand hygiene for the learner's facility and cadre (due in a month), basic life support by name (overdue);
    for the dashboard, basic life support for Samarkand's clinical staff (overdue) and the electronic health record
    for Tashkent's doctors (due in six weeks), neither of which covers the demo learner."""
    User = get_user_model()
    worker = HealthWorker.objects.select_related("facility", "cadre").get(user__email=learner_email)
    supervisor = User.objects.get(email=assigned_by_email)
    today = timezone.localdate()
    created = _ensure_assignment(
        course=courses[HAND_HYGIENE.slug],
        assigned_by=supervisor,
        due_date=today + timedelta(days=FACILITY_ASSIGNMENT_DUE_IN_DAYS),
        org_unit=worker.facility,
        cadres=[worker.cadre],
    )
    overdue = today - timedelta(days=NAMED_ASSIGNMENT_OVERDUE_BY_DAYS)
    created += _ensure_assignment(
        course=courses[BASIC_LIFE_SUPPORT.slug],
        assigned_by=supervisor,
        due_date=overdue,
        workers=[worker],
        today=overdue,
    )
    ministry = User.objects.get(email=MINISTRY_EMAIL)
    regional_overdue = today - timedelta(days=REGIONAL_ASSIGNMENT_OVERDUE_BY_DAYS)
    created += _ensure_assignment(
        course=courses[BASIC_LIFE_SUPPORT.slug],
        assigned_by=ministry,
        due_date=regional_overdue,
        org_unit=OrgUnit.objects.get(code=SAMARKAND),
        cadres=list(Cadre.objects.filter(isco_code__in=CLINICAL_CADRES)),
        today=regional_overdue,
    )
    created += _ensure_assignment(
        course=courses[ELECTRONIC_HEALTH_RECORD.slug],
        assigned_by=ministry,
        due_date=today + timedelta(days=REGIONAL_ASSIGNMENT_DUE_IN_DAYS),
        org_unit=OrgUnit.objects.get(code=TASHKENT_CITY),
        cadres=list(Cadre.objects.filter(isco_code__in=DOCTORS)),
    )
    return created


def _ensure_assignment(
    *,
    course: CoursePage,
    assigned_by,
    due_date: date,
    org_unit: OrgUnit | None = None,
    cadres: list[Cadre] | tuple = (),
    workers: list[HealthWorker] | tuple = (),
    today: date | None = None,
) -> bool:
    """Create the assignment unless an active one for the same course and target exists; True if created."""
    existing = active_assignments().filter(course=course, org_unit=org_unit)
    for cadre in cadres:
        existing = existing.filter(cadres=cadre)
    for worker in workers:
        existing = existing.filter(workers=worker)
    if existing.exists():
        return False
    create_assignment(
        course=course,
        assigned_by=assigned_by,
        due_date=due_date,
        org_unit=org_unit,
        cadres=cadres,
        workers=workers,
        today=today,
    )
    return True
