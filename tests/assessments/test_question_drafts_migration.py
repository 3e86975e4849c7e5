"""Questions written before drafts existed stay what learners get: the migration makes every one of them live."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_DRAFTS = [("assessments", "0002_attempt_labels")]


def _migrate(targets=None):
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_questions_are_live_with_no_draft_after_the_migration():
    try:
        old_apps = _migrate(BEFORE_DRAFTS)
        locale = old_apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="uz")[0]
        bank = old_apps.get_model("assessments", "QuestionBank").objects.create(title="Bank", locale=locale)
        question = old_apps.get_model("assessments", "Question").objects.create(
            bank=bank,
            kind="true_false",
            stem="<p>Gloves replace hand hygiene.</p>",
            true_false_answer=False,
            locale=locale,
        )

        new_apps = _migrate()

        migrated = new_apps.get_model("assessments", "Question").objects.get(pk=question.pk)
        assert migrated.live
        assert not migrated.has_unpublished_changes
        assert migrated.latest_revision_id is None
    finally:
        _migrate()
