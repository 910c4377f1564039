# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_region.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_region.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_g = l_0_m = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ge_region.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_g = context.vars['g'] = environment.get_template('ge_macros.html', 'ge_region.html').make_module(context.get_all(), True, {'g': l_0_g, 'm': l_0_m})
    context.exported_vars.discard('g')
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'ge_region.html').make_module(context.get_all(), True, {'g': l_0_g, 'm': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_region = resolve('region')
    l_0_pager = resolve('pager')
    l_0_g = resolve('g')
    l_0_totals = resolve('totals')
    l_0_seats_chart = resolve('seats_chart')
    l_0_m = resolve('m')
    l_0_summary = resolve('summary')
    l_0_votes_chart = resolve('votes_chart')
    l_0_areas = resolve('areas')
    try:
        t_1 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    pass
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'))
    yield '</h1>\n'
    if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') == 1):
        pass
        if (environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation') != environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name')):
            pass
            yield '<p class="lede">'
            yield escape(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation'))
            yield '</p>'
        yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'declared_line'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), _block_vars=_block_vars))
        yield '\n<figure>'
        yield escape((undefined(name='seats_chart') if l_0_seats_chart is missing else l_0_seats_chart))
        yield '<figcaption>'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='seats_chart') if l_0_seats_chart is missing else l_0_seats_chart), _block_vars=_block_vars))
        yield '</figcaption></figure>\n'
        yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'totals_table'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), markup_join((environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), ': seats and votes by party', )), summary=(undefined(name='summary') if l_0_summary is missing else l_0_summary), _block_vars=_block_vars))
        yield '\n'
        yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'changes'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), _block_vars=_block_vars))
        yield '\n'
        template = environment.get_template('ge_map.html', 'ge_region.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '<figure>'
        yield escape((undefined(name='votes_chart') if l_0_votes_chart is missing else l_0_votes_chart))
        yield '<figcaption>Share of the valid votes in the '
        yield escape(t_1(environment.getattr((undefined(name='totals') if l_0_totals is missing else l_0_totals), 'declared')))
        yield ' declared seats of '
        yield escape(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'))
        yield '.'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='votes_chart') if l_0_votes_chart is missing else l_0_votes_chart), _block_vars=_block_vars))
        yield '</figcaption></figure>\n<h2 id="areas">Constituencies</h2>\n'
    else:
        pass
        yield '<p class="lede" id="areas">Constituencies '
        yield escape(t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'first')))
        yield '–'
        yield escape(t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'last')))
        yield ' of '
        yield escape(t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'total')))
        yield '.</p>\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join((environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), ' constituencies', )), _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'areas_table'), (undefined(name='areas') if l_0_areas is missing else l_0_areas), markup_join(('Constituencies in ', environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), (markup_join((', ', t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'first')), '–', t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'last')), ' of ', t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'total')), )) if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count') > 1) else ''), )), _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join((environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), ' constituencies', )), end=True, _block_vars=_block_vars))
    yield '\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=22&5=46&6=48&7=50&8=55&9=57&10=61&11=63&12=65&13=72&16=83&18=89&19=91&20=93'
