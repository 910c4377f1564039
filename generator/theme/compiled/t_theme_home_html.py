# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/home.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'home.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'home.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'home.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_ballot = resolve('ballot')
    l_0_election = resolve('election')
    l_0_result_chart = resolve('result_chart')
    l_0_m = resolve('m')
    l_0_link = resolve('link')
    l_0_category_charts = resolve('category_charts')
    l_0_updates = resolve('updates')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    pass
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'election_name'))
    yield '</h1>\n<p class="lede">'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'description'))
    yield '</p>\n'
    if (undefined(name='ballot') if l_0_ballot is missing else l_0_ballot):
        pass
        yield '<section class="card" aria-labelledby="result-h">\n  <h2 id="result-h">The result</h2>\n'
        if (environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'winner') and (environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'status') == 'declared')):
            pass
            yield '  <p class="headline"><strong>'
            yield escape(environment.getattr(context.call(environment.getattr((undefined(name='election') if l_0_election is missing else l_0_election), 'candidate'), environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'winner'), _block_vars=_block_vars), 'name'))
            yield '</strong> won with '
            yield escape(t_2(environment.getattr(context.call(environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'line'), environment.getattr(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'tally'), 'winner'), _block_vars=_block_vars), 'share')))
            yield ' of the vote, declared '
            yield escape(t_1(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'declared_at')))
            if environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'place'):
                pass
                yield ' ('
                yield escape(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'place'))
                yield ')'
            yield '.</p>\n'
        elif (environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'status') != 'declared'):
            pass
            yield '<p class="headline">Status: '
            yield escape(environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'status'))
            yield '.</p>'
        yield '  <figure>'
        yield escape((undefined(name='result_chart') if l_0_result_chart is missing else l_0_result_chart))
        yield '<figcaption>'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'source'), _block_vars=_block_vars))
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), (undefined(name='result_chart') if l_0_result_chart is missing else l_0_result_chart), _block_vars=_block_vars))
        yield '</figcaption></figure>\n  '
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'result_table'), (undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'Votes by candidate', 'home-result-table', _block_vars=_block_vars))
        yield '\n  <p><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='ballot') if l_0_ballot is missing else l_0_ballot), 'url'), _block_vars=_block_vars))
        yield '">Full result, by section and turnout</a></p>\n</section>\n'
    if (undefined(name='category_charts') if l_0_category_charts is missing else l_0_category_charts):
        pass
        yield '<section class="card" aria-labelledby="noms-h">\n  <h2 id="noms-h">Nominations at a glance</h2>\n  <div class="grid">\n'
        for (l_1_cat, l_1_chart) in (undefined(name='category_charts') if l_0_category_charts is missing else l_0_category_charts):
            _loop_vars = {}
            pass
            yield '    <figure><h3><a href="'
            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_cat, 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_cat, 'name'))
            yield '</a></h3>'
            yield escape(l_1_chart)
            yield '<figcaption>'
            yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source'), environment.getattr(l_1_cat, 'source'), _loop_vars=_loop_vars))
            yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'chart_tools'), l_1_chart, _loop_vars=_loop_vars))
            yield '</figcaption></figure>\n'
        l_1_cat = l_1_chart = missing
        yield '  </div>\n  <p><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/nominations/', _block_vars=_block_vars))
        yield '">All nominations</a></p>\n</section>\n'
    yield '<div class="grid">\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'latest_updates'), (undefined(name='updates') if l_0_updates is missing else l_0_updates), _block_vars=_block_vars))
    yield '\n'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'key_dates'):
        pass
        yield '<section aria-labelledby="dates-h">\n  <h2 id="dates-h">Key dates</h2>\n  <dl class="dates">\n'
        for l_1_d in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'key_dates'):
            _loop_vars = {}
            pass
            yield '<dt><time datetime="'
            yield escape(context.call(environment.getattr(environment.getattr(l_1_d, 'date'), 'isoformat'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(t_1(environment.getattr(l_1_d, 'date')))
            yield '</time></dt><dd>'
            yield escape(environment.getattr(l_1_d, 'label'))
            yield '</dd>'
        l_1_d = missing
        yield '  </dl>\n</section>\n'
    yield '</div>\n<p><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/candidates/', _block_vars=_block_vars))
    yield '">The candidates</a></p>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=49&5=51&6=53&9=56&10=59&11=70&12=76&13=81&14=83&17=85&21=88&22=92&25=103&29=106&30=108&34=111&39=124'
