"""What supervisors do from the dashboard besides looking: reminding the overdue workers of a unit."""

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.links import absolute_url
from core.tasks import send_email_message
from courses.selectors import courses_in_language
from workforce.models import HealthWorker, OrgUnit

from . import facts, selectors
from .indicators import Standing

# The key from before the move to reports: a reminder sent that day by the previous release still counts.
REMINDER_KEY = "workforce:overdue-reminder:{worker}:{course}:{day}"


def remind_overdue_workers(*, org_unit: OrgUnit, filters, sent_by, now=None) -> int:
    """E-mail every overdue worker of the unit (with an account) a reminder; each worker at most once a day per
    course, however often supervisors press the button. Returns how many were sent."""
    now = now or timezone.now()
    workers = facts.active_workers(path_prefix=org_unit.path, cadre_id=filters.cadre_id).filter(user__isnull=False)
    overdue = [
        row
        for row in selectors.worker_rows(workers, filters, now=now)
        if row.standing == Standing.OVERDUE
        and cache.add(
            REMINDER_KEY.format(worker=row.worker_id, course=filters.course_id or "all", day=now.date()),
            True,
            26 * 3600,
        )
    ]
    workers_by_id = HealthWorker.objects.select_related("user").in_bulk([row.worker_id for row in overdue])
    for row in overdue:
        user = workers_by_id[row.worker_id].user
        with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
            course = None
            if filters.course_id is not None:
                course = courses_in_language([filters.course_id], translation.get_language())[filters.course_id].title
            context = {
                "worker_name": user.full_name or row.full_name,
                "course": course,
                "due_date": row.due_date,
                "learning_url": absolute_url(reverse("courses:my_learning")),
                "sender_name": sent_by.full_name or sent_by.email,
            }
            subject = " ".join(render_to_string("reports/email/overdue_subject.txt", context).split())
            body = render_to_string("reports/email/overdue_message.txt", context)
        send_email_message.delay_on_commit(
            subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email]
        )
    return len(overdue)
