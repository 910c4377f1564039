# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/404.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '404.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', '404.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    pass
    if (not environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'rehearsal')):
        pass
        yield '<meta name="robots" content="noindex">'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_link = resolve('link')
    l_0_config = resolve('config')
    pass
    yield '<h1>Page not found</h1>\n<p class="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p>\n<ul>\n  <li><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/', _block_vars=_block_vars))
    yield '">Home page: '
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'election_name'))
    yield '</a></li>\n'
    def t_1(fiter):
        for l_1_item in fiter:
            if context.call(environment.getattr(environment.getattr(l_1_item, 'url'), 'startswith'), '/'):
                yield l_1_item
    for l_1_item in t_1(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'navigation')):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_item, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_item, 'title'))
        yield '</a></li>'
    l_1_item = missing
    yield '</ul>\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&7=41&8=45'
