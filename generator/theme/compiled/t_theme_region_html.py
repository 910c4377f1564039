# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/region.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'region.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'region.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'region.html').make_module(context.get_all(), True, {'m': l_0_m})
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
    l_0_chart = resolve('chart')
    l_0_m = resolve('m')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'))
    yield '</h1>\n'
    if (environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation') and (environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation') != environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'))):
        pass
        yield '<p class="lede">'
        yield escape(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nation'))
        yield '</p>'
    yield '<p class="partial">'
    yield escape(t_2(t_1(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nominations')), 'itemised nomination'))
    yield ': these are only the nominations found in sources, a part of the reported totals.</p>\n<figure>'
    yield escape((undefined(name='chart') if l_0_chart is missing else l_0_chart))
    yield '<figcaption>'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='chart') if l_0_chart is missing else l_0_chart), _block_vars=_block_vars))
    yield '</figcaption></figure>\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'nominations_list'), environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'nominations'), show_region=False, _block_vars=_block_vars))
    yield '\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=44&5=46&6=52&7=54&8=58'
