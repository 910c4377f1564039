# Made by `make templates` (generator/render/compile_theme.py) from kinds/referendum/templates/ref_region.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ref_region.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_r = l_0_g = l_0_m = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ref_region.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_r = context.vars['r'] = environment.get_template('ref_macros.html', 'ref_region.html').make_module(context.get_all(), True, {'g': l_0_g, 'm': l_0_m, 'r': l_0_r})
    context.exported_vars.discard('r')
    l_0_g = context.vars['g'] = environment.get_template('ge_macros.html', 'ref_region.html').make_module(context.get_all(), True, {'g': l_0_g, 'm': l_0_m, 'r': l_0_r})
    context.exported_vars.discard('g')
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'ref_region.html').make_module(context.get_all(), True, {'g': l_0_g, 'm': l_0_m, 'r': l_0_r})
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
    l_0_r = resolve('r')
    l_0_count = resolve('count')
    l_0_chart = resolve('chart')
    l_0_m = resolve('m')
    l_0_g = resolve('g')
    l_0_areas = resolve('areas')
    l_0_election = resolve('election')
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
        if (environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation') and (environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation') != environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'))):
            pass
            yield '<p class="lede">'
            yield escape(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation'))
            yield '</p>'
        yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'declared_line'), (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
        yield '\n'
        yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'outcome'), (undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), _block_vars=_block_vars))
        yield '\n<figure>'
        yield escape((undefined(name='chart') if l_0_chart is missing else l_0_chart))
        yield '<figcaption>Share of the valid votes in the '
        yield escape(t_1(environment.getattr((undefined(name='count') if l_0_count is missing else l_0_count), 'declared')))
        yield ' declared counting areas of '
        yield escape(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'))
        yield '.'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='chart') if l_0_chart is missing else l_0_chart), _block_vars=_block_vars))
        yield '</figcaption></figure>\n'
        yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'answers_table'), (undefined(name='count') if l_0_count is missing else l_0_count), markup_join((environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), ': votes by answer', )), _block_vars=_block_vars))
        yield '\n'
        yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ballots_table'), (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
        yield '\n'
        template = environment.get_template('ge_map.html', 'ref_region.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '<h2 id="areas">Counting areas</h2>\n'
    else:
        pass
        yield '<p class="lede" id="areas">Counting areas '
        yield escape(t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'first')))
        yield '–'
        yield escape(t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'last')))
        yield ' of '
        yield escape(t_1(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'total')))
        yield '.</p>\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join((environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), ' counting areas', )), _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'areas_table'), (undefined(name='areas') if l_0_areas is missing else l_0_areas), markup_join(('Counting areas in ', environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), )), environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'answers'), _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join((environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'), ' counting areas', )), end=True, _block_vars=_block_vars))
    yield '\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=20&5=24&6=48&7=50&8=52&9=57&10=59&11=61&12=69&13=71&14=73&17=83&19=89&20=91&21=93'
