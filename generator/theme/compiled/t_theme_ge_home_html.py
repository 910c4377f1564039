# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_home.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_home.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_g = l_0_m = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ge_home.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_g = context.vars['g'] = environment.get_template('ge_macros.html', 'ge_home.html').make_module(context.get_all(), True, {'g': l_0_g, 'm': l_0_m})
    context.exported_vars.discard('g')
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'ge_home.html').make_module(context.get_all(), True, {'g': l_0_g, 'm': l_0_m})
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
    l_0_g = resolve('g')
    l_0_totals = resolve('totals')
    l_0_party = resolve('party')
    l_0_seats_chart = resolve('seats_chart')
    l_0_m = resolve('m')
    l_0_summary = resolve('summary')
    l_0_votes_chart = resolve('votes_chart')
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
        t_2 = environment.filters['noun']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'noun' found.")
    try:
        t_3 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_5 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'election_name'))
    yield '</h1>\n<p class="lede">'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'description'))
    yield '</p>\n<section class="card" aria-labelledby="seats-h">\n  <h2 id="seats-h">Seats</h2>\n  <p class="headline" id="story"><strong>'
    yield escape(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'headline'))
    yield '.</strong></p>\n  '
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'declared_line'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), _block_vars=_block_vars))
    yield '\n  <p id="majority">'
    yield escape(t_5(environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'majority_needed'), 'seat'))
    yield ' '
    yield escape(t_2(environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'majority_needed'), 'is'))
    yield ' needed for a majority.'
    if environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'majority_party'):
        pass
        yield ' <strong>'
        yield escape(environment.getattr(context.call((undefined(name='party') if l_0_party is missing else l_0_party), environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'majority_party'), _block_vars=_block_vars), 'name'))
        yield '</strong> '
        yield escape(('has' if (environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'declared') == environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'seats')) else 'has already'))
        yield ' won a majority'
        if (not environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'awaiting')):
            pass
            yield ' of '
            yield escape(t_3(environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'majority')))
            yield ': its seats less all the others'
        yield '.'
    elif (environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'declared') == environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'seats')):
        pass
        yield ' No party has a majority.'
    yield ' The line on the seats chart marks the majority.</p>\n  <figure>'
    yield escape((undefined(name='seats_chart') if l_0_seats_chart is missing else l_0_seats_chart))
    yield '<figcaption>'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='seats_chart') if l_0_seats_chart is missing else l_0_seats_chart), _block_vars=_block_vars))
    yield '</figcaption></figure>\n  '
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'totals_table'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), 'Seats and votes by party', summary=(undefined(name='summary') if l_0_summary is missing else l_0_summary), _block_vars=_block_vars))
    yield '\n  '
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'changes'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), 'All seats', _block_vars=_block_vars))
    yield '\n</section>\n'
    template = environment.get_template('ge_map.html', 'ge_home.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<section class="card" aria-labelledby="votes-h">\n  <h2 id="votes-h">Votes</h2>\n  <figure>'
    yield escape((undefined(name='votes_chart') if l_0_votes_chart is missing else l_0_votes_chart))
    yield '<figcaption>Share of the valid votes in the '
    yield escape(t_3(environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'declared')))
    yield ' declared seats.'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='votes_chart') if l_0_votes_chart is missing else l_0_votes_chart), _block_vars=_block_vars))
    yield '</figcaption></figure>\n'
    if (not t_6(environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'turnout'))):
        pass
        yield '<p>Turnout in the declared seats: '
        yield escape(t_4(environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'turnout')))
        yield ' (valid votes over the electorate).</p>'
    yield '</section>\n<div class="grid">\n<section aria-labelledby="latest-h">\n  <h2 id="latest-h">Latest declarations</h2>\n'
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
    else:
        pass
        yield '<p>No seat has been declared yet.</p>'
    yield '  <p><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/areas/', _block_vars=_block_vars))
    yield '">All constituencies A–Z</a></p>\n</section>\n<section aria-labelledby="regions-h">\n  <h2 id="regions-h">Nations and regions</h2>\n  <ul>\n'
    for l_1_r in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'regions'):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_r, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_r, 'name'))
        yield '</a> ('
        yield escape(t_3(environment.getattr(environment.getattr(l_1_r, 'totals'), 'declared')))
        yield ' of '
        yield escape(t_3(environment.getattr(environment.getattr(l_1_r, 'totals'), 'seats')))
        yield ' declared)</li>'
    l_1_r = missing
    yield '  </ul>\n</section>\n</div>\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'latest_updates'), (undefined(name='updates') if l_0_updates is missing else l_0_updates), _block_vars=_block_vars))
    yield '\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=22&5=79&6=81&9=83&10=85&11=87&12=108&13=112&14=114&16=116&19=123&20=129&25=135&27=138&30=158&35=160&39=174'
