# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_regions.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_regions.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('ge_layout.html', 'ge_regions.html')
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
    pass
    yield '<h1>Nations and regions</h1>\n<div class="table-scroll" role="region" aria-label="Nations and regions (table)" tabindex="0">\n<table class="figures stack" id="regions-table" role="table">\n  <caption>Seats declared and largest party by nation and region</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Region</th><th scope="col" role="columnheader">Nation</th><th scope="col" class="num" role="columnheader">Seats</th><th scope="col" class="num" role="columnheader">Declared</th><th scope="col" role="columnheader">Most seats'
    if (environment.getattr(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'totals'), 'declared') < environment.getattr(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'totals'), 'seats')):
        pass
        yield ' so far'
    yield '</th></tr></thead>\n  <tbody role="rowgroup">\n'
    for l_1_r in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'regions'):
        l_1_link = resolve('link')
        l_1_top = missing
        _loop_vars = {}
        pass
        l_1_top = (environment.getitem(environment.getattr(environment.getattr(l_1_r, 'totals'), 'rows'), 0) if (environment.getattr(environment.getattr(l_1_r, 'totals'), 'rows') and environment.getattr(environment.getitem(environment.getattr(environment.getattr(l_1_r, 'totals'), 'rows'), 0), 'seats')) else None)
        _loop_vars['top'] = l_1_top
        yield '    <tr role="row"><th scope="row" role="rowheader"><a href="'
        yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_r, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_r, 'name'))
        yield '</a></th><td role="cell" data-label="Nation">'
        yield escape(environment.getattr(l_1_r, 'nation'))
        yield '</td><td class="num" role="cell" data-label="Seats">'
        yield escape(t_1(environment.getattr(environment.getattr(l_1_r, 'totals'), 'seats')))
        yield '</td><td class="num" role="cell" data-label="Declared">'
        yield escape(t_1(environment.getattr(environment.getattr(l_1_r, 'totals'), 'declared')))
        yield '</td><td role="cell" class="wide" data-label="Most seats'
        if (environment.getattr(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'totals'), 'declared') < environment.getattr(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'totals'), 'seats')):
            pass
            yield ' so far'
        yield '">'
        if (undefined(name='top') if l_1_top is missing else l_1_top):
            pass
            yield escape(environment.getattr(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'party'), 'name'))
            yield ' ('
            yield escape(t_1(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'seats')))
            yield ')'
        else:
            pass
            yield '–'
        yield '</td></tr>\n'
    l_1_r = l_1_top = l_1_link = missing
    yield '  </tbody>\n</table>\n</div>\n'

blocks = {'main': block_main}
debug_info = '1=12&2=17&7=33&9=37&10=42&11=45'
