# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/macros.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_source = l_0_result_table = l_0_sections_table = l_0_category_table = l_0_coverage = l_0_nominations_list = l_0_chart_tools = l_0_latest_updates = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
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
    pass
    def macro(l_1_src, l_1_label):
        t_6 = []
        if l_1_src is missing:
            l_1_src = undefined("parameter 'src' was not provided", name='src')
        if l_1_label is missing:
            l_1_label = 'Source'
        pass
        t_6.extend((
            '<p class="source">',
            escape(l_1_label),
            ': ',
        ))
        if environment.getattr(l_1_src, 'url'):
            pass
            t_6.extend((
                '<a href="',
                escape(environment.getattr(l_1_src, 'url')),
                '">',
                escape(environment.getattr(l_1_src, 'name')),
                '</a>',
            ))
        else:
            pass
            t_6.append(
                escape(environment.getattr(l_1_src, 'name')),
            )
        if environment.getattr(l_1_src, 'note'):
            pass
            t_6.extend((
                '. ',
                escape(environment.getattr(l_1_src, 'note')),
            ))
        t_6.append(
            '</p>',
        )
        return concat(t_6)
    context.exported_vars.add('source')
    context.vars['source'] = l_0_source = Macro(environment, macro, 'source', ('src', 'label'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_ballot, l_1_caption, l_1_id):
        t_7 = []
        if l_1_ballot is missing:
            l_1_ballot = undefined("parameter 'ballot' was not provided", name='ballot')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_id is missing:
            l_1_id = 'result-table'
        pass
        t_7.extend((
            '<table class="figures" id="',
            escape(l_1_id),
            '">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  <thead><tr><th scope="col">Candidate</th><th scope="col" class="num">Votes</th><th scope="col" class="num">Share</th></tr></thead>\n  <tbody>\n',
        ))
        for l_2_l in environment.getattr(environment.getattr(l_1_ballot, 'tally'), 'lines'):
            l_2_election = resolve('election')
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_7.append(
                '    <tr',
            )
            if environment.getattr(l_2_l, 'elected'):
                pass
                t_7.append(
                    ' class="elected"',
                )
            t_7.extend((
                '><th scope="row"><span class="swatch" style="background: ',
                escape(environment.getattr(context.call(environment.getattr((undefined(name='election') if l_2_election is missing else l_2_election), 'candidate'), environment.getattr(l_2_l, 'key'), _loop_vars=_loop_vars), 'colour')),
                '"></span><a href="',
                escape(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(context.call(environment.getattr((undefined(name='election') if l_2_election is missing else l_2_election), 'candidate'), environment.getattr(l_2_l, 'key'), _loop_vars=_loop_vars), 'url'), _loop_vars=_loop_vars)),
                '">',
                escape(environment.getattr(context.call(environment.getattr((undefined(name='election') if l_2_election is missing else l_2_election), 'candidate'), environment.getattr(l_2_l, 'key'), _loop_vars=_loop_vars), 'name')),
                '</a>',
            ))
            if environment.getattr(l_2_l, 'elected'):
                pass
                t_7.append(
                    ' <strong class="badge">Elected</strong>',
                )
            t_7.extend((
                '</th><td class="num">',
                escape(t_3(environment.getattr(l_2_l, 'votes'))),
                '</td><td class="num">',
                escape(t_4(environment.getattr(l_2_l, 'share'))),
                '</td></tr>\n',
            ))
        l_2_l = l_2_election = l_2_link = missing
        t_7.extend((
            '  </tbody>\n  <tfoot><tr><th scope="row">Total valid votes</th><td class="num">',
            escape(t_3(environment.getattr(environment.getattr(l_1_ballot, 'tally'), 'total'))),
            '</td><td class="num">',
            escape(t_4(environment.getattr(environment.getattr(l_1_ballot, 'tally'), 'share'))),
            '</td></tr></tfoot>\n</table>',
        ))
        return concat(t_7)
    context.exported_vars.add('result_table')
    context.vars['result_table'] = l_0_result_table = Macro(environment, macro, 'result_table', ('ballot', 'caption', 'id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_ballot):
        t_8 = []
        if l_1_ballot is missing:
            l_1_ballot = undefined("parameter 'ballot' was not provided", name='ballot')
        pass
        t_8.append(
            '<div class="table-scroll" role="region" aria-label="Votes by section (table)" tabindex="0">\n<table class="figures stack" id="sections-table" role="table">\n  <caption>Votes by section</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Section</th>',
        )
        for l_2_l in environment.getattr(environment.getattr(l_1_ballot, 'tally'), 'lines'):
            l_2_election = resolve('election')
            _loop_vars = {}
            pass
            t_8.extend((
                '<th scope="col" class="num" role="columnheader">',
                escape(environment.getattr(context.call(environment.getattr((undefined(name='election') if l_2_election is missing else l_2_election), 'candidate'), environment.getattr(l_2_l, 'key'), _loop_vars=_loop_vars), 'name')),
                '</th>',
            ))
        l_2_l = l_2_election = missing
        t_8.append(
            '<th scope="col" class="num" role="columnheader">Total</th></tr></thead>\n  <tbody role="rowgroup">\n',
        )
        for l_2_s in environment.getattr(l_1_ballot, 'sections'):
            _loop_vars = {}
            pass
            t_8.extend((
                '    <tr role="row"><th scope="row" role="rowheader">',
                escape(environment.getattr(l_2_s, 'name')),
                '</th>',
            ))
            for l_3_l in environment.getattr(environment.getattr(l_1_ballot, 'tally'), 'lines'):
                l_3_election = resolve('election')
                l_3_sl = missing
                _loop_vars = {}
                pass
                l_3_sl = context.call(environment.getattr(environment.getattr(l_2_s, 'tally'), 'line'), environment.getattr(l_3_l, 'key'), _loop_vars=_loop_vars)
                _loop_vars['sl'] = l_3_sl
                t_8.extend((
                    '<td class="num" role="cell" data-label="',
                    escape(environment.getattr(context.call(environment.getattr((undefined(name='election') if l_3_election is missing else l_3_election), 'candidate'), environment.getattr(l_3_l, 'key'), _loop_vars=_loop_vars), 'name')),
                    '">',
                    escape(t_3(environment.getattr((undefined(name='sl') if l_3_sl is missing else l_3_sl), 'votes'))),
                    ' <span class="share">(',
                    escape(t_4(environment.getattr((undefined(name='sl') if l_3_sl is missing else l_3_sl), 'share'))),
                    ')</span></td>',
                ))
            l_3_l = l_3_sl = l_3_election = missing
            t_8.extend((
                '<td class="num" role="cell" data-label="Total">',
                escape(t_3(environment.getattr(environment.getattr(l_2_s, 'tally'), 'total'))),
                '</td></tr>\n',
            ))
        l_2_s = missing
        t_8.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_8)
    context.exported_vars.add('sections_table')
    context.vars['sections_table'] = l_0_sections_table = Macro(environment, macro, 'sections_table', ('ballot',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_category, l_1_caption):
        t_9 = []
        if l_1_category is missing:
            l_1_category = undefined("parameter 'category' was not provided", name='category')
        if l_1_caption is missing:
            l_1_caption = None
        pass
        t_9.extend((
            '<div class="table-scroll" role="region" aria-label="',
            escape(environment.getattr(l_1_category, 'name')),
            ' (table)" tabindex="0">\n<table class="figures stack-narrow" role="table">\n  <caption>',
            escape((l_1_caption or markup_join((environment.getattr(l_1_category, 'name'), ': reported and itemised nominations', )))),
            '</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Nominated</th><th scope="col" class="num" role="columnheader">Reported</th>',
        ))
        if environment.getattr(l_1_category, 'bodies'):
            pass
            t_9.extend((
                '<th scope="col" class="num" role="columnheader">Share of ',
                escape(t_3(environment.getattr(l_1_category, 'bodies'))),
                '</th>',
            ))
        t_9.append(
            '<th scope="col" class="num" role="columnheader">Itemised here</th></tr></thead>\n  <tbody role="rowgroup">\n',
        )
        for l_2_c in environment.getattr(l_1_category, 'counts'):
            l_2_none_key = resolve('none_key')
            l_2_link = resolve('link')
            l_2_election = resolve('election')
            l_2_name_of = resolve('name_of')
            _loop_vars = {}
            pass
            t_9.append(
                '    <tr role="row"><th scope="row" role="rowheader">',
            )
            if (environment.getattr(l_2_c, 'key') != (undefined(name='none_key') if l_2_none_key is missing else l_2_none_key)):
                pass
                t_9.extend((
                    '<a href="',
                    escape(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(context.call(environment.getattr((undefined(name='election') if l_2_election is missing else l_2_election), 'candidate'), environment.getattr(l_2_c, 'key'), _loop_vars=_loop_vars), 'url'), _loop_vars=_loop_vars)),
                    '">',
                    escape(context.call((undefined(name='name_of') if l_2_name_of is missing else l_2_name_of), environment.getattr(l_2_c, 'key'), _loop_vars=_loop_vars)),
                    '</a>',
                ))
            else:
                pass
                t_9.append(
                    escape(environment.getattr(l_1_category, 'none_label')),
                )
            t_9.extend((
                '</th><td class="num" role="cell" data-label="Reported">',
                escape(t_3(environment.getattr(l_2_c, 'reported'))),
                '</td>',
            ))
            if environment.getattr(l_1_category, 'bodies'):
                pass
                t_9.extend((
                    '<td class="num" role="cell" data-label="Share of ',
                    escape(t_3(environment.getattr(l_1_category, 'bodies'))),
                    '">',
                    escape(t_4(environment.getattr(l_2_c, 'share_of_bodies'))),
                    '</td>',
                ))
            t_9.extend((
                '<td class="num" role="cell" data-label="Itemised here">',
                escape(t_3(environment.getattr(l_2_c, 'itemised'))),
                '</td></tr>\n',
            ))
        l_2_c = l_2_none_key = l_2_link = l_2_election = l_2_name_of = missing
        if environment.getattr(l_1_category, 'unaccounted'):
            pass
            t_9.extend((
                '    <tr role="row"><th scope="row" role="rowheader">Not reported</th><td class="num" role="cell" data-label="Reported">',
                escape(t_3(environment.getattr(l_1_category, 'unaccounted'))),
                '</td>',
            ))
            if environment.getattr(l_1_category, 'bodies'):
                pass
                t_9.append(
                    '<td class="num" role="cell"></td>',
                )
            t_9.append(
                '<td class="num" role="cell"></td></tr>\n',
            )
        t_9.extend((
            '  </tbody>\n  <tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Total</th><td class="num" role="cell" data-label="Reported">',
            escape(t_3((environment.getattr(l_1_category, 'bodies') or environment.getattr(l_1_category, 'reported_total')))),
            '</td>',
        ))
        if environment.getattr(l_1_category, 'bodies'):
            pass
            t_9.append(
                '<td class="num" role="cell"></td>',
            )
        t_9.extend((
            '<td class="num" role="cell" data-label="Itemised here">',
            escape(t_3(environment.getattr(l_1_category, 'itemised_total'))),
            '</td></tr></tfoot>\n</table>\n</div>',
        ))
        return concat(t_9)
    context.exported_vars.add('category_table')
    context.vars['category_table'] = l_0_category_table = Macro(environment, macro, 'category_table', ('category', 'caption'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_category):
        t_10 = []
        l_1_nones = resolve('nones')
        if l_1_category is missing:
            l_1_category = undefined("parameter 'category' was not provided", name='category')
        pass
        if environment.getattr(l_1_category, 'nominations_reported'):
            pass
            l_1_nones = (environment.getattr(l_1_category, 'itemised_total') - environment.getattr(l_1_category, 'nominations_itemised'))
            t_10.append(
                '<p class="coverage',
            )
            if (environment.getattr(l_1_category, 'nominations_itemised') < environment.getattr(l_1_category, 'nominations_reported')):
                pass
                t_10.append(
                    ' partial',
                )
            t_10.append(
                '">\n',
            )
            if (environment.getattr(l_1_category, 'itemised_total') == 0):
                pass
                t_10.extend((
                    '<strong>Not itemised:</strong> no source found names ',
                    escape(('the nomination' if (environment.getattr(l_1_category, 'nominations_reported') == 1) else markup_join(('the ', t_5(environment.getattr(l_1_category, 'nominations_reported'), 'nomination'), )))),
                    ' reported.\n',
                ))
            elif (environment.getattr(l_1_category, 'nominations_itemised') < environment.getattr(l_1_category, 'nominations_reported')):
                pass
                t_10.append(
                    '<strong>Partial list:</strong> ',
                )
                if (undefined(name='nones') if l_1_nones is missing else l_1_nones):
                    pass
                    t_10.extend((
                        escape(t_5(environment.getattr(l_1_category, 'itemised_total'), 'body')),
                        ' ',
                        escape(t_2(environment.getattr(l_1_category, 'itemised_total'), 'is')),
                        ' itemised (',
                        escape(t_5(environment.getattr(l_1_category, 'nominations_itemised'), 'nomination')),
                        ' and ',
                        escape(t_3((undefined(name='nones') if l_1_nones is missing else l_1_nones))),
                        ' listed as “',
                        escape(environment.getattr(l_1_category, 'none_label')),
                        '”)',
                    ))
                else:
                    pass
                    t_10.extend((
                        escape(t_5(environment.getattr(l_1_category, 'nominations_itemised'), 'nomination')),
                        ' ',
                        escape(t_2(environment.getattr(l_1_category, 'nominations_itemised'), 'is')),
                        ' itemised',
                    ))
                t_10.extend((
                    ', against ',
                    escape(t_5(environment.getattr(l_1_category, 'nominations_reported'), 'nomination')),
                    ' reported: ',
                    escape(t_4(environment.getattr(l_1_category, 'coverage'))),
                    ' of them.\n',
                ))
            elif (environment.getattr(l_1_category, 'nominations_reported') == 1):
                pass
                t_10.append(
                    'The one reported nomination is itemised.',
                )
            else:
                pass
                t_10.extend((
                    'All ',
                    escape(t_5(environment.getattr(l_1_category, 'nominations_reported'), 'reported nomination')),
                    ' are itemised.',
                ))
            t_10.append(
                '</p>\n',
            )
        return concat(t_10)
    context.exported_vars.add('coverage')
    context.vars['coverage'] = l_0_coverage = Macro(environment, macro, 'coverage', ('category',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_items, l_1_show_category, l_1_show_region, l_1_caption):
        t_11 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_show_category is missing:
            l_1_show_category = False
        if l_1_show_region is missing:
            l_1_show_region = True
        if l_1_caption is missing:
            l_1_caption = 'Itemised nominations'
        pass
        t_11.extend((
            '<div class="table-scroll" role="region" aria-label="',
            escape(l_1_caption),
            ' (table)" tabindex="0">\n<table class="figures list stack" role="table">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Body</th>',
        ))
        if l_1_show_region:
            pass
            t_11.append(
                '<th scope="col" role="columnheader">Nation / region</th>',
            )
        t_11.append(
            '<th scope="col" role="columnheader">Nominated</th><th scope="col" role="columnheader">Meeting vote / detail</th><th scope="col" role="columnheader">Source</th></tr></thead>\n  <tbody role="rowgroup">\n',
        )
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(l_1_items, undefined):
            l_2_none_key = resolve('none_key')
            l_2_link = resolve('link')
            l_2_election = resolve('election')
            l_2_name_of = resolve('name_of')
            _loop_vars = {}
            pass
            t_11.extend((
                '    <tr role="row"><th scope="row" role="rowheader">',
                escape(environment.getattr(l_2_n, 'body')),
                '</th>',
            ))
            if l_1_show_region:
                pass
                t_11.extend((
                    '<td role="cell" class="wide" data-label="Nation / region">',
                    escape((environment.getattr(l_2_n, 'region') or '–')),
                ))
                if (environment.getattr(l_2_n, 'nation') and (environment.getattr(l_2_n, 'nation') != environment.getattr(l_2_n, 'region'))):
                    pass
                    t_11.extend((
                        ', ',
                        escape(environment.getattr(l_2_n, 'nation')),
                    ))
                t_11.append(
                    '</td>',
                )
            t_11.append(
                '      <td role="cell" class="wide" data-label="Nominated">',
            )
            if (environment.getattr(l_2_n, 'nominee') == (undefined(name='none_key') if l_2_none_key is missing else l_2_none_key)):
                pass
                t_11.append(
                    'No nomination',
                )
            else:
                pass
                t_11.extend((
                    '<a href="',
                    escape(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(context.call(environment.getattr((undefined(name='election') if l_2_election is missing else l_2_election), 'candidate'), environment.getattr(l_2_n, 'nominee'), _loop_vars=_loop_vars), 'url'), _loop_vars=_loop_vars)),
                    '">',
                    escape(context.call((undefined(name='name_of') if l_2_name_of is missing else l_2_name_of), environment.getattr(l_2_n, 'nominee'), _loop_vars=_loop_vars)),
                    '</a>',
                ))
            t_11.append(
                '</td>\n      <td role="cell" class="wide" data-label="Meeting vote / detail">',
            )
            if environment.getattr(l_2_n, 'meeting_vote'):
                pass
                l_3_loop = missing
                for (l_3_k, l_3_v), l_3_loop in LoopContext(environment.getattr(l_2_n, 'meeting_vote'), undefined):
                    _loop_vars = {}
                    pass
                    t_11.extend((
                        escape((context.call((undefined(name='name_of') if l_2_name_of is missing else l_2_name_of), l_3_k, _loop_vars=_loop_vars) if (l_3_k != (undefined(name='none_key') if l_2_none_key is missing else l_2_none_key)) else 'None')),
                        ' ',
                        escape(t_3(l_3_v)),
                    ))
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        t_11.append(
                            ', ',
                        )
                l_3_loop = l_3_k = l_3_v = missing
            if environment.getattr(l_2_n, 'detail'):
                pass
                if environment.getattr(l_2_n, 'meeting_vote'):
                    pass
                    t_11.append(
                        '. ',
                    )
                t_11.append(
                    escape(environment.getattr(l_2_n, 'detail')),
                )
            if ((not environment.getattr(l_2_n, 'meeting_vote')) and (not environment.getattr(l_2_n, 'detail'))):
                pass
                t_11.append(
                    '–',
                )
            if environment.getattr(l_2_n, 'note'):
                pass
                t_11.extend((
                    '<br><span class="note">',
                    escape(environment.getattr(l_2_n, 'note')),
                    '</span>',
                ))
            t_11.extend((
                '</td>\n      <td role="cell"><a href="',
                escape(environment.getattr(l_2_n, 'source_url')),
                '">Source</a></td></tr>\n',
            ))
        l_2_loop = l_2_n = l_2_none_key = l_2_link = l_2_election = l_2_name_of = missing
        t_11.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_11)
    context.exported_vars.add('nominations_list')
    context.vars['nominations_list'] = l_0_nominations_list = Macro(environment, macro, 'nominations_list', ('items', 'show_category', 'show_region', 'caption'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_fig):
        t_12 = []
        l_1_link = resolve('link')
        l_1_absolute_url = resolve('absolute_url')
        l_1_config = resolve('config')
        if l_1_fig is missing:
            l_1_fig = undefined("parameter 'fig' was not provided", name='fig')
        pass
        t_12.extend((
            '<div class="chart-tools">\n  <a href="',
            escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_fig, 'data_url'))),
            '">Download the data</a>\n  <details class="embed">\n    <summary>Embed this chart</summary>\n    <p>Paste this code into your page; the chart fits the width of its column.</p>\n    <pre><code>',
            escape(context.call(environment.getattr(l_1_fig, 'embed_code'), context.call((undefined(name='absolute_url') if l_1_absolute_url is missing else l_1_absolute_url), environment.getattr(l_1_fig, 'embed_url')), environment.getattr((undefined(name='config') if l_1_config is missing else l_1_config), 'title'))),
            '</code></pre>\n    <p><a href="',
            escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_fig, 'embed_url'))),
            '">Preview the embed</a></p>\n  </details>\n</div>',
        ))
        return concat(t_12)
    context.exported_vars.add('chart_tools')
    context.vars['chart_tools'] = l_0_chart_tools = Macro(environment, macro, 'chart_tools', ('fig',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_updates):
        t_13 = []
        l_1_link = resolve('link')
        if l_1_updates is missing:
            l_1_updates = undefined("parameter 'updates' was not provided", name='updates')
        pass
        if l_1_updates:
            pass
            t_13.append(
                '<section aria-labelledby="updates-h">\n  <h2 id="updates-h">Latest updates</h2>\n  <ul class="updates">\n',
            )
            for l_2_u in l_1_updates:
                _loop_vars = {}
                pass
                t_13.extend((
                    '<li><time datetime="',
                    escape(context.call(environment.getattr(environment.getattr(l_2_u, 'date'), 'isoformat'), _loop_vars=_loop_vars)),
                    '">',
                    escape(t_1(environment.getattr(l_2_u, 'date'))),
                    '</time> <a href="',
                    escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_2_u, 'url'), _loop_vars=_loop_vars)),
                    '">',
                    escape(environment.getattr(l_2_u, 'title')),
                    '</a></li>',
                ))
            l_2_u = missing
            t_13.extend((
                '  </ul>\n  <p><a href="',
                escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), '/updates/')),
                '">All updates</a></p>\n</section>\n',
            ))
        return concat(t_13)
    context.exported_vars.add('latest_updates')
    context.vars['latest_updates'] = l_0_latest_updates = Macro(environment, macro, 'latest_updates', ('updates',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '1=42&2=51&5=81&6=92&7=94&10=97&11=105&14=134&18=143&22=151&24=164&25=169&32=202&33=211&35=213&36=216&38=226&39=236&41=270&42=274&45=287&50=304&51=310&52=312&53=316&54=324&55=331&56=365&61=384&62=397&64=399&65=402&67=411&68=420&69=441&70=458&71=499&78=510&80=520&84=522&85=524&90=531&91=537&95=542&97=559'
