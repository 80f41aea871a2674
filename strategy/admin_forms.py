"""The strategy page's editor form. Its figures are read-only on screen; on save they are taken from the synthesis
run again, so a figure typed in by hand (or sent by a crafted request) never reaches a page."""

from wagtail.admin.forms import WagtailAdminPageForm

from .figures import figures_restore


class StrategyPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        body = cleaned_data.get("body")
        if body is not None:
            stream_block = body.stream_block
            raw = figures_restore(stream_block.get_prep_value(body), self.instance.run_body())
            cleaned_data["body"] = stream_block.to_python(raw)
        return cleaned_data
