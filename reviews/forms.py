"""The reviewer's decision on a course review: a comment on the whole, one per item, approve or send back."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ReviewItem

APPROVE = "approve"
REQUEST_CHANGES = "request_changes"


class ReviewDecisionForm(forms.Form):
    """Approve or request changes, with an optional comment on the course and on each item."""

    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve")), (REQUEST_CHANGES, _("Request changes"))])
    comment = forms.CharField(
        label=_("Comment on the whole course"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, items: list[ReviewItem], **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            self.fields[self.item_field(item)] = forms.CharField(
                label=_("Comment on “%(title)s”") % {"title": item.title},
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    @staticmethod
    def item_field(item: ReviewItem) -> str:
        return f"item-{item.pk}"

    def bound_item_field(self, item: ReviewItem):
        return self[self.item_field(item)]

    @property
    def item_comments(self) -> dict[int, str]:
        return {item.pk: self.cleaned_data.get(self.item_field(item), "") for item in self.items}
