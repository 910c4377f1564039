# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_areas.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_areas.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_g = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ge_areas.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_g = context.vars['g'] = environment.get_template('ge_macros.html', 'ge_areas.html').make_module(context.get_all(), True, {'g': l_0_g})
    context.exported_vars.discard('g')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_letters = resolve('letters')
    l_0_election = resolve('election')
    l_0_groups = resolve('groups')
    l_0_pager = resolve('pager')
    l_0_g = resolve('g')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_3 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_4 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    if t_5((undefined(name='letters') if l_0_letters is missing else l_0_letters)):
        pass
        yield '<h1>Constituencies A–Z</h1>\n<p class="lede">'
        if (t_1(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'areas')) == 1):
            pass
            yield 'One constituency'
        else:
            pass
            yield 'All '
            yield escape(t_4(t_1(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'areas')), 'constituency'))
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
    else:
        pass
        yield '<h1>'
        if (undefined(name='pager') if l_0_pager is missing else l_0_pager):
            pass
            yield 'Constituencies: '
            yield escape(environment.getitem(environment.getitem((undefined(name='groups') if l_0_groups is missing else l_0_groups), 0), 0))
        else:
            pass
            yield 'Constituencies A–Z'
        yield '</h1>\n<p class="lede">'
        if (undefined(name='pager') if l_0_pager is missing else l_0_pager):
            pass
            yield escape(t_3(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'total')))
            yield ' of the '
            yield escape(t_3(t_1(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'areas'))))
            yield ' constituencies'
            if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count') > 1):
                pass
                yield '; '
                yield escape(t_3(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'first')))
                yield '–'
                yield escape(t_3(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'last')))
                yield ' on this page'
            yield '.'
        else:
            pass
            yield 'All '
            yield escape(t_4(t_1(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'areas')), 'constituency'))
            yield ', by the first letter of their name.'
        yield '</p>\n<nav class="letters" aria-label="Letters">\n  <ul>'
        for (l_1_letter, l_1_url, l_1_count) in (undefined(name='letters') if l_0_letters is missing else l_0_letters):
            l_1_link = resolve('link')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), l_1_url, _loop_vars=_loop_vars))
            yield '"'
            if ((undefined(name='pager') if l_0_pager is missing else l_0_pager) and (environment.getitem(environment.getitem((undefined(name='groups') if l_0_groups is missing else l_0_groups), 0), 0) == l_1_letter)):
                pass
                yield ' aria-current="page"'
            yield '>'
            yield escape(l_1_letter)
            if (not (undefined(name='pager') if l_0_pager is missing else l_0_pager)):
                pass
                yield ' <span class="count">('
                yield escape(t_3(l_1_count))
                yield ')</span>'
            yield '</a></li>'
        l_1_letter = l_1_url = l_1_count = l_1_link = missing
        yield '</ul>\n</nav>\n'
        yield escape((context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join(('constituencies under ', environment.getitem(environment.getitem((undefined(name='groups') if l_0_groups is missing else l_0_groups), 0), 0), )), _block_vars=_block_vars) if (undefined(name='pager') if l_0_pager is missing else l_0_pager) else ''))
        yield '\n'
    yield '<p class="filter" id="area-filter-box" hidden><label for="area-filter">Filter by name</label> <input type="search" id="area-filter" autocomplete="off"> <span id="area-filter-count" aria-live="polite"></span></p>\n'
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
            yield '<li data-name="'
            yield escape(t_2(environment.getattr(l_2_a, 'name')))
            yield '"><a href="'
            yield escape(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_a, 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_2_a, 'name'))
            yield '</a> <span class="note">'
            yield escape(environment.getattr(l_2_a, 'result'))
            yield '</span></li>'
        l_2_a = l_2_link = missing
        yield '  </ul>\n</section>\n'
    l_1_letter = l_1_areas = missing
    if (undefined(name='pager') if l_0_pager is missing else l_0_pager):
        pass
        yield escape(context.call(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'pager'), (undefined(name='pager') if l_0_pager is missing else l_0_pager), markup_join(('constituencies under ', environment.getitem(environment.getitem((undefined(name='groups') if l_0_groups is missing else l_0_groups), 0), 0), )), end=True, _block_vars=_block_vars))
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield '<script>\n(function () {\n  // An enhancement only: without JavaScript the full list and the letter links work as they are.\n  var box = document.getElementById("area-filter-box"), input = document.getElementById("area-filter");\n  var count = document.getElementById("area-filter-count");\n  var fold = function (s) { return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase(); };\n  var items = Array.prototype.slice.call(document.querySelectorAll(".area-list li"));\n  var groups = Array.prototype.slice.call(document.querySelectorAll(".letter-group"));\n  box.hidden = false;\n  input.addEventListener("input", function () {\n    var q = fold(input.value.trim()), shown = 0;\n    items.forEach(function (li) {\n      var hit = !q || fold(li.getAttribute("data-name")).indexOf(q) !== -1;\n      li.hidden = !hit;\n      if (hit) { shown += 1; }\n    });\n    groups.forEach(function (g) { g.hidden = !g.querySelector("li:not([hidden])"); });\n    count.textContent = q ? shown + " found" : "";\n  });\n}());\n</script>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=63&6=66&8=74&11=87&12=95&14=115&16=135&19=138&20=142&21=144&23=146&27=162&28=165'
