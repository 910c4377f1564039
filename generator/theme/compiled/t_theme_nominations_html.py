# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/nominations.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'nominations.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'nominations.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'nominations.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_category_charts = resolve('category_charts')
    l_0_regions_chart = resolve('regions_chart')
    l_0_link = resolve('link')
    l_0_election = resolve('election')
    pass
    yield '<h1>Nominations</h1>\n<p class="lede">Nominations by category: the totals that were reported, and the nominations we can itemise from sources.</p>\n'
    for (l_1_cat, l_1_chart) in (undefined(name='category_charts') if l_0_category_charts is missing else l_0_category_charts):
        l_1_m = resolve('m')
        _loop_vars = {}
        pass
        yield '<section class="card" aria-labelledby="cat-'
        yield escape(environment.getattr(l_1_cat, 'id'))
        yield '">\n  <h2 id="cat-'
        yield escape(environment.getattr(l_1_cat, 'id'))
        yield '"><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_cat, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_cat, 'name'))
        yield '</a></h2>\n  <div class="side-by-side">\n    <figure>'
        yield escape(l_1_chart)
        yield '<figcaption>'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'source'), environment.getattr(l_1_cat, 'source'), _loop_vars=_loop_vars))
        yield escape(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'chart_tools'), l_1_chart, _loop_vars=_loop_vars))
        yield '</figcaption></figure>\n    '
        yield escape(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'category_table'), l_1_cat, _loop_vars=_loop_vars))
        yield '\n  </div>\n  '
        yield escape(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'coverage'), l_1_cat, _loop_vars=_loop_vars))
        yield '\n</section>\n'
    l_1_cat = l_1_chart = l_1_m = missing
    if (not (undefined(name='category_charts') if l_0_category_charts is missing else l_0_category_charts)):
        pass
        yield '<p>No nominations have been entered for this election.</p>'
    if (undefined(name='regions_chart') if l_0_regions_chart is missing else l_0_regions_chart):
        pass
        yield '<section aria-labelledby="regions-h">\n  <h2 id="regions-h">By nation and region</h2>\n  <p>Only itemised nominations can be placed in a nation or region. <a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/nominations/regions/', _block_vars=_block_vars))
        yield '">All nations and regions</a></p>\n  <ul class="inline">'
        for l_1_r in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'regions'):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_r, 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_r, 'name'))
            yield '</a></li>'
        l_1_r = missing
        yield '</ul>\n</section>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&6=33&7=38&8=40&10=46&11=51&13=53&16=56&17=59&20=62&21=64'
