from django.urls import path

from .views import assignments, learning

app_name = "courses"

urlpatterns = [
    path("learning/", learning.my_learning, name="my_learning"),
    path("learning/courses/<int:course_id>/enrol/", learning.enrol, name="enrol"),
    path("learning/courses/<int:course_id>/withdraw/", learning.withdraw, name="withdraw"),
    path("learning/lessons/<int:lesson_id>/complete/", learning.complete_lesson, name="complete_lesson"),
    path("assignments/", assignments.assignment_list, name="assignment_list"),
    path("assignments/new/", assignments.assignment_create, name="assignment_create"),
    path("assignments/<int:assignment_id>/cancel/", assignments.assignment_cancel, name="assignment_cancel"),
]
