# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_area.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_area.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_party_name = missing
    pass
    parent_template = environment.get_template('ge_layout.html', 'ge_area.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_p, l_1_label):
        t_1 = []
        l_1_link = resolve('link')
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_label is missing:
            l_1_label = None
        pass
        t_1.extend((
            '<span class="swatch" style="background: ',
            escape(environment.getattr(l_1_p, 'colour')),
            '"></span><a href="',
            escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_p, 'url'))),
            '">',
            escape(environment.getattr(l_1_p, 'name')),
            '</a>',
        ))
        if (l_1_label and (l_1_label != environment.getattr(l_1_p, 'name'))):
            pass
            t_1.extend((
                ' <span class="note">(',
                escape(l_1_label),
                ')</span>',
            ))
        return concat(t_1)
    context.exported_vars.add('party_name')
    context.vars['party_name'] = l_0_party_name = Macro(environment, macro, 'party_name', ('p', 'label'), False, False, False, context.eval_ctx.autoescape)
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
    l_0_party = resolve('party')
    l_0_chart = resolve('chart')
    l_0_party_name = resolve('party_name')
    l_0_compared = resolve('compared')
    try:
        t_2 = environment.filters['change']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'change' found.")
    try:
        t_3 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_4 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_5 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_6 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'name'))
    yield '</h1>\n<p class="lede"><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'url'), _block_vars=_block_vars))
    yield '">'
    yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'region'))
    yield '</a>'
    if (environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'nation') != environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'region')):
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
            yield escape(t_3(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'declared_at')))
    elif (environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'status') == 'recount'):
        pass
        yield 'Recount under way'
    else:
        pass
        yield 'Awaiting declaration'
    yield '</p>\n'
    if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'declared'):
        pass
        yield '<p class="headline" id="result"><strong class="result-label">'
        yield escape(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'result'))
        yield '</strong>'
        if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'winner'):
            pass
            yield ': '
            yield escape(environment.getattr(environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'winner'), 'candidate'), 'name'))
            yield ' ('
            yield escape(environment.getattr(context.call((undefined(name='party') if l_0_party is missing else l_0_party), environment.getattr(environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'winner'), 'candidate'), 'party'), _block_vars=_block_vars), 'name'))
            yield ') elected with '
            yield escape(t_6(environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'winner'), 'votes'), 'vote'))
            yield ' ('
            yield escape(t_5(environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'winner'), 'share')))
            yield '), a majority of '
            yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'majority')))
            yield ' ('
            yield escape(t_5(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'majority_share')))
            yield ')'
            if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'):
                pass
                yield '; last time '
                yield escape(t_4(environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'), 'majority')))
                yield ' → '
                yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'majority')))
            yield '.'
        else:
            pass
            yield ': the leading candidates have the same number of votes.'
        yield '</p>\n<figure>'
        yield escape((undefined(name='chart') if l_0_chart is missing else l_0_chart))
        yield '</figure>\n<div class="table-scroll" role="region" aria-label="Votes by candidate (table)" tabindex="0">\n<table class="figures stack" id="result-table" role="table">\n  <caption>Votes by candidate</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Candidate</th><th scope="col" role="columnheader">Party</th><th scope="col" class="num" role="columnheader">Votes</th><th scope="col" class="num" role="columnheader">Share</th>'
        if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'):
            pass
            yield '<th scope="col" class="num" role="columnheader">Change <span class="note">(points)</span></th>'
        yield '</tr></thead>\n  <tbody role="rowgroup">\n'
        for l_1_s in environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'standings'):
            l_1_moved = resolve('moved')
            l_1_p = missing
            _loop_vars = {}
            pass
            yield '    <tr'
            if environment.getattr(l_1_s, 'elected'):
                pass
                yield ' class="elected"'
            yield ' role="row"><th scope="row" role="rowheader">'
            yield escape(environment.getattr(environment.getattr(l_1_s, 'candidate'), 'name'))
            if environment.getattr(l_1_s, 'elected'):
                pass
                yield ' <strong class="badge">Elected</strong>'
            yield '</th>'
            l_1_p = context.call((undefined(name='party') if l_0_party is missing else l_0_party), environment.getattr(environment.getattr(l_1_s, 'candidate'), 'party'), _loop_vars=_loop_vars)
            _loop_vars['p'] = l_1_p
            yield '<td role="cell" class="wide" data-label="Party"><span class="swatch" style="background: '
            yield escape(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'colour'))
            yield '"></span><a href="'
            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'name'))
            yield '</a>'
            if (environment.getattr(environment.getattr(l_1_s, 'candidate'), 'label') and (environment.getattr(environment.getattr(l_1_s, 'candidate'), 'label') != environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'name'))):
                pass
                yield ' <span class="note">('
                yield escape(environment.getattr(environment.getattr(l_1_s, 'candidate'), 'label'))
                yield ')</span>'
            yield '</td><td class="num" role="cell" data-label="Votes">'
            yield escape(t_4(environment.getattr(l_1_s, 'votes')))
            yield '</td><td class="num" role="cell" data-label="Share">'
            yield escape(t_5(environment.getattr(l_1_s, 'share')))
            yield '</td>'
            if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'):
                pass
                l_1_moved = context.call(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'change_of'), environment.getattr(environment.getattr(l_1_s, 'candidate'), 'party'), _loop_vars=_loop_vars)
                _loop_vars['moved'] = l_1_moved
                yield '<td class="num" role="cell" data-label="Change">'
                if t_7((undefined(name='moved') if l_1_moved is missing else l_1_moved)):
                    pass
                    yield 'new'
                else:
                    pass
                    yield escape(t_2((undefined(name='moved') if l_1_moved is missing else l_1_moved)))
                yield '</td>'
            yield '</tr>\n'
        l_1_s = l_1_p = l_1_moved = missing
        yield '  </tbody>\n  <tfoot role="rowgroup"><tr role="row"><th scope="row" colspan="2" role="rowheader">Total valid votes</th><td class="num" role="cell" data-label="Votes">'
        yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'valid_votes')))
        yield '</td><td class="num" role="cell" data-label="Share">'
        yield escape(t_5(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'share')))
        yield '</td>'
        if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'):
            pass
            yield '<td class="num" role="cell"></td>'
        yield '</tr></tfoot>\n</table>\n</div>\n<table class="figures" id="turnout-table">\n  <caption>Ballots and turnout</caption>\n  <tbody>\n'
        if (not t_7(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'electorate'))):
            pass
            yield '<tr><th scope="row">Electorate</th><td class="num">'
            yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'electorate')))
            yield '</td></tr>'
        yield '  <tr><th scope="row">Valid votes</th><td class="num">'
        yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'valid_votes')))
        yield '</td></tr>\n'
        if (not t_7(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'invalid_votes'))):
            pass
            yield '<tr><th scope="row">Rejected ballots</th><td class="num">'
            yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'invalid_votes')))
            yield '</td></tr>'
        yield '  <tr><th scope="row">Majority</th><td class="num">'
        yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'majority')))
        yield '</td></tr>\n'
        if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'):
            pass
            yield '<tr><th scope="row">Majority last time</th><td class="num">'
            yield escape(t_4(environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'), 'majority')))
            yield '</td></tr>'
        if (not t_7(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'turnout'))):
            pass
            yield '<tr><th scope="row">Turnout (valid votes over electorate)</th><td class="num">'
            yield escape(t_5(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'turnout')))
            yield '</td></tr>'
        if (not t_7(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'turnout_change'))):
            pass
            yield '<tr><th scope="row">Turnout last time</th><td class="num">'
            yield escape(t_5(environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'), 'turnout')))
            yield '</td></tr>\n  <tr><th scope="row">Change in turnout</th><td class="num">'
            yield escape(t_2(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'turnout_change')))
            yield ' points</td></tr>'
        yield '  </tbody>\n</table>\n'
    else:
        pass
        if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'candidates'):
            pass
            yield '<table class="figures" id="candidates-table">\n  <caption>Candidates standing</caption>\n  <thead><tr><th scope="col">Candidate</th><th scope="col">Party</th></tr></thead>\n  <tbody>\n'
            for l_1_c in environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'candidates'):
                _loop_vars = {}
                pass
                yield '<tr><th scope="row">'
                yield escape(environment.getattr(l_1_c, 'name'))
                yield '</th><td>'
                yield escape(context.call((undefined(name='party_name') if l_0_party_name is missing else l_0_party_name), context.call((undefined(name='party') if l_0_party is missing else l_0_party), environment.getattr(l_1_c, 'party'), _loop_vars=_loop_vars), environment.getattr(l_1_c, 'label'), _loop_vars=_loop_vars))
                yield '</td></tr>'
            l_1_c = missing
            yield '  </tbody>\n</table>\n'
        if (not t_7(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'electorate'))):
            pass
            yield '<p>Electorate: '
            yield escape(t_4(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'electorate')))
            yield '.</p>'
    if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'previous_party'):
        pass
        yield '<p id="previous">Held before this election by '
        yield escape(context.call((undefined(name='party_name') if l_0_party_name is missing else l_0_party_name), context.call((undefined(name='party') if l_0_party is missing else l_0_party), environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'previous_party'), _block_vars=_block_vars), _block_vars=_block_vars))
        if ((environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline') and (not environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'previous_from_baseline'))) and (environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'), 'winner') != environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'previous_party'))):
            pass
            yield ' (won by '
            yield escape((environment.getattr(context.call((undefined(name='party') if l_0_party is missing else l_0_party), environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'), 'winner'), _block_vars=_block_vars), 'name') if environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'), 'winner') else 'no party'))
            yield ' at the previous general election, which the changes compare with)'
        yield '.</p>'
    if environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'):
        pass
        yield '<p id="compared">Changes are since the previous general election'
        if environment.getattr(environment.getattr((undefined(name='area') if l_0_area is missing else l_0_area), 'baseline'), 'notional'):
            pass
            yield ', against a <strong>notional</strong> result on these boundaries'
        yield '.</p>'
    elif (undefined(name='compared') if l_0_compared is missing else l_0_compared):
        pass
        yield '<p id="compared"><strong>New seat</strong>: there is no previous result on these boundaries to compare with.</p>'

blocks = {'main': block_main}
debug_info = '1=13&5=16&6=26&8=45&9=97&10=99&11=108&12=124&13=127&14=155&18=157&20=161&21=167&24=210&30=218&31=224&32=226&33=232&34=234&35=239&36=244&37=249&41=254&46=257&50=267&52=272&53=282'
