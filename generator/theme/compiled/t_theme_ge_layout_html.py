# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_layout.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_layout.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'ge_layout.html')
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
    pass
    yield '<style>\n/* General election pages: what static/style.css does not cover (letter links, the A–Z list, the filter). */\n.letters ul { display: flex; flex-wrap: wrap; gap: .25rem .5rem; list-style: none; padding: 0; margin: 1rem 0; }\n.letters a { display: inline-block; min-width: 2rem; padding: .25rem; text-align: center; font-weight: bold; }\n.area-list { columns: 18rem auto; column-gap: 2rem; padding-left: 1.25rem; }\n.area-list li { break-inside: avoid; margin-bottom: .25rem; }\n.letter-group h2 { scroll-margin-top: 1rem; }\n.filter input { font: inherit; padding: .25rem .5rem; min-width: 14rem; }\n.pager ul { display: flex; flex-wrap: wrap; gap: .25rem .5rem; list-style: none; padding: 0; margin: 1rem 0; }\n.pager a { display: inline-block; min-width: 2rem; padding: .25rem .5rem; text-align: center; }\n.pager a[aria-current] { font-weight: bold; text-decoration: none; outline: 1px solid currentColor; }\n.letters .count { font-weight: normal; }\n</style>\n'

blocks = {'head': block_head}
debug_info = '1=12&2=17'
