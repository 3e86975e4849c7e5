"""The completion rule and the progress figure, as pure functions."""

from courses.completion import Step, is_course_complete, progress_percent


def test_progress_is_the_share_of_required_lessons_completed():
    assert progress_percent(required_lessons=[1, 2, 3], completed_lessons=[1]) == 33
    assert progress_percent(required_lessons=[1, 2, 3], completed_lessons=[1, 2, 3]) == 100


def test_progress_ignores_lessons_no_longer_in_the_course():
    assert progress_percent(required_lessons=[1, 2], completed_lessons=[1, 9]) == 50


def test_progress_of_a_course_without_lessons_is_zero():
    assert progress_percent(required_lessons=[], completed_lessons=[]) == 0


def test_complete_needs_every_lesson_and_every_requirement():
    assert is_course_complete(required_lessons=[1, 2], completed_lessons=[2, 1], requirements_met=True)
    assert not is_course_complete(required_lessons=[1, 2], completed_lessons=[1], requirements_met=True)
    assert not is_course_complete(required_lessons=[1, 2], completed_lessons=[1, 2], requirements_met=False)


def test_a_course_without_lessons_is_never_complete():
    assert not is_course_complete(required_lessons=[], completed_lessons=[], requirements_met=True)


def test_progress_counts_required_steps_and_stays_below_100_until_they_are_done():
    final = Step(page_id=9, done=False)
    pre_test = Step(page_id=8, done=False, required=False, first=True)

    assert progress_percent(required_lessons=[1, 2, 3], completed_lessons=[1, 2, 3], steps=[final, pre_test]) == 75
    assert progress_percent(required_lessons=[1, 2, 3], completed_lessons=[1, 2, 3], steps=[Step(9, True)]) == 100


def test_progress_never_rounds_up_to_100_while_something_is_left():
    lessons = list(range(1, 200))

    assert progress_percent(required_lessons=lessons, completed_lessons=lessons, steps=[Step(999, False)]) == 99
