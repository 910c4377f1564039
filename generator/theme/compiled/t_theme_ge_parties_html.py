# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_parties.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_parties.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_g = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ge_parties.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_g = context.vars['g'] = environment.get_template('ge_macros.html', 'ge_parties.html').make_module(context.get_all(), True, {'g': l_0_g})
    context.exported_vars.discard('g')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_g = resolve('g')
    l_0_totals = resolve('totals')
    pass
    yield '<h1>Parties</h1>\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'declared_line'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'totals_table'), (undefined(name='totals') if l_0_totals is missing else l_0_totals), 'Every party standing: seats and votes', _block_vars=_block_vars))
    yield '\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&5=31&6=33'
