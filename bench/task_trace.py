"""The page's main-thread tasks as Chromium's own trace records them, wall and CPU time.

The Long Tasks API gives each task's wall-clock time. On this shared 2-core machine a
task that needs 30 ms of CPU can take 150 ms of wall time while other processes hold the
cores, so the wall time alone cannot tell the page's own work from the waiting. The trace
also records each task's thread time (CPU time), and what ran inside it: a script's
evaluation, an event listener, a style or layout pass.

    with traced(browser, page) as trace: ...   # trace.tasks: (wall ms, cpu ms, what ran)

The trace covers the whole browser, Chromium's own pages too (headless Chromium 156 keeps a
renderer for its omnibox popup, whose start is a 100 ms task): only the main threads of the
processes that load the traced page's own files count.
"""

from __future__ import annotations

import bisect
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# "toplevel" holds each task of a thread; "devtools.timeline" and "v8.execute" what ran
# inside it (the latter also JavaScript that no script or listener event names).
CATEGORIES = ["toplevel", "devtools.timeline", "v8.execute"]
TASK_EVENTS = frozenset({"ThreadControllerImpl::RunTask", "RunTask"})
MAIN_THREAD = "CrRendererMain"
# The parts of a task worth naming, with what names them in the event's data.
PARTS = {
    "EvaluateScript": "url",
    "FunctionCall": "url",
    "EventDispatch": "type",
    "TimerFire": "",
    "FireAnimationFrame": "",
    "ParseHTML": "",
    "UpdateLayoutTree": "",
    "Layout": "",
    "Paint": "",
    "v8.compile": "url",
    "v8.compileModule": "url",
    "V8.GCCompactor": "",
    "MajorGC": "",
    "MinorGC": "",
    "RunMicrotasks": "",  # promise callbacks, which no listener event names
    "ParseAuthorStyleSheet": "",
}


# The parts whose data names a script file: a task "runs" each script they name.
SCRIPT_PARTS = frozenset({"EvaluateScript", "FunctionCall", "v8.compile", "v8.compileModule"})


@dataclass(frozen=True)
class Task:
    wall_ms: float
    cpu_ms: float
    parts: tuple[str, ...]  # the largest parts, "Layout 12 ms"
    start_us: float = 0.0  # on the trace's clock
    scripts: frozenset[str] = frozenset()  # file names of the scripts that ran in it

    def runs(self, name_part: str) -> bool:
        return any(name_part in script for script in self.scripts)


@dataclass
class Trace:
    tasks: list[Task] = field(default_factory=list)
    # console.timeStamp(label) calls of the page: label -> time on the trace's clock (us).
    marks: dict[str, float] = field(default_factory=dict)
    # CPU ms of each script's evaluations (EvaluateScript) on the page's main threads, by
    # file name, short ones too.
    evaluated: dict[str, float] = field(default_factory=dict)

    def longest(self, before: str | None = None, after_ms: float = 0.0) -> Task | None:
        """The task that used the most CPU; with `before`, among those that started before
        the page's console.timeStamp(before) (plus after_ms), or all if it never came."""
        tasks = self.tasks
        if before is not None and before in self.marks:
            end = self.marks[before] + after_ms * 1000
            tasks = [task for task in tasks if task.start_us < end]
        return max(tasks, key=lambda task: task.cpu_ms, default=None)


@contextmanager
def traced(browser, page) -> Iterator[Trace]:
    """Trace `page` (Chromium) for the `with` body; fills the Trace's tasks on exit."""
    trace = Trace()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "trace.json"
        browser.start_tracing(page=page, path=str(path), categories=CATEGORIES)
        try:
            yield trace
        finally:
            browser.stop_tracing()
        events = json.loads(path.read_text())
        trace.tasks = main_thread_tasks(events, _site_prefix(page.url))
        trace.marks = time_stamps(events)
        trace.evaluated = script_evaluations(events, _site_prefix(page.url))


def _site_prefix(url: str) -> str:
    """What the URLs of the page's own files start with: its origin, or "file://"."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://" if scheme == "file" else f"{scheme}://{rest.split('/', 1)[0]}/"


def _event_url(event: dict) -> str:
    args = event.get("args") or {}
    for key in ("data", "beginData"):
        data = args.get(key)
        if isinstance(data, dict) and isinstance(data.get("url"), str):
            return data["url"]
    return ""


def _site_main_threads(events: list[dict], site_prefix: str) -> set[tuple]:
    """(pid, tid) of the main threads of the processes that load files under site_prefix."""
    site_processes = {e.get("pid") for e in events if _event_url(e).startswith(site_prefix)}
    return {
        (event["pid"], event["tid"])
        for event in events
        if event.get("ph") == "M"
        and event.get("name") == "thread_name"
        and event.get("args", {}).get("name") == MAIN_THREAD
        and event.get("pid") in site_processes
    }


def script_evaluations(trace_json, site_prefix: str) -> dict[str, float]:
    """CPU ms of the EvaluateScript events of each script file on the page's main threads."""
    events = trace_json["traceEvents"] if isinstance(trace_json, dict) else trace_json
    mains = _site_main_threads(events, site_prefix)
    spent: dict[str, float] = {}
    for event in events:
        if (
            event.get("ph") == "X"
            and event.get("name") == "EvaluateScript"
            and (event.get("pid"), event.get("tid")) in mains
        ):
            name = _event_url(event).rsplit("/", 1)[-1]
            spent[name] = spent.get(name, 0.0) + event.get("tdur", event.get("dur", 0)) / 1000
    return spent


def main_thread_tasks(trace_json, site_prefix: str, shortest_ms: float = 20.0) -> list[Task]:
    """Tasks of at least `shortest_ms` of wall time on the main threads of the processes that
    load files under `site_prefix` (the traced page's)."""
    events = trace_json["traceEvents"] if isinstance(trace_json, dict) else trace_json
    mains = _site_main_threads(events, site_prefix)
    complete = sorted(
        (e for e in events if e.get("ph") == "X" and (e.get("pid"), e.get("tid")) in mains),
        key=lambda event: (event["ts"], -event.get("dur", 0)),
    )
    if not complete:
        return []
    times = [event["ts"] for event in complete]
    tasks = []
    for event in complete:
        if event["name"] not in TASK_EVENTS or event.get("dur", 0) < shortest_ms * 1000:
            continue
        end = event["ts"] + event["dur"]
        during = complete[bisect.bisect_left(times, event["ts"]) : bisect.bisect_right(times, end)]
        inside = [
            other
            for other in during
            if other is not event
            and other["name"] in PARTS
            and other.get("dur", 0) >= 2000
            and (other.get("pid"), other.get("tid")) == (event["pid"], event["tid"])
        ]
        scripts = frozenset(
            _event_url(other).rsplit("/", 1)[-1]
            for other in during
            if other["name"] in SCRIPT_PARTS
            and (other.get("pid"), other.get("tid")) == (event["pid"], event["tid"])
            and _event_url(other)
        )
        inside.sort(key=lambda other: -other.get("tdur", other["dur"]))  # by CPU, as shown
        tasks.append(
            Task(
                wall_ms=event["dur"] / 1000,
                cpu_ms=event.get("tdur", event["dur"]) / 1000,
                parts=tuple(_describe(other) for other in inside[:4]),
                start_us=event["ts"],
                scripts=scripts,
            )
        )
    return tasks


def time_stamps(trace_json) -> dict[str, float]:
    """The first time (us, the trace's clock) of each console.timeStamp(label) of a page."""
    events = trace_json["traceEvents"] if isinstance(trace_json, dict) else trace_json
    marks: dict[str, float] = {}
    for event in events:
        if event.get("name") == "TimeStamp":
            label = ((event.get("args") or {}).get("data") or {}).get("message")
            if isinstance(label, str) and label not in marks:
                marks[label] = event["ts"]
    return marks


def _describe(event: dict) -> str:
    data = event.get("args", {}).get("data") or {}
    detail = str(data.get(PARTS[event["name"]], "")) if PARTS[event["name"]] else ""
    name = detail.rsplit("/", 1)[-1] if "/" in detail else detail
    cpu = event.get("tdur", event["dur"]) / 1000
    return f"{event['name']}{' ' + name if name else ''} {cpu:.0f} ms CPU"
