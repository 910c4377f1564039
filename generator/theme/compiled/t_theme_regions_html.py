# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/regions.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'regions.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'regions.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'regions.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_chart = resolve('chart')
    l_0_m = resolve('m')
    l_0_election = resolve('election')
    try:
        t_1 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    pass
    yield '<h1>Nations and regions</h1>\n<p class="lede partial">These figures count only the itemised nominations, a part of the reported totals.</p>\n<figure>'
    yield escape((undefined(name='chart') if l_0_chart is missing else l_0_chart))
    yield '<figcaption>'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='chart') if l_0_chart is missing else l_0_chart), _block_vars=_block_vars))
    yield '</figcaption></figure>\n<div class="table-scroll" role="region" aria-label="Itemised nominations by nation and region (table)" tabindex="0">\n<table class="figures stack" role="table">\n  <caption>Itemised nominations by nation and region</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Nation / region</th>'
    for l_1_c in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'candidates'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="num" role="columnheader">'
        yield escape(environment.getattr(l_1_c, 'name'))
        yield '</th>'
    l_1_c = missing
    yield '<th scope="col" class="num" role="columnheader">No nomination</th></tr></thead>\n  <tbody role="rowgroup">'
    for l_1_r in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'regions'):
        l_1_link = resolve('link')
        _loop_vars = {}
        pass
        yield '<tr role="row"><th scope="row" role="rowheader"><a href="'
        yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_r, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_r, 'name'))
        yield '</a></th>'
        for (l_2_k, l_2_n) in environment.getattr(l_1_r, 'counts'):
            l_2_none_key = resolve('none_key')
            l_2_name_of = resolve('name_of')
            _loop_vars = {}
            pass
            yield '<td class="num" role="cell" data-label="'
            yield escape((context.call((undefined(name='name_of') if l_2_name_of is missing else l_2_name_of), l_2_k, _loop_vars=_loop_vars) if (l_2_k != (undefined(name='none_key') if l_2_none_key is missing else l_2_none_key)) else 'No nomination'))
            yield '">'
            yield escape(t_1(l_2_n))
            yield '</td>'
        l_2_k = l_2_n = l_2_none_key = l_2_name_of = missing
        yield '</tr>'
    l_1_r = l_1_link = missing
    yield '</tbody>\n</table>\n</div>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&6=38&10=42&11=50'
