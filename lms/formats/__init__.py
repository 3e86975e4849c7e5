"""One date style per language for the site, the admin, e-mails and certificates (FORMAT_MODULE_PATH).

Templates and code name these formats (DATE_FORMAT, DATETIME_FORMAT, YEAR_MONTH_FORMAT…) instead of spelling
a pattern, so the same kind of date reads the same everywhere; tests/lms/test_date_style.py holds them to it.
"""
