# Uzbek as it is written in official texts: "3-dekabr, 2026-yil", month names in lower case
# (lms/locale/uz holds the lower-case month and weekday names).
DATE_FORMAT = r"j-E, Y-\y\i\l"
DATETIME_FORMAT = r"j-E, Y-\y\i\l, H:i"
YEAR_MONTH_FORMAT = r"Y-\y\i\l F"
MONTH_DAY_FORMAT = "j-E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
TIME_FORMAT = "H:i"
