"""Who assigns training (a ministry analyst, a supervisor per region) and the mandatory training they assigned."""

import random
from datetime import UTC, date, datetime

from django.contrib.auth import get_user_model

from courses.models import Assignment
from demo.national.catalogue import ALL_CADRES
from demo.national.org_tree import unit_ids
from demo.national.plan import ASSIGNMENTS, DAY, EMAIL_DOMAIN, TASHKENT_OFFSET, AssignmentPlan, World, at_work, moment
from demo.national.roster import uzbek_name
from workforce.models import OrgUnit
from workforce.roles import Role
from workforce.services import ensure_role_groups, grant_role

REGION_WIDE_SHARE = 0.15  # assignments to a whole region rather than a district


def create_staff(world: World) -> int:
    """A ministry analyst and a supervisor for each region: who assigns training and who revokes certificates."""
    User = get_user_model()
    ensure_role_groups()
    ministry = User.objects.create_user(
        email=f"ministry.analyst@{EMAIL_DOMAIN}", full_name="Ismoilova Nodira Farhodovna", preferred_language="uz"
    )
    grant_role(user=ministry, role=Role.MINISTRY_ANALYST)
    world.ministry_id = ministry.pk
    units = unit_ids(world)
    rng = world.plan.rng("staff")
    for region_index, (region_code, *_names) in enumerate(world.regions):
        supervisor = User.objects.create_user(
            email=f"supervisor.{region_code}@{EMAIL_DOMAIN}",
            full_name=uzbek_name(rng, female=rng.random() < 0.5),
            preferred_language="uz",
        )
        grant_role(user=supervisor, role=Role.SUPERVISOR, org_unit=OrgUnit.objects.get(pk=units[region_code]))
        world.supervisor_ids[region_index] = supervisor.pk
    return 1 + len(world.supervisor_ids)


def plan_assignments(world: World) -> list[AssignmentPlan]:
    """Mandatory training by region or district, some for named cadres only, due in the past and the future."""
    plan = world.plan
    rng = plan.rng("assignments")
    units = unit_ids(world)
    mandatory = [course for course in world.courses if course.gives_certificate]
    weights = [course.popularity for course in mandatory]
    plans = []
    for _ in range(plan.scaled(ASSIGNMENTS)):
        course = _weighted(rng, mandatory, weights)
        district = rng.choice(world.districts)
        region_index = district.region_index
        if rng.random() < REGION_WIDE_SHARE:
            district_index, unit_code = None, world.regions[region_index][0]
            created_by = world.ministry_id if rng.random() < 0.5 else world.supervisor_ids[region_index]
        else:
            district_index, unit_code = world.districts.index(district), district.code
            created_by = world.supervisor_ids[region_index]
        targets = sorted(course.cadres)
        if len(targets) == len(ALL_CADRES) and rng.random() < 0.7:
            cadres = ()
        elif rng.random() < 0.5:
            cadres = tuple(sorted(rng.sample(targets, k=rng.randint(1, min(3, len(targets))))))
        else:
            cadres = tuple(targets)
        created = rng.randint(max(course.launched_ts, plan.start_ts + 20 * DAY), plan.now_ts - 5 * DAY)
        created = at_work(created, after=plan.start_ts, now=plan.now_ts)
        due = created + rng.randint(30, 180) * DAY
        cancelled = created + rng.randint(1, 20) * DAY if rng.random() < 0.04 else None
        if cancelled is not None and cancelled >= plan.now_ts:
            cancelled = None
        issued_by = (
            "Sogʻliqni saqlash vazirligi"
            if created_by == world.ministry_id
            else "Viloyat sogʻliqni saqlash boshqarmasi"
        )
        note = f"{issued_by}ning {moment(created):%Y}-yildagi {rng.randint(12, 640)}-son buyrugʻi asosida"
        plans.append(
            AssignmentPlan(
                course,
                units[unit_code],
                region_index,
                district_index,
                cadres,
                created,
                due,
                cancelled,
                created_by,
                note,
            )
        )
    return plans


def create_assignments(world: World) -> int:
    world.assignments = plan_assignments(world)
    objects = [
        Assignment(
            course_id=item.course.id,
            org_unit_id=item.org_unit_id,
            due_date=_local_date(item.due_ts),
            note=item.note,
            created_by_id=item.created_by,
            cancelled_at=moment(item.cancelled_ts),
            cancelled_by_id=item.created_by if item.cancelled_ts else None,
        )
        for item in world.assignments
    ]
    Assignment.objects.bulk_create(objects)
    for obj, item in zip(objects, world.assignments, strict=True):
        obj.created_at = moment(item.created_ts)  # auto_now_add set it to the moment of writing
    Assignment.objects.bulk_update(objects, ["created_at"])
    Through = Assignment.cadres.through
    Through.objects.bulk_create(
        Through(assignment_id=obj.pk, cadre_id=world.cadre_ids[isco])
        for obj, item in zip(objects, world.assignments, strict=True)
        for isco in item.cadres
    )
    return len(objects)


def _local_date(ts: int) -> date:
    return datetime.fromtimestamp(ts + TASHKENT_OFFSET, UTC).date()


def _weighted(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights)[0]
