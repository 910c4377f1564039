# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/category.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'category.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'category.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'category.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_category = resolve('category')
    l_0_chart = resolve('chart')
    l_0_m = resolve('m')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'name'))
    yield '</h1>\n'
    if environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'description'):
        pass
        yield '<div class="prose">'
        yield escape(t_2(environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'description')))
        yield '</div>'
    if environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'closed'):
        pass
        yield '<p>Nominations closed '
        yield escape(t_1(environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'closed')))
        yield '.</p>'
    yield '<h2>Reported totals</h2>\n<div class="side-by-side">\n  <figure>'
    yield escape((undefined(name='chart') if l_0_chart is missing else l_0_chart))
    yield '<figcaption>'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'source'), _block_vars=_block_vars))
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='chart') if l_0_chart is missing else l_0_chart), _block_vars=_block_vars))
    yield '</figcaption></figure>\n  '
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'category_table'), (undefined(name='category') if l_0_category is missing else l_0_category), _block_vars=_block_vars))
    yield '\n</div>\n<h2>Itemised nominations</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'coverage'), (undefined(name='category') if l_0_category is missing else l_0_category), _block_vars=_block_vars))
    yield '\n'
    if environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'itemised_note'):
        pass
        yield '<p class="note">'
        yield escape(environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'itemised_note'))
        yield '</p>'
    if environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'itemised'):
        pass
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'nominations_list'), environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'itemised'), show_region=(not t_3(environment.getattr(environment.getitem(environment.getattr((undefined(name='category') if l_0_category is missing else l_0_category), 'itemised'), 0), 'region'))), _block_vars=_block_vars))

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=50&5=52&6=57&9=63&10=68&13=70&14=72&15=77'
