"""The one stream block set that lesson bodies are written with."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from core.numbers import UnreadableKey, describe_key, parse_numeric_key


class HeadingBlock(blocks.StructBlock):
    """A section heading inside a lesson (h2 or h3)."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading that also appears in the lesson's outline.")


class ImageBlock(blocks.StructBlock):
    """An illustration sized for phones, with a caption and a text alternative."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Text alternative"), max_length=250, help_text=_("What the image shows, for people who cannot see it.")
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("A picture with caption; served in sizes that suit phones.")


class VideoBlock(blocks.StructBlock):
    """A video that never loads until the learner asks for it."""

    url = blocks.URLBlock(
        label=_("Video link"), required=False, help_text=_("A YouTube or Vimeo address, loaded only on request.")
    )
    file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An uploaded MP4 file, for learners on slow connections.")
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    duration = blocks.CharBlock(label=_("Duration"), max_length=20, required=False, help_text=_("For example 4:30."))
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        description = _("An embedded or uploaded video with a poster; it loads only when played.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("url") and not value.get("file"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Give a video link or choose a video file."))}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    """A downloadable document such as a protocol or a checklist."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    description = blocks.CharBlock(label=_("Description"), max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_block.html"
        description = _("A file learners can download, shown with its type and size.")


class CalloutBlock(blocks.StructBlock):
    """A highlighted note: information, a warning or a clinical tip."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("tip", _("Clinical tip"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout_block.html"
        description = _("A highlighted box for key information, warnings or clinical tips.")


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"])


class AccordionBlock(blocks.StructBlock):
    """Frequently asked questions that open one at a time."""

    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion (FAQ)")
        template = "blocks/accordion_block.html"
        description = _("Questions and answers that expand when tapped.")


class KnowledgeCheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer option"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class KnowledgeCheckBlock(blocks.StructBlock):
    """One ungraded question with immediate feedback, to check understanding."""

    question = blocks.CharBlock(label=_("Question"), max_length=500)
    options = blocks.ListBlock(KnowledgeCheckOptionBlock(), label=_("Options"), min_num=2, max_num=6)
    explanation = blocks.RichTextBlock(
        label=_("Explanation"), features=["bold", "italic", "link"], help_text=_("Shown once the learner answers.")
    )

    class Meta:
        icon = "help"
        label = _("Knowledge check")
        template = "blocks/knowledge_check_block.html"
        description = _("An ungraded question; learners see right away whether they were right, and why.")

    def clean(self, value):
        value = super().clean(value)
        if not any(option["is_correct"] for option in value["options"]):
            raise blocks.StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one option as correct."))}
            )
        return value


class NumberCheckBlock(blocks.StructBlock):
    """One ungraded question answered with a number (a dose, a rate), checked at once against a number or range."""

    question = blocks.CharBlock(label=_("Question"), max_length=500)
    answer = blocks.CharBlock(
        label=_("Correct answer: a number or a range"),
        max_length=100,
        help_text=_(
            "For example 110, or 100–120 to accept any number from 100 to 120 (100-120 and 100 to 120 work too). "
            "A decimal comma works: 5,5."
        ),
    )
    unit = blocks.CharBlock(
        label=_("Unit shown to learners"), max_length=30, required=False, help_text=_("For example mg, ml/h, mmHg.")
    )
    explanation = blocks.RichTextBlock(
        label=_("Explanation"), features=["bold", "italic", "link"], help_text=_("Shown once the learner answers.")
    )

    class Meta:
        icon = "order"
        label = _("Knowledge check (number)")
        template = "blocks/number_check_block.html"
        description = _("An ungraded question answered with a number; a range or a tolerance is accepted.")

    def clean(self, value):
        value = super().clean(value)
        try:
            parse_numeric_key(value["answer"])
        except UnreadableKey as unreadable:
            raise blocks.StructBlockValidationError(
                block_errors={"answer": ValidationError(unreadable.message, code=unreadable.code)}
            ) from None
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        try:
            key = parse_numeric_key(value["answer"])
        except UnreadableKey:  # saved before the check existed: show no verdict rather than a wrong one
            return context
        context.update(low=format(key.low, "f"), high=format(key.high, "f"), key_shown=describe_key(key))
        return context


class LessonStreamBlock(blocks.StreamBlock):
    """Everything a lesson body may contain."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "superscript", "subscript"],
        template="blocks/paragraph_block.html",
        description=_("Formatted text with lists and links."),
    )
    heading = HeadingBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    accordion = AccordionBlock()
    table = TableBlock(
        label=_("Table"),
        icon="table",
        template="blocks/table_block.html",
        description=_("A table, e.g. dosages or a schedule; it scrolls sideways on phones."),
    )
    knowledge_check = KnowledgeCheckBlock()
    number_check = NumberCheckBlock()
