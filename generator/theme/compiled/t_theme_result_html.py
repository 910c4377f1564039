# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/result.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'result.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'result.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'result.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_ballot = resolve('ballot')
    l_0_election = resolve('election')
    l_0_result_chart = resolve('result_chart')
    l_0_m = resolve('m')
    l_0_sections_chart = resolve('sections_chart')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
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
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'title'))
    yield '</h1>\n<p class="status status-'
    yield escape(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'status'))
    yield '">'
    if (environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'status') == 'declared'):
        pass
        yield 'Declared '
        yield escape(t_1(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'declared_at')))
        if environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'place'):
            pass
            yield ', '
            yield escape(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'place'))
    elif (environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'status') == 'provisional'):
        pass
        yield 'Provisional result'
    else:
        pass
        yield 'Awaiting the result'
    yield '</p>\n'
    if (environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'winner') and (environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'status') == 'declared')):
        pass
        yield '<p class="headline"><strong>'
        yield escape(environment.getattr(context.call(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'candidate'), environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'winner'), _block_vars=_block_vars), 'name'))
        yield '</strong> elected with '
        yield escape(t_4(environment.getattr(context.call(environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'line'), environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'winner'), _block_vars=_block_vars), 'votes'), 'vote'))
        yield ' ('
        yield escape(t_3(environment.getattr(context.call(environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'line'), environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'winner'), _block_vars=_block_vars), 'share')))
        yield '), a majority of '
        yield escape(t_2(environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'majority')))
        yield '.</p>\n'
    elif environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'tied'):
        pass
        yield '<p class="headline">Tie: '
        l_1_loop = missing
        for l_1_k, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'tied'), undefined):
            l_1_name_of = resolve('name_of')
            _loop_vars = {}
            pass
            yield escape(context.call((undefined(name='name_of') if l_1_name_of is missing else l_1_name_of), l_1_k, _loop_vars=_loop_vars))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ' and '
        l_1_loop = l_1_k = l_1_name_of = missing
        yield ' have the same number of votes.</p>'
    yield '<figure>'
    yield escape((undefined(name='result_chart') if l_0_result_chart is missing else l_0_result_chart))
    yield '<figcaption>'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'source'), _block_vars=_block_vars))
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='result_chart') if l_0_result_chart is missing else l_0_result_chart), _block_vars=_block_vars))
    yield '</figcaption></figure>\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'result_table'), (undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'Votes by candidate', _block_vars=_block_vars))
    yield '\n'
    if (undefined(name='sections_chart') if l_0_sections_chart is missing else l_0_sections_chart):
        pass
        yield '<h2 id="by-section">Votes by section</h2>\n<figure>'
        yield escape((undefined(name='sections_chart') if l_0_sections_chart is missing else l_0_sections_chart))
        yield '<figcaption>'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'source'), _block_vars=_block_vars))
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='sections_chart') if l_0_sections_chart is missing else l_0_sections_chart), _block_vars=_block_vars))
        yield '</figcaption></figure>\n'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'sections_table'), (undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), _block_vars=_block_vars))
        yield '\n'
    yield '<h2 id="turnout">Ballots and turnout</h2>\n<div class="table-scroll" role="region" aria-label="Ballots (table)" tabindex="0">\n<table class="figures">\n  <caption>Ballots</caption>\n  <tbody>\n'
    if (not t_5(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'ballots_issued'))):
        pass
        yield '<tr><th scope="row">Ballots issued (eligible voters)</th><td class="num">'
        yield escape(t_2(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'ballots_issued')))
        yield '</td></tr>'
    yield '  <tr><th scope="row">Valid votes</th><td class="num">'
    yield escape(t_2(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'valid_votes')))
    yield '</td></tr>\n'
    if (not t_5(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'spoilt_ballots'))):
        pass
        yield '<tr><th scope="row">Spoilt ballots</th><td class="num">'
        yield escape(t_2(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'spoilt_ballots')))
        yield '</td></tr>'
    if (not t_5(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'turnout'))):
        pass
        yield '<tr><th scope="row">Turnout (valid and spoilt over issued)</th><td class="num">'
        yield escape(t_3(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'turnout')))
        yield '</td></tr>'
    yield '  </tbody>\n</table>\n</div>\n'
    if environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'sections'):
        pass
        yield '<div class="table-scroll" role="region" aria-label="Estimated size of each section when ballots were sent out (table)" tabindex="0">\n<table class="figures">\n  <caption>Estimated size of each section when ballots were sent out</caption>\n  <thead><tr><th scope="col">Section</th><th scope="col" class="num">Estimated eligible</th><th scope="col" class="num">Votes cast</th></tr></thead>\n  <tbody>\n'
        for l_1_s in environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'sections'):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.getattr(l_1_s, 'name'))
            yield '</th><td class="num">'
            yield escape(t_2(environment.getattr(l_1_s, 'eligible_estimate')))
            yield '</td><td class="num">'
            yield escape(t_2(environment.getattr(environment.getattr(l_1_s, 'tally'), 'total')))
            yield '</td></tr>'
        l_1_s = missing
        yield '  </tbody>\n</table>\n</div>\n'
        if environment.getattr(environment.getitem(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'sections'), 0), 'eligible_note'):
            pass
            yield '<p class="note">'
            yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'sections'), 0), 'eligible_note'))
            yield '</p>'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'source'), _block_vars=_block_vars))
    yield '\n'
    if environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'note'):
        pass
        yield '<p class="note">'
        yield escape(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'note'))
        yield '</p>'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=64&5=66&6=83&7=86&8=94&9=109&10=114&11=116&13=119&14=124&21=127&22=133&23=135&24=140&28=146&34=149&38=161&40=166&41=168'
