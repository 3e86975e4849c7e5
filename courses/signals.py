"""Events that other apps subscribe to.

`course_completed` is sent once per enrolment, from `services.evaluate_completion`,
*inside* the transaction that records the completion, with `enrolment` and `now`
as arguments. A receiver that writes (e.g. a pending certificate) therefore
commits or rolls back together with the completion; work that must not run
before the commit (rendering, e-mail) belongs in `transaction.on_commit`.
"""

from django.dispatch import Signal

course_completed = Signal()
