"""Demo and synthetic data: the demo site's courses, roster, history and logins, and a synthetic country.

A user of every app and part of none: nothing outside this app imports it.
"""
