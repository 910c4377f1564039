# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/embed.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'embed.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_config = resolve('config')
    l_0_figure = resolve('figure')
    l_0_description = resolve('description')
    l_0_absolute_url = resolve('absolute_url')
    l_0_link = resolve('link')
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<!doctype html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'language'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'rehearsal'):
        pass
        yield 'TEST DATA – '
    yield escape(environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'title'))
    yield ' – '
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'title'))
    yield '</title>\n<meta name="description" content="'
    yield escape((undefined(name='description') if l_0_description is missing else l_0_description))
    yield '">\n<meta name="robots" content="noindex">\n<link rel="canonical" href="'
    yield escape(context.call((undefined(name='absolute_url') if l_0_absolute_url is missing else l_0_absolute_url), environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'page')))
    yield '">\n<link rel="icon" href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/static/favicon.svg'))
    yield '" type="image/svg+xml">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/static/style.css'))
    yield '">\n<style>:root { --accent: '
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'accent'))
    yield '; }</style>\n</head>\n<body class="embed">\n<main>\n'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'rehearsal'):
        pass
        yield '<p class="rehearsal-banner">TEST DATA – NOT REAL RESULTS</p>'
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'title'))
    yield '</h1>\n<figure>'
    yield escape((context.call(environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'render'), (undefined(name='link') if l_0_link is missing else l_0_link), '_top') if t_1(environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'render')) else (undefined(name='figure') if l_0_figure is missing else l_0_figure)))
    yield '</figure>\n'
    if environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'source'):
        pass
        yield '<p class="credit">Source: '
        yield escape(environment.getattr(environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'source'), 'name'))
        yield '</p>'
    yield '<p class="credit"><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'page')))
    yield '" target="_top">'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'title'))
    yield '</a>: full figures and sources · <a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='figure') if l_0_figure is missing else l_0_figure), 'data_url')))
    yield '" target="_top">Data</a></p>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=23&6=25&7=32&9=34&10=36&11=38&12=40&16=42&17=46&18=48&19=50&20=56'
