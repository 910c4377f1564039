# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/update.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'update.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'update.html')
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
    l_0_update = resolve('update')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '<article class="prose">\n<h1>'
    yield escape(environment.getattr((undefined(name='update') if l_0_update is missing else l_0_update), 'title'))
    yield '</h1>\n<p class="stamp"><time datetime="'
    yield escape(context.call(environment.getattr(environment.getattr((undefined(name='update') if l_0_update is missing else l_0_update), 'date'), 'isoformat'), _block_vars=_block_vars))
    yield '">'
    yield escape(t_1(environment.getattr((undefined(name='update') if l_0_update is missing else l_0_update), 'date')))
    yield '</time></p>\n'
    yield escape(t_2(environment.getattr((undefined(name='update') if l_0_update is missing else l_0_update), 'html')))
    yield '\n</article>\n'

blocks = {'main': block_main}
debug_info = '1=12&2=17&4=39&5=41&6=45'
