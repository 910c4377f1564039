# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/data.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'data.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'data.html')
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
    l_0_datasets = resolve('datasets')
    l_0_figures = resolve('figures')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<h1>Data</h1>\n<p class="lede">Every figure on this site, to download as CSV (for spreadsheets) or JSON (for code). The files are made from the same data as the pages each time the site is built, so they always agree.</p>\n'
    l_1_loop = missing
    for l_1_ds, l_1_loop in LoopContext((undefined(name='datasets') if l_0_datasets is missing else l_0_datasets), undefined):
        l_1_link = resolve('link')
        _loop_vars = {}
        pass
        yield '<section class="card dataset" aria-labelledby="'
        yield escape(environment.getattr(l_1_ds, 'id'))
        yield '">\n  <h2 id="'
        yield escape(environment.getattr(l_1_ds, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_ds, 'title'))
        yield '</h2>\n  <p>'
        yield escape(environment.getattr(l_1_ds, 'description'))
        yield '</p>\n  <p class="downloads"><a href="'
        yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_ds, 'csv_url'), _loop_vars=_loop_vars))
        yield '" download>CSV<span class="visually-hidden">: '
        yield escape(environment.getattr(l_1_ds, 'title'))
        yield '</span></a> <a href="'
        yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_ds, 'json_url'), _loop_vars=_loop_vars))
        yield '" download>JSON<span class="visually-hidden">: '
        yield escape(environment.getattr(l_1_ds, 'title'))
        yield '</span></a> <span class="note">'
        yield escape(t_2(t_1(environment.getattr(l_1_ds, 'rows')), 'row'))
        yield '</span></p>\n  <details>\n    <summary>Columns</summary>\n    <dl class="columns">'
        for (l_2_name, l_2_meaning) in environment.getattr(l_1_ds, 'columns'):
            _loop_vars = {}
            pass
            yield '<dt><code>'
            yield escape(l_2_name)
            yield '</code></dt><dd>'
            yield escape(l_2_meaning)
            yield '</dd>'
        l_2_name = l_2_meaning = missing
        yield '</dl>\n  </details>\n  <p class="source">Source'
        yield escape(('s' if (t_1(environment.getattr(l_1_ds, 'sources')) > 1) else cond_expr_undefined("the inline if-expression on line 14 in 'data.html' evaluated to false and no else section was defined.")))
        yield ': '
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(environment.getattr(l_1_ds, 'sources'), undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_s, 'url'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_2_s, 'url'))
                yield '">'
                yield escape(environment.getattr(l_2_s, 'name'))
                yield '</a>'
            else:
                pass
                yield escape(environment.getattr(l_2_s, 'name'))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                yield '; '
        l_2_loop = l_2_s = missing
        yield '</p>\n</section>\n'
    l_1_loop = l_1_ds = l_1_link = missing
    if (undefined(name='figures') if l_0_figures is missing else l_0_figures):
        pass
        yield '<h2 id="embeds">Charts to embed</h2>\n<p>Each chart has a small page that can be embedded in an iframe; it fits the width of its column and needs no JavaScript.</p>\n<ul>\n'
        for l_1_fig in (undefined(name='figures') if l_0_figures is missing else l_0_figures):
            l_1_link = resolve('link')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_fig, 'embed_url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_fig, 'title'))
            yield '</a></li>'
        l_1_fig = l_1_link = missing
        yield '</ul>\n'

blocks = {'main': block_main}
debug_info = '1=12&2=17&5=41&6=46&7=48&8=52&9=54&12=64&14=74&17=96&21=99'
