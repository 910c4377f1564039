# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/candidates.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'candidates.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'candidates.html')
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
    l_0_election = resolve('election')
    try:
        t_1 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_2 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<h1>Candidates</h1>\n<ul class="cards">\n'
    for l_1_c in environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'candidates'):
        l_1_link = resolve('link')
        l_1_ballot = resolve('ballot')
        l_1_l = resolve('l')
        _loop_vars = {}
        pass
        yield '  <li class="card candidate" style="border-top-color: '
        yield escape(environment.getattr(l_1_c, 'colour'))
        yield '">\n    <h2><a href="'
        yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_c, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_c, 'name'))
        yield '</a></h2>\n    <p>'
        if environment.getattr(l_1_c, 'role'):
            pass
            yield escape(environment.getattr(l_1_c, 'role'))
        if environment.getattr(l_1_c, 'seat'):
            pass
            if environment.getattr(l_1_c, 'role'):
                pass
                yield ', '
            yield 'MP for '
            yield escape(environment.getattr(l_1_c, 'seat'))
        yield '</p>\n'
        if (undefined(name='ballot') if l_1_ballot is missing else l_1_ballot):
            pass
            l_1_l = context.call(environment.getattr(environment.getattr((undefined(name='ballot') if l_1_ballot is missing else l_1_ballot), 'tally'), 'line'), environment.getattr(l_1_c, 'id'), _loop_vars=_loop_vars)
            _loop_vars['l'] = l_1_l
            yield '<p class="big">'
            yield escape(t_2(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'votes'), 'vote'))
            yield ' ('
            yield escape(t_1(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'share')))
            yield ')'
            if environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'elected'):
                pass
                yield ' <strong class="badge">Elected</strong>'
            yield '</p>'
        yield '  </li>\n'
    l_1_c = l_1_link = l_1_ballot = l_1_l = missing
    yield '</ul>\n'

blocks = {'main': block_main}
debug_info = '1=12&2=17&5=39&6=46&7=48&8=52&9=63'
