"""The completion rule, as pure functions, and the registry of the steps a course asks for besides its lessons.

Other apps add steps (e.g. "pass the final assessment", "take the pre-test")
with `register_requirement`; each provider is called with the enrolment and
returns the `Step`s it asks of that learner in that course (none when it does
not apply). Required steps hold back completion and count in progress; the
others are only offered (a pre-test is where the course starts).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """A page other than a lesson that a course asks a learner to take, and whether they have."""

    page_id: int  # the canonical (original) page's id
    done: bool
    required: bool = True  # part of the completion rule; otherwise only offered
    first: bool = False  # taken before the lessons (a pre-test)


Requirement = Callable[..., Iterable[Step]]
_requirements: list[Requirement] = []


def register_requirement(requirement: Requirement) -> Requirement:
    """Add a provider of steps; usable as a decorator. Registering twice has no effect."""
    if requirement not in _requirements:
        _requirements.append(requirement)
    return requirement


def course_steps(enrolment) -> list[Step]:
    """Every step the registered providers ask of this enrolment, in registration order."""
    if enrolment is None:
        return []
    return [step for requirement in _requirements for step in requirement(enrolment) or ()]


def required_steps_met(steps: Iterable[Step]) -> bool:
    return all(step.done for step in steps if step.required)


def extra_requirements_met(enrolment) -> bool:
    return required_steps_met(course_steps(enrolment))


def progress_percent(
    *, required_lessons: Iterable[int], completed_lessons: Iterable[int], steps: Iterable[Step] = ()
) -> int:
    """Whole per cent of what the completion rule asks (lessons and required steps) that is done.

    0 for a course without lessons; never 100 while something is left.
    """
    required = set(required_lessons)
    if not required:
        return 0
    required_steps = [step for step in steps if step.required]
    total = len(required) + len(required_steps)
    done = len(required & set(completed_lessons)) + sum(1 for step in required_steps if step.done)
    percent = round(100 * done / total)
    return min(percent, 99) if done < total else 100


def is_course_complete(
    *, required_lessons: Iterable[int], completed_lessons: Iterable[int], requirements_met: bool
) -> bool:
    """All required lessons completed and every extra requirement met; a course needs at least one lesson."""
    required = set(required_lessons)
    return bool(required) and required <= set(completed_lessons) and requirements_met
