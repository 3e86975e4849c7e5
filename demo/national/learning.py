"""Each account holder's enrolments and what came of them: finished, under way, given up, renewed."""

import itertools
import math
import random
from collections.abc import Iterator

from courses.models import Enrolment
from demo.national.catalogue import ACCOUNT_SHARE
from demo.national.plan import DAY, ENROLMENTS, WORKERS, AssignmentPlan, Course, Study, Worker, World, at_work, moment
from demo.national.roster import roster
from demo.national.writing import write_rows

OFF_CADRE_SHARE = 0.08  # enrolments in a course not meant for the learner's cadre
ENROLMENT_SPREAD = 2.2  # gamma shape of the number of courses a learner takes
ENROLMENT_SKEW = 1.4  # learners take a course sooner rather than later after joining
WITHDRAWN_SHARE = 0.075
FINISH_SHARE = 0.64
STARTED_SHARE = 0.6  # of those not finishing, how many opened a lesson
STUDY_DAYS_MEDIAN = 6
ASSIGNED_UPTAKE = 0.85
ASSIGNED_FINISH_SHARE = 0.8
RENEWAL_SHARE = 0.3
RENEWAL_WINDOW_DAYS = 90


def learning_histories(world: World) -> Iterator[tuple[Worker, list[Study]]]:
    """Each account holder's enrolments and what came of them, from one random stream per facility."""
    plan = world.plan
    rng = None
    facility = None
    mean = plan.scaled(ENROLMENTS) / max(1, plan.scaled(WORKERS) * ACCOUNT_SHARE)
    for worker in roster(world):
        if worker.facility is not facility:
            facility = worker.facility
            rng = plan.rng("learning", facility.code)
        if worker.user_id is None:
            continue
        yield worker, _studies(world, worker, rng, mean)


def _studies(world: World, worker: Worker, rng: random.Random, mean: float) -> list[Study]:
    now = world.plan.now_ts
    wanted = int(rng.gammavariate(ENROLMENT_SPREAD, mean / ENROLMENT_SPREAD) + 0.5)
    studies: dict[int, Study] = {}
    for assignment in _covering(world, worker):
        course = assignment.course
        if course.id in studies or rng.random() >= ASSIGNED_UPTAKE:
            continue
        earliest = max(assignment.created_ts, worker.joined_ts)
        enrolled = earliest + int(rng.expovariate(1 / (6 * DAY)))
        if enrolled < now:
            enrolled = at_work(enrolled, after=earliest, now=now)
            studies[course.id] = _assigned_study(world, course, enrolled, assignment.due_ts, rng)
    if len(studies) >= wanted:
        return list(studies.values())
    pool, cumulative = _course_choices(world, worker.cadre)
    every, every_cumulative = _course_choices(world, None)
    for _attempt in range(3):
        for course in rng.choices(pool, cum_weights=cumulative, k=2 * (wanted - len(studies))):
            if rng.random() < OFF_CADRE_SHARE:
                course = rng.choices(every, cum_weights=every_cumulative)[0]
            if course.id in studies:
                continue
            start = max(worker.joined_ts, course.launched_ts)
            enrolled = at_work(start + int((now - start) * rng.random() ** ENROLMENT_SKEW), after=start, now=now)
            studies[course.id] = _self_study(world, course, enrolled, rng)
            if len(studies) >= wanted:
                return list(studies.values())
    return list(studies.values())


def _course_choices(world: World, cadre: str | None):
    """The courses for a cadre (every course for None) and cumulative weights: popularity × months on offer."""
    if cadre not in world._course_choices:
        span = world.plan.now_ts - world.plan.start_ts
        courses = [course for course in world.courses if cadre is None or cadre in course.cadres]
        weights = [course.popularity * min(1.0, (world.plan.now_ts - course.launched_ts) / span) for course in courses]
        world._course_choices[cadre] = (courses, list(itertools.accumulate(weights)))
    return world._course_choices[cadre]


def _covering(world: World, worker: Worker) -> list[AssignmentPlan]:
    """The active assignments that cover a worker's district or region and cadre, oldest first."""
    key = (worker.facility.district_index, worker.cadre)
    if key not in world._covering:
        district_index, cadre = key
        region_index = world.districts[district_index].region_index
        world._covering[key] = [
            item
            for item in world.assignments
            if item.cancelled_ts is None
            and (
                item.district_index == district_index
                or (item.district_index is None and item.region_index == region_index)
            )
            and (not item.cadres or cadre in item.cadres)
        ]
    return world._covering[key]


def _self_study(world: World, course: Course, enrolled: int, rng: random.Random) -> Study:
    now = world.plan.now_ts
    duration = int(DAY * rng.lognormvariate(math.log(STUDY_DAYS_MEDIAN), 1.0))
    draw = rng.random()
    if draw < WITHDRAWN_SHARE:
        last = at_work(min(now - 1, enrolled + int(duration * rng.random())), after=enrolled, now=now)
        return Study(course, Enrolment.Source.SELF, Enrolment.Status.WITHDRAWN, enrolled, (), None, last)
    if draw < WITHDRAWN_SHARE + FINISH_SHARE and enrolled + duration < now:
        done = at_work(enrolled + duration, after=enrolled, now=now)
        return _completed(world, course, Enrolment.Source.SELF, enrolled, done, rng)
    return _unfinished(world, course, Enrolment.Source.SELF, enrolled, duration, rng)


def _assigned_study(world: World, course: Course, enrolled: int, due: int, rng: random.Random) -> Study:
    now = world.plan.now_ts
    if due > enrolled:  # most finish by the due date, some after it
        duration = max(3600, int((due - enrolled) * rng.uniform(0.1, 1.35)))
    else:
        duration = int(DAY * rng.lognormvariate(math.log(STUDY_DAYS_MEDIAN), 1.0))
    draw = rng.random()
    if draw < 0.02:
        last = at_work(min(now - 1, enrolled + int(duration * rng.random())), after=enrolled, now=now)
        return Study(course, Enrolment.Source.ASSIGNED, Enrolment.Status.WITHDRAWN, enrolled, (), None, last)
    if draw < ASSIGNED_FINISH_SHARE and enrolled + duration < now:
        done = at_work(enrolled + duration, after=enrolled, now=now)
        return _completed(world, course, Enrolment.Source.ASSIGNED, enrolled, done, rng)
    return _unfinished(world, course, Enrolment.Source.ASSIGNED, enrolled, duration, rng)


def _unfinished(world: World, course: Course, source: str, enrolled: int, duration: int, rng: random.Random) -> Study:
    now = world.plan.now_ts
    if rng.random() < STARTED_SHARE:
        last = at_work(
            enrolled + int((min(now, enrolled + duration) - enrolled) * rng.random()), after=enrolled, now=now
        )
        return Study(course, source, Enrolment.Status.IN_PROGRESS, enrolled, (), None, last)
    return Study(course, source, Enrolment.Status.ENROLLED, enrolled, (), None, None)


def _completed(world: World, course: Course, source: str, enrolled: int, done: int, rng: random.Random) -> Study:
    """A completion, and the renewals that followed when the certificate came near its expiry."""
    now = world.plan.now_ts
    completions = [done]
    if course.validity_months:
        validity = int(course.validity_months * 30.44 * DAY)
        while True:
            expires = completions[-1] + validity
            if expires - RENEWAL_WINDOW_DAYS * DAY >= now or rng.random() >= RENEWAL_SHARE:
                break
            again = at_work(expires + rng.randint(-RENEWAL_WINDOW_DAYS, 75) * DAY, after=completions[-1], now=now)
            if again >= now:
                break
            completions.append(again)
    cycle_started = None
    if len(completions) > 1:
        cycle_started = completions[-1] - rng.randint(3600, 20 * DAY)
    return Study(
        course, source, Enrolment.Status.COMPLETED, enrolled, tuple(completions), cycle_started, completions[-1]
    )


ENROLMENT_FIELDS = (
    "learner_id", "course_id", "status", "source", "enrolled_at", "completed_at", "cycle_started_at",
    "last_lesson_id", "last_activity_at",
)  # fmt: skip


def enrolment_rows(world: World) -> Iterator[tuple]:
    opened = (Enrolment.Status.IN_PROGRESS, Enrolment.Status.COMPLETED)
    for worker, studies in learning_histories(world):
        for study in studies:
            yield (
                worker.user_id,
                study.course.id,
                study.status,
                study.source,
                moment(study.enrolled_ts),
                moment(study.completions[-1]) if study.completions else None,
                moment(study.cycle_started_ts),
                study.course.lesson_id if study.status in opened else None,
                moment(study.last_activity_ts),
            )


def create_enrolments(world: World) -> int:
    return write_rows(Enrolment, ENROLMENT_FIELDS, enrolment_rows(world))
