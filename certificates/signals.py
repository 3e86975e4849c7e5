"""Signals that apps above certificates send, so that certificates follow without importing them.

`training_completed` is sent once per completion of a registered subject
(`certificates.subjects`), *inside* the transaction that records it, with
`subject`, `learner` (an account), `completed_at` and `now`. Certificates
creates the pending certificate in that transaction and renders it in a worker
once it commits, through the same batched pipeline as course completions.
"""

from django.dispatch import Signal

training_completed = Signal()
