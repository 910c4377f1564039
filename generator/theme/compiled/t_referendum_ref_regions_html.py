# Made by `make templates` (generator/render/compile_theme.py) from kinds/referendum/templates/ref_regions.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ref_regions.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('ge_layout.html', 'ref_regions.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_election = resolve('election')
    try:
        t_1 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_2 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    pass
    yield '<h1>Regions</h1>\n<div class="table-scroll" role="region" aria-label="Regions (table)" tabindex="0">\n<table class="figures stack" id="regions-table" role="table">\n  <caption>The result in each region</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Region</th><th scope="col" class="num" role="columnheader">Declared</th><th scope="col" role="columnheader">Most votes</th>'
    for l_1_a in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'answers'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="num" role="columnheader">'
        yield escape(environment.getattr(l_1_a, 'label'))
        yield '</th>'
    l_1_a = missing
    yield '<th scope="col" class="num" role="columnheader">Turnout</th></tr></thead>\n  <tbody role="rowgroup">\n'
    for l_1_g in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'regions'):
        l_1_link = resolve('link')
        _loop_vars = {}
        pass
        yield '    <tr role="row"><th scope="row" role="rowheader"><a href="'
        yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_g, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_g, 'name'))
        yield '</a></th><td class="num" role="cell" data-label="Declared">'
        yield escape(t_1(environment.getattr(environment.getattr(l_1_g, 'count'), 'declared')))
        yield ' of '
        yield escape(t_1(environment.getattr(environment.getattr(l_1_g, 'count'), 'areas')))
        yield '</td><td role="cell" class="wide" data-label="Most votes">'
        yield escape((environment.getattr(environment.getattr(environment.getattr(l_1_g, 'count'), 'leader'), 'label') if environment.getattr(environment.getattr(l_1_g, 'count'), 'leader') else '–'))
        yield '</td>'
        for l_2_l in environment.getattr(environment.getattr(l_1_g, 'count'), 'lines'):
            _loop_vars = {}
            pass
            yield '<td class="num" role="cell" data-label="'
            yield escape(environment.getattr(environment.getattr(l_2_l, 'answer'), 'label'))
            yield '">'
            if environment.getattr(environment.getattr(l_1_g, 'count'), 'valid'):
                pass
                yield escape(t_2(environment.getattr(l_2_l, 'share')))
            else:
                pass
                yield '–'
            yield '</td>'
        l_2_l = missing
        yield '<td class="num" role="cell" data-label="Turnout">'
        yield escape(t_2(environment.getattr(environment.getattr(l_1_g, 'count'), 'turnout')))
        yield '</td></tr>\n'
    l_1_g = l_1_link = missing
    yield '  </tbody>\n</table>\n</div>\n'

blocks = {'main': block_main}
debug_info = '1=12&2=17&7=39&9=47&10=52'
