"""Create the locales, the home page in each language and the default site, when missing."""

from django.core.management.base import BaseCommand

from lms.services import ensure_site_structure


class Command(BaseCommand):
    help = "Create the three locales, the home page in each language and the default site if missing."

    def handle(self, *args, **options):
        home = ensure_site_structure()
        self.stdout.write(self.style.SUCCESS(f"Site ready; home page: {home.title}"))
