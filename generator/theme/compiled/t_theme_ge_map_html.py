# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_map.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_map.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_hexmap = resolve('hexmap')
    l_0_link = resolve('link')
    pass
    if (undefined(name='hexmap') if l_0_hexmap is missing else l_0_hexmap):
        pass
        yield '<section class="card hexmap-card" aria-labelledby="map-h">\n  <h2 id="map-h">Map</h2>\n  <figure class="hexmap-figure">'
        yield escape(context.call(environment.getattr((undefined(name='hexmap') if l_0_hexmap is missing else l_0_hexmap), 'render'), (undefined(name='link') if l_0_link is missing else l_0_link)))
        yield '<figcaption>'
        yield escape(environment.getattr((undefined(name='hexmap') if l_0_hexmap is missing else l_0_hexmap), 'caption'))
        yield '<span class="hexmap-embed"> <a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='hexmap') if l_0_hexmap is missing else l_0_hexmap), 'embed_url')))
        yield '">Embed this map</a>.</span></figcaption></figure>\n</section>\n'

blocks = {}
debug_info = '2=13&5=16'
