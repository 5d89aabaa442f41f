"""Browser pages that record what they did: every request (those leaving this machine are
blocked), console errors and uncaught page errors; and a page shared by several tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

LOCAL_SCHEMES = ("data:", "blob:", "file:", "about:")
LOCAL_HOSTS = ("http://127.0.0.1:", "http://localhost:")


@dataclass
class PageLog:
    """What a page did that a test may want to assert on."""

    requests: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def clear(self) -> None:
        for entries in (self.requests, self.outside_requests):
            entries.clear()
        self.console_errors.clear()
        self.page_errors.clear()


def is_local(url: str) -> bool:
    return url.startswith(LOCAL_SCHEMES) or url.startswith(LOCAL_HOSTS)


def origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def open_logged_page(browser, memory=None, **context_options):
    """A new page in a fresh context that blocks and records any request leaving
    this machine, and collects console errors. Returns (context, page, log).

    The site's service worker is blocked unless a test asks for it: it would download the
    whole site in the background of every test (tests/test_offline_app_browser.py covers it).
    With `memory` (testsupport.memory.MemoryCopies), the site's Python pages find Python's
    saved memory in the context, as after an earlier visit."""
    context = browser.new_context(**{"service_workers": "block", **context_options})
    log = PageLog()

    def route(route_request):
        url = route_request.request.url
        log.requests.append(url)
        if is_local(url):
            route_request.continue_()
        else:
            log.outside_requests.append(url)
            route_request.abort()

    context.route("**/*", route)
    if memory is not None:
        memory.hand_to(context)  # routed first, then falls back to `route`
    page = context.new_page()
    record_errors(page, log)
    return context, page, log


def record_errors(page, log: PageLog) -> None:
    """Collect the page's console errors and uncaught errors into `log`."""
    page.on(
        "console",
        lambda message: message.type == "error" and log.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))


class SharedPage:
    """One logged page that the tests of a module take turns on, so that Python starts once
    for all of them instead of once per test.

    `fresh()` hands it to the next test in a clean state: the log emptied, the site's saved
    data cleared and the tool emptied where it stands (`clear_in_place`, which returns False
    when some state only a reload removes is left). When the page is elsewhere or not clean,
    it is loaded again from scratch, as a new page would be."""

    def __init__(
        self,
        browser,
        url: str,
        *,
        ready: Callable,
        clear_in_place: Callable,
        memory=None,
        **context_options,
    ):
        self.context, self.page, self.log = open_logged_page(browser, memory, **context_options)
        self.url = url
        self._ready = ready
        self._clear_in_place = clear_in_place

    def fresh(self):
        """(page, log) at self.url, Python ready, nothing saved, the tool empty."""
        page = self.page
        page.emulate_media(media="null")  # a test may have shown the print view
        if origin(page.url) == origin(self.url):
            page.evaluate("() => localStorage.clear()")
        if page.url != self.url or not self._clear_in_place(page):
            if origin(page.url) == origin(self.url):
                page.evaluate("() => localStorage.clear()")  # what the tool wrote meanwhile
            page.goto(self.url)
        self._ready(page)
        self.log.clear()
        return page, self.log

    def close(self) -> None:
        self.context.close()
