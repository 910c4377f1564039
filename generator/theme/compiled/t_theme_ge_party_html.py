# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_party.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_party.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_g = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ge_party.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_g = context.vars['g'] = environment.get_template('ge_macros.html', 'ge_party.html').make_module(context.get_all(), True, {'g': l_0_g})
    context.exported_vars.discard('g')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_p = resolve('p')
    l_0_pager = resolve('pager')
    l_0_row = resolve('row')
    l_0_by_region = resolve('by_region')
    l_0_g = resolve('g')
    l_0_contested_rows = resolve('contested_rows')
    l_0_link = resolve('link')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    pass
    yield '<h1><span class="swatch" style="background: '
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'colour'))
    yield '"></span>'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
    yield '</h1>\n'
    if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') == 1):
        pass
        yield '<dl class="dates" id="party-figures">\n  <dt>Seats won</dt><dd id="party-seats">'
        yield escape(t_2(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'seats')))
        yield '</dd>\n  <dt>Gains and losses</dt><dd>+'
        yield escape(t_2(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'gains')))
        yield ' / −'
        yield escape(t_2(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'losses')))
        yield '</dd>\n  <dt>Votes</dt><dd id="party-votes">'
        yield escape(t_2(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'votes')))
        yield ' ('
        yield escape(t_3(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'share')))
        yield ')</dd>\n  <dt>Constituencies contested</dt><dd>'
        yield escape(t_2(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'candidates')))
        yield '</dd>\n</dl>\n'
        template = environment.get_template('ge_map.html', 'ge_party.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        if (t_1((undefined(name='by_region') if l_0_by_region is missing else l_0_by_region)) > 1):
            pass
            yield '<h2 id="regions">By nation and region</h2>\n<div class="table-scroll" role="region" aria-label="'
            yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
            yield ' by nation and region (table)" tabindex="0">\n<table class="figures stack" id="region-table" role="table">\n  <caption>'
            yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
            yield ': seats and votes by nation and region</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Nation or region</th><th scope="col" class="num" role="columnheader">Seats</th><th scope="col" class="num" role="columnheader">Votes</th><th scope="col" class="num" role="columnheader">Share</th><th scope="col" class="num" role="columnheader">Candidates</th></tr></thead>\n  <tbody role="rowgroup">\n'
            for (l_1_r, l_1_t) in (undefined(name='by_region') if l_0_by_region is missing else l_0_by_region):
                _loop_vars = {}
                pass
                yield '    <tr role="row"><th scope="row" role="rowheader"><a href="'
                yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_r, 'url'), _loop_vars=_loop_vars))
                yield '">'
                yield escape(environment.getattr(l_1_r, 'name'))
                yield '</a></th><td class="num" role="cell" data-label="Seats">'
                yield escape(t_2(environment.getattr(l_1_t, 'seats')))
                yield '</td><td class="num" role="cell" data-label="Votes">'
                yield escape(t_2(environment.getattr(l_1_t, 'votes')))
                yield '</td><td class="num" role="cell" data-label="Share">'
                yield escape(t_3(environment.getattr(l_1_t, 'share')))
                yield '</td><td class="num" role="cell" data-label="Candidates">'
                yield escape(t_2(environment.getattr(l_1_t, 'candidates')))
                yield '</td></tr>\n'
            l_1_r = l_1_t = missing
            yield '  </tbody>\n</table>\n</div>\n'
        yield '<h2 id="contested">Candidates</h2>\n'
    else:
        pass
        yield '<p class="lede" id="contested">Candidates '
        yield escape(t_2(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'first')))
        yield '–'
        yield escape(t_2(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'last')))
        yield ' of '
        yield escape(t_2(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'total')))
        yield ', by constituency.</p>\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join((environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'), ' candidates', )), _block_vars=_block_vars))
    yield '\n<div class="table-scroll" role="region" aria-label="'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
    yield ' candidates (table)" tabindex="0">\n<table class="figures list stack" id="contested-table" role="table">\n  <caption>'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
    yield ' candidates'
    if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count') > 1):
        pass
        yield ', '
        yield escape(t_2(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'first')))
        yield '–'
        yield escape(t_2(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'last')))
        yield ' of '
        yield escape(t_2(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'total')))
    yield '</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Constituency</th><th scope="col" role="columnheader">Candidate</th><th scope="col" class="num" role="columnheader">Votes</th><th scope="col" class="num" role="columnheader">Share</th><th scope="col" class="num" role="columnheader">Place</th></tr></thead>\n  <tbody role="rowgroup">'
    yield escape(context.call((undefined(name='contested_rows') if l_0_contested_rows is missing else l_0_contested_rows), (undefined(name='link') if l_0_link is missing else l_0_link), _block_vars=_block_vars))
    yield '\n  </tbody>\n</table>\n</div>\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join((environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'), ' candidates', )), end=True, _block_vars=_block_vars))
    yield '\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=54&5=58&7=61&8=63&9=67&10=71&12=73&13=79&15=82&17=84&20=86&21=90&29=108&31=114&32=116&34=118&39=129&43=131'
