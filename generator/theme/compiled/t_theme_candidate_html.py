# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/candidate.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'candidate.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'candidate.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'candidate.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_candidate = resolve('candidate')
    l_0_link = resolve('link')
    l_0_line = resolve('line')
    l_0_ballot = resolve('ballot')
    l_0_m = resolve('m')
    l_0_nominations = resolve('nominations')
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_3 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_5 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<article class="candidate-page" style="--cand: '
    yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'colour'))
    yield '">\n<h1>'
    yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'name'))
    yield '</h1>\n'
    if ((environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'role') or environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'seat')) or environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'status')):
        pass
        yield '<p class="lede">'
        if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'role'):
            pass
            yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'role'))
        if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'seat'):
            pass
            if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'role'):
                pass
                yield ' · '
            yield 'MP for '
            yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'seat'))
        if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'status'):
            pass
            if (environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'role') or environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'seat')):
                pass
                yield ' · '
            yield escape(t_1(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'status')))
        yield '</p>'
    if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'photo'):
        pass
        yield '<img class="photo" src="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), markup_join(('/static/', environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'photo'), )), _block_vars=_block_vars))
        yield '" alt="'
        yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'name'))
        yield '" width="160" height="200">'
        if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'photo_credit'):
            pass
            yield '<p class="note">Photo: '
            yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'photo_credit'))
            yield '</p>'
    if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'bio'):
        pass
        yield '<div class="prose">'
        yield escape(t_2(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'bio')))
        yield '</div>'
    if (undefined(name='line') if l_0_line is missing else l_0_line):
        pass
        yield '<h2>Result</h2>\n<p class="headline">'
        yield escape(t_5(environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'votes'), 'vote'))
        yield ', '
        yield escape(t_4(environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'share')))
        yield ' of the valid vote'
        if environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'elected'):
            pass
            yield ': <strong>elected</strong>'
        yield '.</p>\n'
        if environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'sections'):
            pass
            yield '<div class="table-scroll" role="region" aria-label="'
            yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'name'))
            yield ': votes by section (table)" tabindex="0">\n<table class="figures">\n  <caption>'
            yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'name'))
            yield ': votes by section</caption>\n  <thead><tr><th scope="col">Section</th><th scope="col" class="num">Votes</th><th scope="col" class="num">Share of section</th></tr></thead>\n  <tbody>'
            for l_1_s in environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'sections'):
                l_1_sl = missing
                _loop_vars = {}
                pass
                l_1_sl = context.call(environment.getattr(environment.getattr(l_1_s, 'tally'), 'line'), environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'id'), _loop_vars=_loop_vars)
                _loop_vars['sl'] = l_1_sl
                yield '<tr><th scope="row">'
                yield escape(environment.getattr(l_1_s, 'name'))
                yield '</th><td class="num">'
                yield escape(t_3(environment.getattr((undefined(name='sl') if l_1_sl is missing else l_1_sl), 'votes')))
                yield '</td><td class="num">'
                yield escape(t_4(environment.getattr((undefined(name='sl') if l_1_sl is missing else l_1_sl), 'share')))
                yield '</td></tr>'
            l_1_s = l_1_sl = missing
            yield '</tbody>\n</table>\n</div>\n'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'source'), _block_vars=_block_vars))
        yield '\n<p><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'url'), _block_vars=_block_vars))
        yield '">The full result</a></p>\n'
    if (undefined(name='nominations') if l_0_nominations is missing else l_0_nominations):
        pass
        yield '<h2>Nominations received</h2>\n'
    for (l_1_cat, l_1_count, l_1_items) in (undefined(name='nominations') if l_0_nominations is missing else l_0_nominations):
        _loop_vars = {}
        pass
        yield '<section class="nom-cat">\n  <h3><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_cat, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_cat, 'name'))
        yield '</a></h3>\n'
        if l_1_count:
            pass
            yield '  <p>'
            yield escape(t_3(environment.getattr(l_1_count, 'reported')))
            yield ' '
            if environment.getattr(l_1_cat, 'bodies'):
                pass
                yield 'of '
                yield escape(t_3(environment.getattr(l_1_cat, 'bodies')))
                yield ' ('
                yield escape(t_4(environment.getattr(l_1_count, 'share_of_bodies')))
                yield ')'
            yield ' reported; '
            yield escape(t_3(environment.getattr(l_1_count, 'itemised')))
            yield ' itemised here'
            if (environment.getattr(l_1_count, 'itemised') < environment.getattr(l_1_count, 'reported')):
                pass
                yield ' (a partial list)'
            yield '.</p>\n  '
            yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr(l_1_cat, 'source'), _loop_vars=_loop_vars))
            yield '\n'
        else:
            pass
            yield '<p>No nominations reported for '
            yield escape(environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'name'))
            yield ' in this category.</p>'
        if l_1_items:
            pass
            yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'nominations_list'), l_1_items, show_region=(not t_6(environment.getattr(environment.getitem(l_1_items, 0), 'region'))), caption=markup_join((environment.getattr(l_1_cat, 'name'), ': itemised nominations of ', environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'name'), )), _loop_vars=_loop_vars))
        yield '</section>\n'
    l_1_cat = l_1_count = l_1_items = missing
    if environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'links'):
        pass
        yield '<h2>Links</h2><ul>'
        for l_1_l in environment.getattr((undefined(name='candidate') if l_0_candidate is missing else l_0_candidate), 'links'):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(environment.getattr(l_1_l, 'url'))
            yield '">'
            yield escape(environment.getattr(l_1_l, 'title'))
            yield '</a></li>'
        l_1_l = missing
        yield '</ul>'
    yield '</article>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=71&5=73&6=75&7=95&8=107&9=112&11=115&12=123&13=126&15=128&17=130&21=145&22=147&24=149&27=152&29=156&30=160&31=163&32=179&33=184&34=186&37=191'
