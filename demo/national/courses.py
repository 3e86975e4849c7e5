"""Fifty published courses in the main language's catalogue, launched over the three years."""

import uuid
from decimal import Decimal

from django.conf import settings
from wagtail.models import Page

from courses.authoring import ensure_catalogues
from courses.models import CoursePage, LessonPage, Topic
from demo.national.catalogue import ALL_CADRES, COURSES, LAUNCHED_AT_START, TOPICS
from demo.national.plan import DAY, HISTORY_DAYS, Course, World, moment
from lms.services import ensure_site_structure
from workforce.models import Cadre


def create_courses(world: World) -> int:
    """Fifty published courses, each with one lesson, in the catalogue of the site's main language."""
    plan = world.plan
    ensure_site_structure()
    catalogue = ensure_catalogues()[settings.LANGUAGE_CODE]
    topics = {
        slug: Topic.objects.get_or_create(slug=slug, defaults={"name_uz": uz, "name_ru": ru, "name_en": en})[0]
        for slug, uz, ru, en in TOPICS
    }
    cadres = {cadre.isco_code: cadre for cadre in Cadre.objects.filter(isco_code__in=ALL_CADRES)}
    taken = set(CoursePage.objects.child_of(catalogue).values_list("slug", flat=True))
    rng = plan.rng("courses")
    for index, (slug, title, topic, hours, validity, has_final, targets, popularity) in enumerate(COURSES):
        if index < LAUNCHED_AT_START:
            launched = plan.start_ts - rng.randint(0, 60) * DAY
        else:
            launched = plan.start_ts + rng.randint(30, HISTORY_DAYS - 45) * DAY
        page = CoursePage(
            title=title,
            slug=slug if slug not in taken else f"{slug}-{plan.seed}",
            locale=catalogue.locale,
            summary=f"{title}. Uzluksiz kasbiy rivojlanish kursi: {hours} soat.",
            cpd_hours=Decimal(hours),
            duration_minutes=int(Decimal(hours) * 60),
            topic=topics[topic],
            completion_rule=CoursePage.CompletionRule.LESSONS_AND_FINAL
            if has_final
            else CoursePage.CompletionRule.ALL_LESSONS,
            gives_certificate=validity is not None,
            certificate_validity_months=validity or None,
        )
        catalogue.add_child(instance=page)
        page.target_cadres.set([cadres[isco] for isco in (ALL_CADRES if targets == "*" else targets.split())])
        page.save_revision().publish()
        lesson = LessonPage(
            title="Kirish",
            slug="kirish",
            locale=catalogue.locale,
            duration_minutes=15,
            body=[
                {
                    "type": "paragraph",
                    "value": f"<p>{title}: kursning maqsadi va tuzilishi.</p>",
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"national-data/{slug}/0")),
                }
            ],
        )
        page.add_child(instance=lesson)
        lesson.save_revision().publish()
        Page.objects.filter(pk__in=[page.pk, lesson.pk]).update(first_published_at=moment(launched))
        world.courses.append(
            Course(
                id=page.pk,
                lesson_id=lesson.pk,
                title=title,
                cpd_hours=page.cpd_hours,
                validity_months=validity or None,
                gives_certificate=validity is not None,
                has_final=has_final,
                cadres=frozenset(ALL_CADRES if targets == "*" else targets.split()),
                popularity=popularity,
                launched_ts=launched,
            )
        )
    return len(world.courses)
