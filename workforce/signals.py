"""Events that other apps subscribe to.

`roster_changed` is sent when a roster or facility import, or the roster API,
has written workers or units, *inside* the transaction that wrote them (no
arguments besides the sender). Work that reads the new roster (the dashboard's
summaries) belongs in `transaction.on_commit`, so it runs only if the writes commit.
"""

from django.dispatch import Signal

roster_changed = Signal()
