"""{% fragment %}: Django's {% cache %} tag, keyed also on the active language and the deployed templates.

    {% load fragments %}
    {% fragment 600 proposal-filters fixed_field filter_form.data.q %}…{% endfragment %}

The variables after the name must name everything the fragment shows that may change (core/fragments.py).
A timeout of 0 renders the fragment without the cache (e.g. a draft that is only previewed).
"""

from django import template
from django.templatetags.cache import CacheNode
from django.utils.translation import get_language

from core.cache_generations import SITE
from core.fragments import fragments_on, request_generations, templates_version

register = template.Library()


class FragmentNode(CacheNode):
    def render(self, context):
        if not fragments_on() or str(self.expire_time_var.resolve(context)) == "0":
            return self.nodelist.render(context)
        with context.push(fragment_language=get_language() or "", fragment_templates=templates_version()):
            return super().render(context)


@register.tag("fragment")
def do_fragment(parser, token):
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) < 3:
        raise template.TemplateSyntaxError(f"{tokens[0]!r} needs a timeout and a name")
    vary_on = [parser.compile_filter(name) for name in ("fragment_language", "fragment_templates", *tokens[3:])]
    return FragmentNode(nodelist, parser.compile_filter(tokens[1]), tokens[2], vary_on, None)


@register.simple_tag
def site_generation() -> int:
    """The site's generation (bumped when a page is published or a proposal saved), to key a fragment on it."""
    return request_generations(SITE)
