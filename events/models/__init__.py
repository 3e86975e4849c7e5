"""Face-to-face training: events and their sessions (`events.py`), and what happens at them (`records.py`)."""

from .events import EventFacilitator, EventSession, FundingPartner, TrainingEvent
from .records import Attendance, AttendanceSheet, CertifiedTrainer, Participation

__all__ = [
    "Attendance",
    "AttendanceSheet",
    "CertifiedTrainer",
    "EventFacilitator",
    "EventSession",
    "FundingPartner",
    "Participation",
    "TrainingEvent",
]
