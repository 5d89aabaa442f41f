"""Markup and script a reader might paste (by accident or not) into the tools' text boxes.

Every payload that could run script sets `window.__xss` (or opens a dialog), so a test can
tell that nothing ran: the flag stays unset and no dialog opens. The pages must show each
payload literally, as text.
"""

from __future__ import annotations

FLAG = "__xss"

PAYLOADS: list[str] = [
    # Script elements
    "<script>window.__xss=1</script>",
    "<SCRIPT>window.__xss=1;alert(1)</SCRIPT>",
    "<script src=data:text/javascript,window.__xss=1></script>",
    "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
    # Event handlers on elements
    '<img src=x onerror="window.__xss=1">',
    "<img src=x onerror=alert(1)>",
    '<svg onload="window.__xss=1"></svg>',
    "<svg><script>window.__xss=1</script></svg>",
    '<body onload="window.__xss=1">',
    '<div onmouseover="window.__xss=1" style="position:fixed;inset:0">hover</div>',
    '<input autofocus onfocus="window.__xss=1">',
    '<details open ontoggle="window.__xss=1">',
    '<video><source onerror="window.__xss=1"></video>',
    '<marquee onstart="window.__xss=1">x</marquee>',
    # Links and frames
    '<a href="javascript:window.__xss=1">click me</a>',
    "javascript:window.__xss=1",
    '<iframe src="javascript:parent.__xss=1"></iframe>',
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    '<object data="javascript:window.__xss=1"></object>',
    '<embed src="data:text/html,<script>parent.__xss=1</script>">',
    '<form action="javascript:window.__xss=1"><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
    # Styles
    '<style>@import "javascript:window.__xss=1";</style>',
    '<div style="width:expression(window.__xss=1)">old IE</div>',
    '<link rel="stylesheet" href="javascript:window.__xss=1">',
    # Template injection (client- and server-side template engines)
    "{{constructor.constructor('window.__xss=1')()}}",
    "{{constructor.constructor('alert(1)')()}}",
    "{{ 7*7 }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    "${window.__xss=1}",
    "<%= 7*7 %>",
    # Entities and escapes that must stay as typed
    "&lt;script&gt;window.__xss=1&lt;/script&gt;",
    "&#60;img src=x onerror=window.__xss=1&#62;",
    "\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e",
    "%3Cscript%3Ewindow.__xss=1%3C/script%3E",
    # Broken and nested markup
    '<img src="x" onerror="window.__xss=1"',
    '"><script>window.__xss=1</script>',
    "'><img src=x onerror=window.__xss=1>",
    "</textarea><script>window.__xss=1</script>",
    "</pre><img src=x onerror=window.__xss=1>",
    "<!--<img src=x onerror=window.__xss=1>-->",
    "<![CDATA[<script>window.__xss=1</script>]]>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
]
