"""Create what a fresh installation needs: locales, home pages, catalogues, authoring rights, clinical review."""

from django.core.management.base import BaseCommand

from assessments.authoring import ensure_question_review
from courses.authoring import ensure_authoring_setup
from lms.services import ensure_site_structure


class Command(BaseCommand):
    help = "Create the locales, home pages, course catalogues, authoring rights and clinical review if missing."

    def handle(self, *args, **options):
        home = ensure_site_structure()
        ensure_authoring_setup()
        ensure_question_review()
        self.stdout.write(self.style.SUCCESS(f"Site ready; home page: {home.title}"))
