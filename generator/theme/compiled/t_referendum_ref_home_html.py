# Made by `make templates` (generator/render/compile_theme.py) from kinds/referendum/templates/ref_home.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ref_home.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_r = l_0_m = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ref_home.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_r = context.vars['r'] = environment.get_template('ref_macros.html', 'ref_home.html').make_module(context.get_all(), True, {'m': l_0_m, 'r': l_0_r})
    context.exported_vars.discard('r')
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'ref_home.html').make_module(context.get_all(), True, {'m': l_0_m, 'r': l_0_r})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_election = resolve('election')
    l_0_r = resolve('r')
    l_0_count = resolve('count')
    l_0_chart = resolve('chart')
    l_0_m = resolve('m')
    l_0_latest = resolve('latest')
    l_0_link = resolve('link')
    l_0_updates = resolve('updates')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
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
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'election_name'))
    yield '</h1>\n<p class="lede" id="question">'
    yield escape(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'question'))
    yield '</p>\n<section class="card" aria-labelledby="result-h">\n  <h2 id="result-h">The result</h2>\n  '
    yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'declared_line'), (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
    yield '\n  '
    yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'outcome'), (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
    yield '\n  '
    yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'threshold'), (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
    yield '\n  <figure>'
    yield escape((undefined(name='chart') if l_0_chart is missing else l_0_chart))
    yield '<figcaption>Share of the valid votes in the '
    yield escape(t_2(environment.getattr((undefined(name='count') if l_0_count is missing else l_0_count), 'declared')))
    yield ' declared counting areas.'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='chart') if l_0_chart is missing else l_0_chart), _block_vars=_block_vars))
    yield '</figcaption></figure>\n  '
    yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'answers_table'), (undefined(name='count') if l_0_count is missing else l_0_count), 'Votes by answer', _block_vars=_block_vars))
    yield '\n  '
    yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ballots_table'), (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
    yield '\n</section>\n'
    template = environment.get_template('ge_map.html', 'ref_home.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<div class="grid">\n<section aria-labelledby="latest-h">\n  <h2 id="latest-h">Latest declarations</h2>\n'
    if (undefined(name='latest') if l_0_latest is missing else l_0_latest):
        pass
        yield '  <ol class="updates">\n'
        for l_1_a in (undefined(name='latest') if l_0_latest is missing else l_0_latest):
            _loop_vars = {}
            pass
            yield '<li><time datetime="'
            yield escape(context.call(environment.getattr(environment.getattr(l_1_a, 'declared_at'), 'isoformat'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(t_1(environment.getattr(l_1_a, 'declared_at')))
            yield '</time> <a href="'
            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_a, 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_a, 'name'))
            yield '</a>: '
            yield escape(environment.getattr(l_1_a, 'result'))
            yield '</li>'
        l_1_a = missing
        yield '  </ol>\n'
    if (not environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'timed')):
        pass
        yield '<p id="no-times">'
        if (undefined(name='latest') if l_0_latest is missing else l_0_latest):
            pass
            yield 'Some declared areas give no declaration time, so they are not listed here.'
        else:
            pass
            yield 'The results give no declaration times, so this site cannot say when, or in what order, the areas declared.'
        yield '</p>\n'
    elif (not (undefined(name='latest') if l_0_latest is missing else l_0_latest)):
        pass
        yield '<p>No counting area has declared yet.</p>'
    yield '  <p><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/areas/', _block_vars=_block_vars))
    yield '">All counting areas A–Z</a> · <a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/results/', _block_vars=_block_vars))
    yield '">Biggest and closest results</a></p>\n</section>\n<section aria-labelledby="regions-h">\n  <h2 id="regions-h">Regions</h2>\n  <ul>\n'
    for l_1_g in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'regions'):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_g, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_g, 'name'))
        yield '</a>: '
        if environment.getattr(environment.getattr(l_1_g, 'count'), 'leader'):
            pass
            yield escape(environment.getattr(environment.getattr(environment.getattr(l_1_g, 'count'), 'leader'), 'label'))
            yield ' '
            yield escape(t_3(environment.getattr(context.call(environment.getattr(environment.getattr(l_1_g, 'count'), 'line'), environment.getattr(environment.getattr(environment.getattr(l_1_g, 'count'), 'leader'), 'id'), _loop_vars=_loop_vars), 'share')))
        else:
            pass
            yield '–'
        yield ' ('
        yield escape(t_2(environment.getattr(environment.getattr(l_1_g, 'count'), 'declared')))
        yield ' of '
        yield escape(t_2(environment.getattr(environment.getattr(l_1_g, 'count'), 'areas')))
        yield ' declared)</li>'
    l_1_g = missing
    yield '  </ul>\n</section>\n</div>\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'latest_updates'), (undefined(name='updates') if l_0_updates is missing else l_0_updates), _block_vars=_block_vars))
    yield '\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=22&5=58&6=60&9=62&10=64&11=66&12=68&13=74&14=76&16=78&20=85&22=88&25=104&26=114&27=118&32=122&36=145'
