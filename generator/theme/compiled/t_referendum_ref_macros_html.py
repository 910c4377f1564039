# Made by `make templates` (generator/render/compile_theme.py) from kinds/referendum/templates/ref_macros.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ref_macros.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_answer_name = l_0_declared_line = l_0_outcome = l_0_answers_table = l_0_ballots_table = l_0_threshold = l_0_areas_table = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['noun']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'noun' found.")
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
    def macro(l_1_a):
        t_7 = []
        if l_1_a is missing:
            l_1_a = undefined("parameter 'a' was not provided", name='a')
        pass
        t_7.extend((
            '<span class="swatch" style="background: ',
            escape(environment.getattr(l_1_a, 'colour')),
            '"></span>',
            escape(environment.getattr(l_1_a, 'label')),
        ))
        return concat(t_7)
    context.exported_vars.add('answer_name')
    context.vars['answer_name'] = l_0_answer_name = Macro(environment, macro, 'answer_name', ('a',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c):
        t_8 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        t_8.extend((
            '<p class="headline" id="declared"><strong>',
            escape(t_3(environment.getattr(l_1_c, 'declared'))),
            ' of ',
            escape(t_3(environment.getattr(l_1_c, 'areas'))),
            '</strong> counting ',
            escape(t_2(environment.getattr(l_1_c, 'areas'), 'area')),
            ' declared',
        ))
        if environment.getattr(l_1_c, 'awaiting'):
            pass
            t_8.extend((
                '; ',
                escape(t_3(environment.getattr(l_1_c, 'awaiting'))),
                ' awaiting declaration',
            ))
            if environment.getattr(l_1_c, 'recounts'):
                pass
                t_8.extend((
                    ' (',
                    escape(t_3(environment.getattr(l_1_c, 'recounts'))),
                    ' at a recount)',
                ))
        t_8.append(
            '.</p>',
        )
        return concat(t_8)
    context.exported_vars.add('declared_line')
    context.vars['declared_line'] = l_0_declared_line = Macro(environment, macro, 'declared_line', ('c',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c, l_1_where):
        t_9 = []
        l_1_top = resolve('top')
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_where is missing:
            l_1_where = ''
        pass
        t_9.append(
            '<p class="headline" id="outcome">',
        )
        if (not environment.getattr(l_1_c, 'declared')):
            pass
            t_9.append(
                'No counting area has declared yet',
            )
            if l_1_where:
                pass
                t_9.extend((
                    ' in ',
                    escape(l_1_where),
                ))
            t_9.append(
                '.',
            )
        elif t_6(environment.getattr(l_1_c, 'leader')):
            pass
            t_9.extend((
                'The answers are level: ',
                escape(t_5(environment.getattr(environment.getitem(environment.getattr(l_1_c, 'lines'), 0), 'votes'), 'vote')),
                ' each.',
            ))
        else:
            pass
            l_1_top = context.call(environment.getattr(l_1_c, 'line'), environment.getattr(environment.getattr(l_1_c, 'leader'), 'id'))
            if environment.getattr(l_1_c, 'winner'):
                pass
                t_9.extend((
                    '<strong>',
                    escape(environment.getattr(environment.getattr(l_1_c, 'leader'), 'label')),
                    '</strong> wins',
                ))
                if l_1_where:
                    pass
                    t_9.extend((
                        ' in ',
                        escape(l_1_where),
                    ))
                t_9.extend((
                    ' with ',
                    escape(t_5(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'votes'), 'vote')),
                    ' (',
                    escape(t_4(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'share'))),
                    '), a margin of ',
                    escape(t_5(environment.getattr(l_1_c, 'margin'), 'vote')),
                    ' (',
                    escape(t_4(environment.getattr(l_1_c, 'margin_share'))),
                    ' of the valid votes).',
                ))
            elif environment.getattr(l_1_c, 'decided'):
                pass
                t_9.extend((
                    '<strong>',
                    escape(environment.getattr(environment.getattr(l_1_c, 'leader'), 'label')),
                    '</strong> has most votes, ',
                    escape(t_3(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'votes'))),
                    ' (',
                    escape(t_4(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'share'))),
                    '), but does not reach the threshold: the result does not stand.',
                ))
            else:
                pass
                t_9.extend((
                    '<strong>',
                    escape(environment.getattr(environment.getattr(l_1_c, 'leader'), 'label')),
                    '</strong> leads',
                ))
                if l_1_where:
                    pass
                    t_9.extend((
                        ' in ',
                        escape(l_1_where),
                    ))
                t_9.extend((
                    ' with ',
                    escape(t_5(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'votes'), 'vote')),
                    ' (',
                    escape(t_4(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'share'))),
                    '), a margin of ',
                    escape(t_5(environment.getattr(l_1_c, 'margin'), 'vote')),
                    ', so far: no result is called until every area has declared.',
                ))
        t_9.append(
            '</p>',
        )
        return concat(t_9)
    context.exported_vars.add('outcome')
    context.vars['outcome'] = l_0_outcome = Macro(environment, macro, 'outcome', ('c', 'where'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c, l_1_caption, l_1_id):
        t_10 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_id is missing:
            l_1_id = 'answer-table'
        pass
        t_10.extend((
            '<div class="table-scroll" role="region" aria-label="',
            escape(l_1_caption),
            ' (table)" tabindex="0">\n<table class="figures" id="',
            escape(l_1_id),
            '" role="table">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Answer</th><th scope="col" class="num" role="columnheader">Votes</th><th scope="col" class="num" role="columnheader">Share</th></tr></thead>\n  <tbody role="rowgroup">\n',
        ))
        for l_2_l in environment.getattr(l_1_c, 'lines'):
            _loop_vars = {}
            pass
            t_10.extend((
                '    <tr data-answer="',
                escape(environment.getattr(environment.getattr(l_2_l, 'answer'), 'id')),
                '"',
            ))
            if (environment.getattr(l_1_c, 'leader') == environment.getattr(l_2_l, 'answer')):
                pass
                t_10.append(
                    ' class="elected"',
                )
            t_10.extend((
                ' role="row"><th scope="row" role="rowheader">',
                escape(context.call((undefined(name='answer_name') if l_0_answer_name is missing else l_0_answer_name), environment.getattr(l_2_l, 'answer'), _loop_vars=_loop_vars)),
                '</th><td class="num" role="cell" data-label="Votes">',
                escape(t_3(environment.getattr(l_2_l, 'votes'))),
                '</td><td class="num" role="cell" data-label="Share">',
                escape(t_4(environment.getattr(l_2_l, 'share'))),
                '</td></tr>\n',
            ))
        l_2_l = missing
        t_10.extend((
            '  </tbody>\n  <tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Total valid votes</th><td class="num" role="cell" data-label="Votes">',
            escape(t_3(environment.getattr(l_1_c, 'valid'))),
            '</td><td class="num" role="cell" data-label="Share">',
            escape(t_4(environment.getattr(l_1_c, 'share'))),
            '</td></tr></tfoot>\n</table>\n</div>',
        ))
        return concat(t_10)
    context.exported_vars.add('answers_table')
    context.vars['answers_table'] = l_0_answers_table = Macro(environment, macro, 'answers_table', ('c', 'caption', 'id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c, l_1_id):
        t_11 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_id is missing:
            l_1_id = 'turnout-table'
        pass
        t_11.extend((
            '<table class="figures" id="',
            escape(l_1_id),
            '">\n  <caption>Ballots and turnout',
        ))
        if (environment.getattr(l_1_c, 'areas') > 1):
            pass
            t_11.append(
                ' in the declared areas',
            )
        t_11.extend((
            '</caption>\n  <tbody>\n  <tr><th scope="row">Electorate</th><td class="num">',
            escape(t_3(environment.getattr(l_1_c, 'electorate'))),
            '</td></tr>\n  <tr><th scope="row">Valid votes</th><td class="num">',
            escape(t_3(environment.getattr(l_1_c, 'valid'))),
            '</td></tr>\n  <tr><th scope="row">Rejected ballots</th><td class="num">',
            escape(t_3(environment.getattr(l_1_c, 'rejected'))),
            '</td></tr>\n',
        ))
        if (not t_6(environment.getattr(l_1_c, 'margin'))):
            pass
            t_11.extend((
                '<tr><th scope="row">Margin</th><td class="num">',
                escape(t_3(environment.getattr(l_1_c, 'margin'))),
                ' (',
                escape(t_4(environment.getattr(l_1_c, 'margin_share'))),
                ')</td></tr>',
            ))
        t_11.extend((
            '  <tr><th scope="row">Turnout (ballot papers counted over the electorate)</th><td class="num">',
            escape(t_4(environment.getattr(l_1_c, 'turnout'))),
            '</td></tr>\n  </tbody>\n</table>',
        ))
        return concat(t_11)
    context.exported_vars.add('ballots_table')
    context.vars['ballots_table'] = l_0_ballots_table = Macro(environment, macro, 'ballots_table', ('c', 'id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c):
        t_12 = []
        l_1_t = resolve('t')
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        if environment.getattr(l_1_c, 'threshold'):
            pass
            l_1_t = environment.getattr(l_1_c, 'threshold')
            t_12.extend((
                '<p id="threshold" class="threshold">Threshold: the leading answer needs at least ',
                escape(t_1('%g', environment.getattr(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'threshold'), 'percent'))),
                '% of the ',
                escape(('electorate' if (environment.getattr(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'threshold'), 'of') == 'electorate') else 'valid votes')),
                '.',
            ))
            if t_6(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'share')):
                pass
                t_12.append(
                    ' It cannot be checked yet',
                )
                if ((environment.getattr(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'threshold'), 'of') == 'electorate') and environment.getattr(l_1_c, 'declared')):
                    pass
                    t_12.append(
                        ': a declared area gives no electorate',
                    )
                t_12.append(
                    '.',
                )
            else:
                pass
                t_12.extend((
                    ' ',
                    escape(environment.getattr(environment.getattr(l_1_c, 'leader'), 'label')),
                    ' has ',
                    escape(t_4(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'share'))),
                ))
                if (not environment.getattr(l_1_c, 'decided')):
                    pass
                    t_12.append(
                        ' so far',
                    )
                t_12.append(
                    ': ',
                )
                if environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'met'):
                    pass
                    t_12.extend((
                        'the threshold is ',
                        escape(('met' if environment.getattr(l_1_c, 'decided') else 'met so far')),
                    ))
                else:
                    pass
                    t_12.extend((
                        '<strong>the threshold is ',
                        escape(('not met' if environment.getattr(l_1_c, 'decided') else 'not met so far')),
                        '</strong>',
                    ))
                t_12.append(
                    '.',
                )
            t_12.append(
                '</p>\n',
            )
        return concat(t_12)
    context.exported_vars.add('threshold')
    context.vars['threshold'] = l_0_threshold = Macro(environment, macro, 'threshold', ('c',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_areas, l_1_caption, l_1_answers, l_1_show_region, l_1_id):
        t_13 = []
        if l_1_areas is missing:
            l_1_areas = undefined("parameter 'areas' was not provided", name='areas')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_answers is missing:
            l_1_answers = undefined("parameter 'answers' was not provided", name='answers')
        if l_1_show_region is missing:
            l_1_show_region = False
        if l_1_id is missing:
            l_1_id = 'areas-table'
        pass
        t_13.extend((
            '<div class="table-scroll" role="region" aria-label="',
            escape(l_1_caption),
            ' (table)" tabindex="0">\n<table class="figures list stack" id="',
            escape(l_1_id),
            '" role="table">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Counting area</th>',
        ))
        if l_1_show_region:
            pass
            t_13.append(
                '<th scope="col" role="columnheader">Region</th>',
            )
        t_13.append(
            '<th scope="col" role="columnheader">Result</th>',
        )
        for l_2_a in l_1_answers:
            _loop_vars = {}
            pass
            t_13.extend((
                '<th scope="col" class="num" role="columnheader">',
                escape(environment.getattr(l_2_a, 'label')),
                '</th>',
            ))
        l_2_a = missing
        t_13.append(
            '<th scope="col" class="num" role="columnheader">Margin</th><th scope="col" class="num" role="columnheader">Turnout</th></tr></thead>\n  <tbody role="rowgroup">\n',
        )
        for l_2_a in l_1_areas:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_13.extend((
                '    <tr class="status-',
                escape(environment.getattr(l_2_a, 'status')),
                '" role="row"><th scope="row" role="rowheader"><a href="',
                escape(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_a, 'url'), _loop_vars=_loop_vars)),
                '">',
                escape(environment.getattr(l_2_a, 'name')),
                '</a></th>',
            ))
            if l_1_show_region:
                pass
                t_13.extend((
                    '<td role="cell" class="wide" data-label="Region">',
                    escape(environment.getattr(l_2_a, 'region')),
                    '</td>',
                ))
            t_13.extend((
                '<td role="cell" class="wide" data-label="Result">',
                escape(environment.getattr(l_2_a, 'result')),
                '</td>',
            ))
            for l_3_l in environment.getattr(environment.getattr(l_2_a, 'count'), 'lines'):
                _loop_vars = {}
                pass
                t_13.extend((
                    '<td class="num" role="cell" data-label="',
                    escape(environment.getattr(environment.getattr(l_3_l, 'answer'), 'label')),
                    '">',
                ))
                if environment.getattr(l_2_a, 'declared'):
                    pass
                    t_13.append(
                        escape(t_4(environment.getattr(l_3_l, 'share'))),
                    )
                else:
                    pass
                    t_13.append(
                        '–',
                    )
                t_13.append(
                    '</td>',
                )
            l_3_l = missing
            t_13.extend((
                '<td class="num" role="cell" data-label="Margin">',
                escape(t_3(environment.getattr(environment.getattr(l_2_a, 'count'), 'margin'))),
                '</td><td class="num" role="cell" data-label="Turnout">',
                escape(t_4(environment.getattr(environment.getattr(l_2_a, 'count'), 'turnout'))),
                '</td></tr>\n',
            ))
        l_2_a = l_2_link = missing
        t_13.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_13)
    context.exported_vars.add('areas_table')
    context.vars['areas_table'] = l_0_areas_table = Macro(environment, macro, 'areas_table', ('areas', 'caption', 'answers', 'show_region', 'id'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=48&3=55&6=63&7=70&11=98&13=109&14=123&15=132&16=133&17=157&18=172&23=197&24=208&25=210&26=212&29=215&30=220&33=240&38=249&39=258&40=261&42=268&43=270&44=272&45=275&46=286&51=293&52=299&53=304&54=309&55=326&59=361&60=376&61=378&62=380&63=383&65=403&66=409'
