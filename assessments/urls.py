from django.urls import path

from .views import attempts

app_name = "assessments"

urlpatterns = [
    path("quizzes/<int:quiz_id>/start/", attempts.start, name="start"),
    path("attempts/<int:attempt_id>/", attempts.take, name="attempt"),
    path("attempts/<int:attempt_id>/answers/", attempts.save, name="save"),
    path("attempts/<int:attempt_id>/submit/", attempts.submit, name="submit"),
    path("attempts/<int:attempt_id>/result/", attempts.result, name="result"),
]
