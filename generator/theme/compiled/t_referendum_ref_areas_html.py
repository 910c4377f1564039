# Made by `make templates` (generator/render/compile_theme.py) from kinds/referendum/templates/ref_areas.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ref_areas.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('ge_layout.html', 'ref_areas.html')
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
    l_0_groups = resolve('groups')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_3 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<h1>Counting areas A–Z</h1>\n<p class="lede">'
    if (t_1(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'areas')) == 1):
        pass
        yield 'One counting area'
    else:
        pass
        yield 'All '
        yield escape(t_3(t_1(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'areas')), 'counting area'))
    yield '. Jump to a letter, or use your browser\'s find in page to search by name.</p>\n<nav class="letters" aria-label="Letters">\n  <ul>'
    for (l_1_letter, l_1_areas) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '<li><a href="#letter-'
        yield escape(l_1_letter)
        yield '">'
        yield escape(l_1_letter)
        yield '</a></li>'
    l_1_letter = l_1_areas = missing
    yield '</ul>\n</nav>\n'
    for (l_1_letter, l_1_areas) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '<section class="letter-group" id="letter-'
        yield escape(l_1_letter)
        yield '">\n  <h2>'
        yield escape(l_1_letter)
        yield '</h2>\n  <ul class="area-list">\n'
        for l_2_a in l_1_areas:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_a, 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_2_a, 'name'))
            yield '</a> <span class="note">'
            yield escape(environment.getattr(l_2_a, 'result'))
            if environment.getattr(environment.getattr(l_2_a, 'count'), 'leader'):
                pass
                yield ' '
                yield escape(t_2(environment.getattr(context.call(environment.getattr(environment.getattr(l_2_a, 'count'), 'line'), environment.getattr(environment.getattr(environment.getattr(l_2_a, 'count'), 'leader'), 'id'), _loop_vars=_loop_vars), 'share')))
            yield '</span></li>'
        l_2_a = l_2_link = missing
        yield '  </ul>\n</section>\n'
    l_1_letter = l_1_areas = missing

blocks = {'main': block_main}
debug_info = '1=12&2=17&4=46&6=54&8=64&9=68&10=70&12=72'
