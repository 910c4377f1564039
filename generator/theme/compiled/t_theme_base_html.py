# Made by `make templates` (generator/render/compile_theme.py) from theme/templates/base.html: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_config = resolve('config')
    l_0_page_url = resolve('page_url')
    l_0_title = resolve('title')
    l_0_description = resolve('description')
    l_0_canonical = resolve('canonical')
    l_0_headline = resolve('headline')
    l_0_absolute_url = resolve('absolute_url')
    l_0_share = resolve('share')
    l_0_update = resolve('update')
    l_0_link = resolve('link')
    l_0_inline_stylesheet = resolve('inline_stylesheet')
    l_0_stylesheet_text = resolve('stylesheet_text')
    l_0_live = resolve('live')
    l_0_site = resolve('site')
    l_0_crumbs = resolve('crumbs')
    l_0_updated = resolve('updated')
    l_0_share_title = l_0_share_image = l_0_live_on = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<!doctype html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'language'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'rehearsal'):
        pass
        yield 'TEST DATA – '
    if ((undefined(name='page_url') if l_0_page_url is missing else l_0_page_url) != '/'):
        pass
        yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
        yield ' – '
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'title'))
    yield '</title>\n<meta name="description" content="'
    yield escape((undefined(name='description') if l_0_description is missing else l_0_description))
    yield '">\n'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'rehearsal'):
        pass
        yield '<meta name="robots" content="noindex">'
    yield '<link rel="canonical" href="'
    yield escape((undefined(name='canonical') if l_0_canonical is missing else l_0_canonical))
    yield '">\n'
    l_0_share_title = ((undefined(name='headline') if l_0_headline is missing else l_0_headline) if t_4((undefined(name='headline') if l_0_headline is missing else l_0_headline)) else ((undefined(name='title') if l_0_title is missing else l_0_title) if ((undefined(name='page_url') if l_0_page_url is missing else l_0_page_url) != '/') else environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'title')))
    context.vars['share_title'] = l_0_share_title
    context.exported_vars.add('share_title')
    l_0_share_image = context.call((undefined(name='absolute_url') if l_0_absolute_url is missing else l_0_absolute_url), (markup_join(((undefined(name='page_url') if l_0_page_url is missing else l_0_page_url), 'share.png', )) if t_4((undefined(name='share') if l_0_share is missing else l_0_share)) else '/share.png'))
    context.vars['share_image'] = l_0_share_image
    context.exported_vars.add('share_image')
    yield '<meta property="og:type" content="'
    yield escape(('article' if t_4((undefined(name='update') if l_0_update is missing else l_0_update)) else 'website'))
    yield '">\n<meta property="og:site_name" content="'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'title'))
    yield '">\n<meta property="og:title" content="'
    yield escape((undefined(name='share_title') if l_0_share_title is missing else l_0_share_title))
    yield '">\n<meta property="og:description" content="'
    yield escape((undefined(name='description') if l_0_description is missing else l_0_description))
    yield '">\n<meta property="og:url" content="'
    yield escape((undefined(name='canonical') if l_0_canonical is missing else l_0_canonical))
    yield '">\n<meta property="og:image" content="'
    yield escape((undefined(name='share_image') if l_0_share_image is missing else l_0_share_image))
    yield '">\n<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">\n<meta property="og:image:alt" content="'
    yield escape((undefined(name='share_title') if l_0_share_title is missing else l_0_share_title))
    yield '">\n<meta property="og:locale" content="'
    yield escape(t_3(context.eval_ctx, environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'language'), '-', '_'))
    yield '">\n<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:title" content="'
    yield escape((undefined(name='share_title') if l_0_share_title is missing else l_0_share_title))
    yield '">\n<meta name="twitter:description" content="'
    yield escape((undefined(name='description') if l_0_description is missing else l_0_description))
    yield '">\n<meta name="twitter:image" content="'
    yield escape((undefined(name='share_image') if l_0_share_image is missing else l_0_share_image))
    yield '">\n<meta name="twitter:image:alt" content="'
    yield escape((undefined(name='share_title') if l_0_share_title is missing else l_0_share_title))
    yield '">\n<link rel="icon" href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/static/favicon.svg'))
    yield '" type="image/svg+xml">\n<link rel="alternate" type="application/atom+xml" href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/feed.xml'))
    yield '" title="'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'title'))
    yield ': updates">\n'
    if t_4((undefined(name='inline_stylesheet') if l_0_inline_stylesheet is missing else l_0_inline_stylesheet)):
        pass
        yield '<style>'
        yield escape(context.call((undefined(name='stylesheet_text') if l_0_stylesheet_text is missing else l_0_stylesheet_text)))
        yield '</style>\n'
    else:
        pass
        yield '<link rel="stylesheet" href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/static/style.css'))
        yield '">\n'
    yield '<style>:root { --accent: '
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'accent'))
    yield '; --accent-ink: '
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'accent_ink'))
    yield '; }</style>\n'
    l_0_live_on = ((t_4((undefined(name='live') if l_0_live is missing else l_0_live)) and (undefined(name='live') if l_0_live is missing else l_0_live)) and (environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'live_updates') > 0))
    context.vars['live_on'] = l_0_live_on
    context.exported_vars.add('live_on')
    if (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
        pass
        yield '<script src="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/static/live.js'))
        yield '" defer data-live-url="live.json" data-live-version="" data-live-every="'
        yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'live_updates'))
        yield '"></script>\n'
    yield from context.blocks['head'][0](context)
    yield '</head>\n<body>\n<a class="skip" href="#main">Skip to content</a>\n<header class="masthead">\n'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'rehearsal'):
        pass
        yield '<p class="rehearsal-banner">TEST DATA – NOT REAL RESULTS</p>'
    yield '  <div class="wrap">\n    <a class="brand" href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/'))
    yield '">'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'title'))
    yield '</a>\n    <nav aria-label="Main">\n      <ul>\n'
    for l_1_item in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'navigation'):
        _loop_vars = {}
        pass
        yield '        <li><a href="'
        yield escape((context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_item, 'url'), _loop_vars=_loop_vars) if context.call(environment.getattr(environment.getattr(l_1_item, 'url'), 'startswith'), '/', _loop_vars=_loop_vars) else environment.getattr(l_1_item, 'url')))
        yield '"'
        if (environment.getattr(l_1_item, 'url') == (undefined(name='page_url') if l_0_page_url is missing else l_0_page_url)):
            pass
            yield ' aria-current="page"'
        yield '>'
        yield escape(environment.getattr(l_1_item, 'title'))
        yield '</a></li>\n'
    l_1_item = missing
    def t_5(fiter):
        for l_1_p in fiter:
            if environment.getattr(l_1_p, 'nav'):
                yield l_1_p
    for l_1_p in t_5(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'pages')):
        _loop_vars = {}
        pass
        yield '        <li><a href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_p, 'url'), _loop_vars=_loop_vars))
        yield '"'
        if (environment.getattr(l_1_p, 'url') == (undefined(name='page_url') if l_0_page_url is missing else l_0_page_url)):
            pass
            yield ' aria-current="page"'
        yield '>'
        yield escape(environment.getattr(l_1_p, 'title'))
        yield '</a></li>\n'
    l_1_p = missing
    yield '      </ul>\n    </nav>\n  </div>\n</header>\n'
    if (undefined(name='crumbs') if l_0_crumbs is missing else l_0_crumbs):
        pass
        yield '<nav class="crumbs wrap" aria-label="Breadcrumb">\n  <ol>\n'
        for (l_1_name, l_1_url) in (undefined(name='crumbs') if l_0_crumbs is missing else l_0_crumbs):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_1_url, _loop_vars=_loop_vars))
            yield '">'
            yield escape(l_1_name)
            yield '</a></li>'
        l_1_name = l_1_url = missing
        yield '    <li><span aria-current="page">'
        yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
        yield '</span></li>\n  </ol>\n</nav>\n'
    yield '<main id="main" class="wrap"'
    if (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
        pass
        yield ' data-live'
    yield '>\n'
    yield from context.blocks['main'][0](context)
    yield '</main>'
    if (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
        pass
        yield '<!--/live-->'
    yield '\n<footer class="site-footer">\n  <div class="wrap">\n    <p>'
    yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'election_name'))
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'publisher'):
        pass
        yield ' · Published by '
        yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'publisher'))
    yield '</p>\n'
    if (t_4((undefined(name='updated') if l_0_updated is missing else l_0_updated)) and (undefined(name='updated') if l_0_updated is missing else l_0_updated)):
        pass
        if (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
            pass
            yield '<div id="stamp" data-live>'
        yield '<p class="stamp">Last updated <time datetime="'
        yield escape(t_2((undefined(name='updated') if l_0_updated is missing else l_0_updated), environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'timezone')))
        yield '">'
        yield escape(t_1((undefined(name='updated') if l_0_updated is missing else l_0_updated)))
        yield '</time></p>'
        if (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
            pass
            yield '</div><!--/live-->'
    elif (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
        pass
        if (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
            pass
            yield '<div id="stamp" data-live></div><!--/live-->'
    if (undefined(name='live_on') if l_0_live_on is missing else l_0_live_on):
        pass
        yield '<p class="live-checked" id="live-checked" hidden></p><p class="visually-hidden" id="live-announce" aria-live="polite"></p>'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'credits'):
        pass
        yield '<p>'
        yield escape(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'credits'))
        yield '</p>'
    yield '    <ul class="inline">\n      <li><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/data/'))
    yield '">Download the data</a></li>\n      <li><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), '/feed.xml'))
    yield '">Updates feed (Atom)</a></li>\n    </ul>\n  </div>\n</footer>\n</body>\n</html>\n'

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'head': block_head, 'main': block_main}
debug_info = '2=53&6=55&7=64&8=66&9=70&10=72&11=75&12=79&13=81&14=83&15=85&16=87&17=89&20=91&21=93&23=95&24=97&25=99&26=101&27=103&28=105&29=109&30=112&32=117&34=120&35=124&36=127&37=130&39=134&44=136&46=140&49=144&50=148&52=157&53=165&59=175&62=178&63=188&67=191&68=195&69=197&73=201&74=207&75=209&76=220&78=222&80=225&81=228&83=234&84=236&39=239&68=248'
