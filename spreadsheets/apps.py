from django.apps import AppConfig


class SpreadsheetsConfig(AppConfig):
    name = "spreadsheets"
    verbose_name = "Spreadsheets"

    def ready(self):
        from . import neutralise_wagtail_exports

        neutralise_wagtail_exports()
