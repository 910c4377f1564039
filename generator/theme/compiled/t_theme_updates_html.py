# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/updates.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'updates.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'updates.html')
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
    l_0_updates = resolve('updates')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    pass
    yield '<h1>Updates</h1>\n'
    if (undefined(name='updates') if l_0_updates is missing else l_0_updates):
        pass
        yield '<ol class="updates">\n'
        for l_1_u in (undefined(name='updates') if l_0_updates is missing else l_0_updates):
            l_1_link = resolve('link')
            _loop_vars = {}
            pass
            yield '  <li><time datetime="'
            yield escape(context.call(environment.getattr(environment.getattr(l_1_u, 'date'), 'isoformat'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(t_1(environment.getattr(l_1_u, 'date')))
            yield '</time> <a href="'
            yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_u, 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_u, 'title'))
            yield '</a>'
            if environment.getattr(l_1_u, 'summary'):
                pass
                yield '<p>'
                yield escape(environment.getattr(l_1_u, 'summary'))
                yield '</p>'
            yield '</li>\n'
        l_1_u = l_1_link = missing
        yield '</ol>\n'
    else:
        pass
        yield '<p>No updates have been published.</p>'

blocks = {'main': block_main}
debug_info = '1=12&2=17&4=33&6=36&7=41'
