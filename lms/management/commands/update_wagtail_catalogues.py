from django.core.management.base import BaseCommand

from lms import wagtail_catalogues


class Command(BaseCommand):
    help = "Bring the Uzbek and Russian catalogues of the Wagtail admin (lms/wagtail_locale) up to date with Wagtail."

    def handle(self, *args, **options):
        for language in ("uz", "ru"):
            for domain in wagtail_catalogues.DOMAINS:
                added, removed = wagtail_catalogues.update(language, domain)
                self.stdout.write(f"{language} {domain}: {added} strings to translate added, {removed} removed")
            left = wagtail_catalogues.gaps(language)
            self.stdout.write(f"{language}: {len(left)} strings still untranslated")
