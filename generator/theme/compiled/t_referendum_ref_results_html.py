# Made by `make templates` (generator/render/compile_theme.py) from kinds/referendum/templates/ref_results.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ref_results.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_r = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ref_results.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_r = context.vars['r'] = environment.get_template('ref_macros.html', 'ref_results.html').make_module(context.get_all(), True, {'r': l_0_r})
    context.exported_vars.discard('r')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_election = resolve('election')
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    pass
    yield '<h1>Biggest and closest results</h1>\n<p class="lede">Among the '
    yield escape(t_1(environment.getattr(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'count'), 'declared')))
    yield ' declared counting areas'
    if (not environment.getattr(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'count'), 'decided')):
        pass
        yield ' so far'
    yield '.</p>\n'
    for (l_1_answer, l_1_areas) in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'biggest'):
        _loop_vars = {}
        pass
        yield '<h2 id="biggest-'
        yield escape(environment.getattr(l_1_answer, 'id'))
        yield '">Largest shares for '
        yield escape(environment.getattr(l_1_answer, 'label'))
        yield '</h2>\n'
        if l_1_areas:
            pass
            yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'areas_table'), l_1_areas, markup_join(('Counting areas with the largest share for ', environment.getattr(l_1_answer, 'label'), )), environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'answers'), show_region=True, id=markup_join(('biggest-', environment.getattr(l_1_answer, 'id'), '-table', )), _loop_vars=_loop_vars))
            yield '\n'
        else:
            pass
            yield '<p>'
            yield escape(environment.getattr(l_1_answer, 'label'))
            yield ' has led in no declared area.</p>'
    l_1_answer = l_1_areas = missing
    yield '<h2 id="closest">Closest results</h2>\n'
    if environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'closest'):
        pass
        yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'areas_table'), environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'closest'), 'Counting areas with the smallest margin', environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'answers'), show_region=True, id='closest-table', _block_vars=_block_vars))
        yield '\n'
    else:
        pass
        yield '<p>No counting area has declared yet.</p>'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&5=37&6=43&7=47&8=51&9=58&12=62'
