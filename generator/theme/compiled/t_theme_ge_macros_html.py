# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/ge_macros.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ge_macros.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_short = l_0_party_name = l_0_change_of = l_0_party_row = l_0_party_head = l_0_totals_table = l_0_declared_line = l_0_areas_table = l_0_pager = l_0_changes = missing
    try:
        t_1 = environment.filters['change']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'change' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['net']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'net' found.")
    try:
        t_5 = environment.filters['noun']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'noun' found.")
    try:
        t_6 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_7 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_8 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_text, l_1_full):
        t_10 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_full is missing:
            l_1_full = undefined("parameter 'full' was not provided", name='full')
        pass
        if (l_1_text != l_1_full):
            pass
            t_10.extend((
                '<abbr title="',
                escape(l_1_full),
                '">',
                escape(l_1_text),
                '</abbr>',
            ))
        else:
            pass
            t_10.append(
                escape(l_1_text),
            )
        return concat(t_10)
    context.exported_vars.add('short')
    context.vars['short'] = l_0_short = Macro(environment, macro, 'short', ('text', 'full'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_p, l_1_label):
        t_11 = []
        l_1_link = resolve('link')
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_label is missing:
            l_1_label = None
        pass
        t_11.extend((
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
            t_11.extend((
                ' <span class="note">(',
                escape(l_1_label),
                ')</span>',
            ))
        return concat(t_11)
    context.exported_vars.add('party_name')
    context.vars['party_name'] = l_0_party_name = Macro(environment, macro, 'party_name', ('p', 'label'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_value):
        t_12 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        if t_9(l_1_value):
            pass
            t_12.append(
                'new',
            )
        else:
            pass
            t_12.append(
                escape(t_1(l_1_value)),
            )
        return concat(t_12)
    context.exported_vars.add('change_of')
    context.vars['change_of'] = l_0_change_of = Macro(environment, macro, 'change_of', ('value',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_r, l_1_changed):
        t_13 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_changed is missing:
            l_1_changed = False
        pass
        t_13.extend((
            '<tr data-party="',
            escape(environment.getattr(environment.getattr(l_1_r, 'party'), 'id')),
            '" role="row"><th scope="row" role="rowheader">',
            escape(context.call((undefined(name='party_name') if l_0_party_name is missing else l_0_party_name), environment.getattr(l_1_r, 'party'))),
            '</th><td class="num" role="cell" data-label="Seats">',
            escape(t_6(environment.getattr(l_1_r, 'seats'))),
            '</td><td class="num" role="cell" data-label="Gains">',
            escape(t_6(environment.getattr(l_1_r, 'gains'))),
            '</td><td class="num" role="cell" data-label="Losses">',
            escape(t_6(environment.getattr(l_1_r, 'losses'))),
            '</td><td class="num" role="cell" data-label="Votes">',
            escape(t_6(environment.getattr(l_1_r, 'votes'))),
            '</td><td class="num" role="cell" data-label="Share">',
            escape(t_7(environment.getattr(l_1_r, 'share'))),
            '</td>',
        ))
        if l_1_changed:
            pass
            t_13.extend((
                '<td class="num" role="cell" data-label="Seats ±">',
                escape(t_4(environment.getattr(l_1_r, 'net'))),
                '</td><td class="num" role="cell" data-label="Share ±">',
                escape(context.call((undefined(name='change_of') if l_0_change_of is missing else l_0_change_of), environment.getattr(l_1_r, 'share_change'))),
                '</td>',
            ))
        t_13.extend((
            '<td class="num" role="cell" data-label="Candidates">',
            escape(t_6(environment.getattr(l_1_r, 'candidates'))),
            '</td></tr>',
        ))
        return concat(t_13)
    context.exported_vars.add('party_row')
    context.vars['party_row'] = l_0_party_row = Macro(environment, macro, 'party_row', ('r', 'changed'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_changed):
        t_14 = []
        if l_1_changed is missing:
            l_1_changed = False
        pass
        t_14.append(
            '<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Party</th><th scope="col" class="num" role="columnheader">Seats</th><th scope="col" class="num" role="columnheader">Gains</th><th scope="col" class="num" role="columnheader">Losses</th><th scope="col" class="num" role="columnheader">Votes</th><th scope="col" class="num" role="columnheader">Share</th>',
        )
        if l_1_changed:
            pass
            t_14.append(
                '<th scope="col" class="num" role="columnheader"><abbr title="Net change in seats">Seats ±</abbr></th><th scope="col" class="num" role="columnheader"><abbr title="Change in share, in percentage points">Share ±</abbr></th>',
            )
        t_14.append(
            '<th scope="col" class="num" role="columnheader">Candidates</th></tr></thead>',
        )
        return concat(t_14)
    context.exported_vars.add('party_head')
    context.vars['party_head'] = l_0_party_head = Macro(environment, macro, 'party_head', ('changed',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_totals, l_1_caption, l_1_id, l_1_summary):
        t_15 = []
        l_1_others = l_1_changed = missing
        if l_1_totals is missing:
            l_1_totals = undefined("parameter 'totals' was not provided", name='totals')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_id is missing:
            l_1_id = 'party-table'
        if l_1_summary is missing:
            l_1_summary = None
        pass
        l_1_others = (environment.getattr(l_1_summary, 'others') if l_1_summary else None)
        l_1_changed = (environment.getattr(l_1_totals, 'compared') > 0)
        t_15.extend((
            '<div class="table-scroll" role="region" aria-label="',
            escape(l_1_caption),
            ' (table)" tabindex="0">\n<table class="figures stack" id="',
            escape(l_1_id),
            '" role="table">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  ',
            escape(context.call((undefined(name='party_head') if l_0_party_head is missing else l_0_party_head), (undefined(name='changed') if l_1_changed is missing else l_1_changed))),
            '\n  <tbody role="rowgroup">\n',
        ))
        for l_2_r in (environment.getattr(l_1_summary, 'shown') if l_1_summary else environment.getattr(l_1_totals, 'rows')):
            _loop_vars = {}
            pass
            t_15.extend((
                '    ',
                escape(context.call((undefined(name='party_row') if l_0_party_row is missing else l_0_party_row), l_2_r, (undefined(name='changed') if l_1_changed is missing else l_1_changed), _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_r = missing
        if (undefined(name='others') if l_1_others is missing else l_1_others):
            pass
            t_15.extend((
                '    <tr class="others" id="',
                escape(l_1_id),
                '-others" role="row"><th scope="row" role="rowheader"><a href="#',
                escape(l_1_id),
                '-others-list">Others (',
                escape(t_8(t_3(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'rows')), 'party')),
                ')</a></th><td class="num" role="cell" data-label="Seats">',
                escape(t_6(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'seats'))),
                '</td><td class="num" role="cell" data-label="Gains">',
                escape(t_6(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'gains'))),
                '</td><td class="num" role="cell" data-label="Losses">',
                escape(t_6(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'losses'))),
                '</td><td class="num" role="cell" data-label="Votes">',
                escape(t_6(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'votes'))),
                '</td><td class="num" role="cell" data-label="Share">',
                escape(t_7(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'share'))),
                '</td>',
            ))
            if (undefined(name='changed') if l_1_changed is missing else l_1_changed):
                pass
                t_15.extend((
                    '<td class="num" role="cell" data-label="Seats ±">',
                    escape(t_4(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'net'))),
                    '</td><td class="num" role="cell" data-label="Share ±">',
                    escape(context.call((undefined(name='change_of') if l_0_change_of is missing else l_0_change_of), environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'share_change'))),
                    '</td>',
                ))
            t_15.extend((
                '<td class="num" role="cell" data-label="Candidates">',
                escape(t_6(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'candidates'))),
                '</td></tr>\n',
            ))
        t_15.extend((
            '  </tbody>\n  <tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Total (',
            escape(t_6(environment.getattr(l_1_totals, 'declared'))),
            ' of ',
            escape(t_6(environment.getattr(l_1_totals, 'seats'))),
            ' declared)</th><td class="num" role="cell" data-label="Seats">',
            escape(t_6(environment.getattr(l_1_totals, 'won'))),
            '</td><td class="num" role="cell"></td><td class="num" role="cell"></td><td class="num" role="cell" data-label="Votes">',
            escape(t_6(environment.getattr(l_1_totals, 'votes'))),
            '</td><td class="num" role="cell" data-label="Share">',
            escape(t_7(environment.getattr(l_1_totals, 'share'))),
            '</td>',
        ))
        if (undefined(name='changed') if l_1_changed is missing else l_1_changed):
            pass
            t_15.append(
                '<td class="num" role="cell"></td><td class="num" role="cell"></td>',
            )
        t_15.append(
            '<td class="num" role="cell"></td></tr></tfoot>\n</table>\n</div>\n',
        )
        if (undefined(name='others') if l_1_others is missing else l_1_others):
            pass
            t_15.extend((
                '<details class="others-list" id="',
                escape(l_1_id),
                '-others-list">\n  <summary>The ',
                escape(t_8(t_3(environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'rows')), 'other party', 'other parties')),
                '</summary>\n  <div class="table-scroll" role="region" aria-label="',
                escape(l_1_caption),
                ': the other parties (table)" tabindex="0">\n  <table class="figures stack" id="',
                escape(l_1_id),
                '-others-table" role="table">\n    <caption>',
                escape(l_1_caption),
                ': the other parties</caption>\n    ',
                escape(context.call((undefined(name='party_head') if l_0_party_head is missing else l_0_party_head))),
                '\n    <tbody role="rowgroup">\n',
            ))
            for l_2_r in environment.getattr((undefined(name='others') if l_1_others is missing else l_1_others), 'rows'):
                _loop_vars = {}
                pass
                t_15.extend((
                    '      ',
                    escape(context.call((undefined(name='party_row') if l_0_party_row is missing else l_0_party_row), l_2_r, _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_2_r = missing
            t_15.append(
                '    </tbody>\n  </table>\n  </div>\n</details>\n',
            )
        return concat(t_15)
    context.exported_vars.add('totals_table')
    context.vars['totals_table'] = l_0_totals_table = Macro(environment, macro, 'totals_table', ('totals', 'caption', 'id', 'summary'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_totals):
        t_16 = []
        if l_1_totals is missing:
            l_1_totals = undefined("parameter 'totals' was not provided", name='totals')
        pass
        t_16.extend((
            '<p class="headline" id="declared"><strong>',
            escape(t_6(environment.getattr(l_1_totals, 'declared'))),
            ' of ',
            escape(t_6(environment.getattr(l_1_totals, 'seats'))),
            '</strong> ',
            escape(t_5(environment.getattr(l_1_totals, 'seats'), 'seat')),
            ' declared',
        ))
        if environment.getattr(l_1_totals, 'awaiting'):
            pass
            t_16.extend((
                '; ',
                escape(t_6(environment.getattr(l_1_totals, 'awaiting'))),
                ' awaiting declaration',
            ))
            if environment.getattr(l_1_totals, 'recounts'):
                pass
                t_16.extend((
                    ' (',
                    escape(t_6(environment.getattr(l_1_totals, 'recounts'))),
                    ' at a recount)',
                ))
        t_16.append(
            '.</p>',
        )
        return concat(t_16)
    context.exported_vars.add('declared_line')
    context.vars['declared_line'] = l_0_declared_line = Macro(environment, macro, 'declared_line', ('totals',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_areas, l_1_caption, l_1_show_region):
        t_17 = []
        l_1_area_rows = resolve('area_rows')
        l_1_link = resolve('link')
        l_1_party = resolve('party')
        if l_1_areas is missing:
            l_1_areas = undefined("parameter 'areas' was not provided", name='areas')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_show_region is missing:
            l_1_show_region = False
        pass
        t_17.extend((
            '<div class="table-scroll" role="region" aria-label="',
            escape(l_1_caption),
            ' (table)" tabindex="0">\n<table class="figures list stack" role="table">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Constituency</th>',
        ))
        if l_1_show_region:
            pass
            t_17.append(
                '<th scope="col" role="columnheader">Region</th>',
            )
        t_17.extend((
            '<th scope="col" role="columnheader">Result</th><th scope="col" role="columnheader">Winner</th><th scope="col" class="num" role="columnheader">Majority</th></tr></thead>\n  <tbody role="rowgroup">',
            escape(context.call((undefined(name='area_rows') if l_1_area_rows is missing else l_1_area_rows), l_1_areas, l_1_show_region, (undefined(name='link') if l_1_link is missing else l_1_link), (undefined(name='party') if l_1_party is missing else l_1_party))),
            '\n  </tbody>\n</table>\n</div>',
        ))
        return concat(t_17)
    context.exported_vars.add('areas_table')
    context.vars['areas_table'] = l_0_areas_table = Macro(environment, macro, 'areas_table', ('areas', 'caption', 'show_region'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_pager, l_1_what, l_1_end):
        t_18 = []
        l_1_link = resolve('link')
        if l_1_pager is missing:
            l_1_pager = undefined("parameter 'pager' was not provided", name='pager')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        if l_1_end is missing:
            l_1_end = False
        pass
        if (l_1_pager and (environment.getattr(l_1_pager, 'count') > 1)):
            pass
            t_18.extend((
                '<nav class="pager" aria-label="Pages of ',
                escape(l_1_what),
            ))
            if l_1_end:
                pass
                t_18.append(
                    ' (end of the list)',
                )
            t_18.append(
                '">\n  <ul>\n',
            )
            if environment.getattr(l_1_pager, 'previous'):
                pass
                t_18.extend((
                    '<li><a href="',
                    escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_pager, 'previous'))),
                    '" rel="prev">Previous<span class="visually-hidden"> page</span></a></li>',
                ))
            for l_2_shown in context.call(environment.getattr(l_1_pager, 'shown')):
                _loop_vars = {}
                pass
                if t_9(l_2_shown):
                    pass
                    t_18.append(
                        '<li aria-hidden="true">…</li>\n',
                    )
                elif (environment.getitem(l_2_shown, 0) == environment.getattr(l_1_pager, 'number')):
                    pass
                    t_18.extend((
                        '<li><a href="',
                        escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getitem(l_2_shown, 1), _loop_vars=_loop_vars)),
                        '" aria-current="page">',
                        escape(environment.getitem(l_2_shown, 0)),
                        '</a></li>\n',
                    ))
                else:
                    pass
                    t_18.extend((
                        '<li><a href="',
                        escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getitem(l_2_shown, 1), _loop_vars=_loop_vars)),
                        '">',
                        escape(environment.getitem(l_2_shown, 0)),
                        '</a></li>',
                    ))
            l_2_shown = missing
            if environment.getattr(l_1_pager, 'next'):
                pass
                t_18.extend((
                    '<li><a href="',
                    escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_pager, 'next'))),
                    '" rel="next">Next<span class="visually-hidden"> page</span></a></li>',
                ))
            t_18.append(
                '  </ul>\n</nav>\n',
            )
        return concat(t_18)
    context.exported_vars.add('pager')
    context.vars['pager'] = l_0_pager = Macro(environment, macro, 'pager', ('pager', 'what', 'end'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_totals, l_1_where, l_1_id):
        t_19 = []
        if l_1_totals is missing:
            l_1_totals = undefined("parameter 'totals' was not provided", name='totals')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        if l_1_id is missing:
            l_1_id = 'changes'
        pass
        if environment.getattr(l_1_totals, 'compared'):
            pass
            t_19.extend((
                '<p id="',
                escape(l_1_id),
                '-swing">',
            ))
            if environment.getattr(l_1_totals, 'swing'):
                pass
                t_19.extend((
                    'Swing from ',
                    escape(environment.getattr(environment.getattr(environment.getattr(l_1_totals, 'swing'), 'away'), 'name')),
                    ' to ',
                    escape(environment.getattr(environment.getattr(environment.getattr(l_1_totals, 'swing'), 'to'), 'name')),
                    ': <strong>',
                    escape(t_2('%.1f', environment.getattr(environment.getattr(l_1_totals, 'swing'), 'points'))),
                    ' points</strong> (the two-party Butler swing between the two parties with most votes).',
                ))
            if (not t_9(environment.getattr(l_1_totals, 'turnout_change'))):
                pass
                t_19.extend((
                    ' Turnout changed by ',
                    escape(t_1(environment.getattr(l_1_totals, 'turnout_change'))),
                    ' points.',
                ))
            t_19.extend((
                ' Changes are since the previous election, over the ',
                escape(t_8(environment.getattr(l_1_totals, 'compared'), 'declared seat')),
                ' compared',
            ))
            if environment.getattr(l_1_totals, 'notional'):
                pass
                t_19.extend((
                    ' (',
                    escape(t_6(environment.getattr(l_1_totals, 'notional'))),
                    ' of them against notional results)',
                ))
            if (environment.getattr(l_1_totals, 'declared') > environment.getattr(l_1_totals, 'compared')):
                pass
                t_19.extend((
                    '; ',
                    escape(t_8((environment.getattr(l_1_totals, 'declared') - environment.getattr(l_1_totals, 'compared')), 'new seat')),
                    ' ',
                    escape(t_5((environment.getattr(l_1_totals, 'declared') - environment.getattr(l_1_totals, 'compared')), 'has', 'have')),
                    ' nothing to compare with',
                ))
            t_19.append(
                '.</p>\n',
            )
            if environment.getattr(l_1_totals, 'flows'):
                pass
                t_19.extend((
                    '<div class="table-scroll" role="region" aria-label="',
                    escape(l_1_where),
                    ': seats gained and lost (table)" tabindex="0">\n<table class="figures stack" id="',
                    escape(l_1_id),
                    '-flows" role="table">\n  <caption>',
                    escape(l_1_where),
                    ': seats gained and lost, and from whom</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Party</th><th scope="col" role="columnheader">Gained from</th><th scope="col" role="columnheader">Lost to</th></tr></thead>\n  <tbody role="rowgroup">\n',
                ))
                l_2_loop = missing
                for l_2_f, l_2_loop in LoopContext(environment.getattr(l_1_totals, 'flows'), undefined):
                    _loop_vars = {}
                    pass
                    t_19.extend((
                        '    <tr role="row"><th scope="row" role="rowheader">',
                        escape(context.call((undefined(name='short') if l_0_short is missing else l_0_short), environment.getattr(environment.getattr(l_2_f, 'party'), 'short_name'), environment.getattr(environment.getattr(l_2_f, 'party'), 'name'), _loop_vars=_loop_vars)),
                        '</th><td role="cell" class="wide" data-label="Gained from">',
                    ))
                    l_3_loop = missing
                    t_20 = 1
                    for (l_3_p, l_3_n), l_3_loop in LoopContext(environment.getattr(l_2_f, 'gained'), undefined):
                        _loop_vars = {}
                        pass
                        t_19.extend((
                            escape(context.call((undefined(name='short') if l_0_short is missing else l_0_short), environment.getattr(l_3_p, 'short_name'), environment.getattr(l_3_p, 'name'), _loop_vars=_loop_vars)),
                            ' ',
                            escape(t_6(l_3_n)),
                        ))
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            t_19.append(
                                ', ',
                            )
                        t_20 = 0
                    l_3_loop = l_3_p = l_3_n = missing
                    if t_20:
                        pass
                        t_19.append(
                            '–',
                        )
                    t_19.append(
                        '</td><td role="cell" class="wide" data-label="Lost to">',
                    )
                    l_3_loop = missing
                    t_21 = 1
                    for (l_3_p, l_3_n), l_3_loop in LoopContext(environment.getattr(l_2_f, 'lost'), undefined):
                        _loop_vars = {}
                        pass
                        t_19.extend((
                            escape(context.call((undefined(name='short') if l_0_short is missing else l_0_short), environment.getattr(l_3_p, 'short_name'), environment.getattr(l_3_p, 'name'), _loop_vars=_loop_vars)),
                            ' ',
                            escape(t_6(l_3_n)),
                        ))
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            t_19.append(
                                ', ',
                            )
                        t_21 = 0
                    l_3_loop = l_3_p = l_3_n = missing
                    if t_21:
                        pass
                        t_19.append(
                            '–',
                        )
                    t_19.append(
                        '</td></tr>\n',
                    )
                l_2_loop = l_2_f = missing
                t_19.append(
                    '  </tbody>\n</table>\n</div>\n',
                )
        return concat(t_19)
    context.exported_vars.add('changes')
    context.vars['changes'] = l_0_changes = Macro(environment, macro, 'changes', ('totals', 'where', 'id'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=66&3=73&6=91&7=101&11=119&12=124&15=138&16=147&19=180&20=188&24=200&25=212&26=213&27=216&28=218&29=220&30=222&32=225&33=230&35=234&36=238&39=271&42=290&43=294&44=296&45=298&46=300&47=302&48=304&50=307&51=312&60=323&61=330&64=358&65=372&67=374&68=377&72=384&78=391&79=401&80=405&82=415&83=422&84=425&85=430&86=443&88=449&95=463&96=472&97=476&98=521&99=525&100=527&101=529&104=533&105=538'
