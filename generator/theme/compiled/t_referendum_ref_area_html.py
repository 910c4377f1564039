# Made by `make templates` (generator/render/compile_theme.py) from kinds/referendum/templates/ref_area.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ref_area.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_r = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ref_area.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_r = context.vars['r'] = environment.get_template('ref_macros.html', 'ref_area.html').make_module(context.get_all(), True, {'r': l_0_r})
    context.exported_vars.discard('r')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_area = resolve('area')
    l_0_link = resolve('link')
    l_0_region = resolve('region')
    l_0_c = resolve('c')
    l_0_chart = resolve('chart')
    l_0_r = resolve('r')
    l_0_national = resolve('national')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
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
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'name'))
    yield '</h1>\n<p class="lede"><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'url'), _block_vars=_block_vars))
    yield '">'
    yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'region'))
    yield '</a>'
    if (environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'nation') and (environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'nation') != environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'region'))):
        pass
        yield ', '
        yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'nation'))
    yield '</p>\n<p class="status status-'
    yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'status'))
    yield '" id="status">'
    if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'declared'):
        pass
        yield 'Declared'
        if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'declared_at'):
            pass
            yield ' '
            yield escape(t_1(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'declared_at')))
        else:
            pass
            yield ' (the results give no declaration time)'
    elif (environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'status') == 'recount'):
        pass
        yield 'Recount under way'
    else:
        pass
        yield 'Awaiting declaration'
    yield '</p>\n'
    if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'declared'):
        pass
        l_0_c = environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'count')
        _block_vars['c'] = l_0_c
        yield '<p class="headline" id="result"><strong class="result-label">'
        yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'result'))
        yield '</strong>'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'leader'):
            pass
            yield ': '
            yield escape(t_5(environment.getattr(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'line'), environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'leader'), 'id'), _block_vars=_block_vars), 'votes'), 'vote'))
            yield ' ('
            yield escape(t_4(environment.getattr(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'line'), environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'leader'), 'id'), _block_vars=_block_vars), 'share')))
            yield '), a margin of '
            yield escape(t_5(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'margin'), 'vote'))
            yield ' ('
            yield escape(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'margin_share')))
            yield ').'
        else:
            pass
            yield ': the answers have the same number of votes.'
        yield '</p>\n'
        if (undefined(name='chart') if l_0_chart is missing else l_0_chart):
            pass
            yield '<figure>'
            yield escape((undefined(name='chart') if l_0_chart is missing else l_0_chart))
            yield '</figure>'
        yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'answers_table'), (undefined(name='c') if l_0_c is missing else l_0_c), 'Votes by answer', id='result-table', _block_vars=_block_vars))
        yield '\n'
        yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ballots_table'), (undefined(name='c') if l_0_c is missing else l_0_c), _block_vars=_block_vars))
        yield '\n<div class="table-scroll" role="region" aria-label="Compared with the national result (table)" tabindex="0">\n<table class="figures stack" id="versus-table" role="table">\n  <caption>Compared with the national result'
        if (not environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'decided')):
            pass
            yield ' so far'
        yield '</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Answer</th><th scope="col" class="num" role="columnheader">Here</th><th scope="col" class="num" role="columnheader">National</th><th scope="col" class="num" role="columnheader">Difference (points)</th></tr></thead>\n  <tbody role="rowgroup">\n'
        for l_1_v in environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'versus'):
            _loop_vars = {}
            pass
            yield '    <tr data-answer="'
            yield escape(environment.getattr(environment.getattr(environment.getattr(l_1_v, 'line'), 'answer'), 'id'))
            yield '" role="row"><th scope="row" role="rowheader">'
            yield escape(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'answer_name'), environment.getattr(environment.getattr(l_1_v, 'line'), 'answer'), _loop_vars=_loop_vars))
            yield '</th><td class="num" role="cell" data-label="Here">'
            yield escape(t_4(environment.getattr(environment.getattr(l_1_v, 'line'), 'share')))
            yield '</td><td class="num" role="cell" data-label="National">'
            yield escape(t_4(environment.getattr(l_1_v, 'national')))
            yield '</td><td class="num" role="cell" data-label="Difference (points)">'
            if t_6(environment.getattr(l_1_v, 'points')):
                pass
                yield '–'
            elif (environment.getattr(l_1_v, 'points') > 0):
                pass
                yield '+'
                yield escape(t_2('%.1f', environment.getattr(l_1_v, 'points')))
            elif (environment.getattr(l_1_v, 'points') < 0):
                pass
                yield '−'
                yield escape(t_2('%.1f', (-environment.getattr(l_1_v, 'points'))))
            else:
                pass
                yield '0.0'
            yield '</td></tr>\n'
        l_1_v = missing
        yield '  </tbody>\n</table>\n</div>\n'
    else:
        pass
        if (not t_6(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'electorate'))):
            pass
            yield '<p>Electorate: '
            yield escape(t_3(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'electorate')))
            yield '.</p>'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=72&5=74&6=83&7=102&8=104&9=107&10=124&11=129&12=131&15=133&18=137&19=141&25=168'
