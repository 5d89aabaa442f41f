"""Every part of the source guide can be found on the built site, under the right heading.

Each required topic is a key phrase from our own wording, checked inside the section of the
heading (anchor) where a reader would look for it, so a topic that is dropped, moved or left
without its stable anchor fails here.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from guide_outline import CHECKLISTS, FAQ_QUESTIONS, GLOSSARY_TERMS, REQUIRED_ANCHORS

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass
class GuidePage:
    """The parts of a built page's article that these tests look at."""

    ids: set[str] = field(default_factory=set)
    # heading id -> the text under that heading, up to the next heading of the same level
    sections: dict[str, str] = field(default_factory=dict)
    # heading id -> its own text
    headings: dict[str, str] = field(default_factory=dict)
    # (id of the h2 above, item text) for each checkbox item of a task list
    task_items: list[tuple[str, str]] = field(default_factory=list)
    # id of the h2 above -> the hrefs of the links under it, in order
    links: dict[str, list[str]] = field(default_factory=dict)
    tables: dict[str, list[list[str]]] = field(default_factory=dict)
    timeline_steps: list[str] = field(default_factory=list)
    # heading id -> the source lines (<p class="source">) under it: (text, hrefs)
    sources: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)


class _ArticleParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = GuidePage()
        self._in_article = False
        self._open_sections: list[tuple[int, str]] = []  # (heading level, id)
        self._heading: tuple[str, list[str]] | None = None  # (id, text parts)
        self._h2 = ""
        self._task_item: list[str] | None = None
        self._task_item_has_box = False
        self._li_depth = 0
        self._task_item_depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._in_timeline = False
        self._source: tuple[list[str], list[str]] | None = None  # (text parts, hrefs)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "article":
            self._in_article = True
        if not self._in_article:
            return
        if attributes.get("id"):
            self.page.ids.add(attributes["id"])
        if tag in HEADINGS and attributes.get("id"):
            self._start_heading(int(tag[1]), attributes["id"])
        elif tag == "p" and "source" in (attributes.get("class") or "").split():
            self._source = ([], [])
        elif tag == "a" and attributes.get("class") != "headerlink" and "href" in attributes:
            self.page.links.setdefault(self._h2, []).append(attributes["href"])
            if self._source is not None:
                self._source[1].append(attributes["href"])
            if self._in_timeline:
                self.page.timeline_steps.append(attributes["href"])
        elif tag == "ol" and "season-timeline" in (attributes.get("class") or ""):
            self._in_timeline = True
        elif tag == "li":
            self._li_depth += 1
            if "task-list-item" in (attributes.get("class") or ""):
                self._task_item, self._task_item_depth = [], self._li_depth
                self._task_item_has_box = False
        elif tag == "input" and attributes.get("type") == "checkbox":
            self._task_item_has_box = self._task_item is not None
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def _start_heading(self, level: int, heading_id: str):
        while self._open_sections and self._open_sections[-1][0] >= level:
            self._open_sections.pop()
        self._open_sections.append((level, heading_id))
        self.page.sections[heading_id] = ""
        self._heading = (heading_id, [])
        if level <= 2:
            self._h2 = heading_id

    def handle_endtag(self, tag):
        if not self._in_article:
            return
        if tag == "article":
            self._in_article = False
        elif tag in HEADINGS and self._heading:
            heading_id, parts = self._heading
            self.page.headings[heading_id] = normalise("".join(parts).replace("\u00b6", ""))
            self._heading = None
        elif tag == "p" and self._source is not None:
            text, hrefs = self._source
            for _level, heading_id in self._open_sections:
                line = (normalise("".join(text)), hrefs)
                self.page.sources.setdefault(heading_id, []).append(line)
            self._source = None
        elif tag == "ol":
            self._in_timeline = False
        elif tag == "li":
            if self._task_item is not None and self._li_depth == self._task_item_depth:
                if self._task_item_has_box:
                    text = normalise("".join(self._task_item))
                    self.page.task_items.append((self._h2, text))
                self._task_item = None
            self._li_depth -= 1
        elif tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(normalise("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.page.tables.setdefault(self._h2, []).append(self._row)
            self._row = None

    def handle_data(self, data):
        if not self._in_article:
            return
        for _level, heading_id in self._open_sections:
            self.page.sections[heading_id] += data
        for parts in (
            self._heading[1] if self._heading else None,
            self._task_item,
            self._cell,
            self._source[0] if self._source else None,
        ):
            if parts is not None:
                parts.append(data)


def normalise(text: str) -> str:
    """One space between words, straight quotes: phrases match however the HTML wraps them."""
    text = text.translate(
        str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
    )
    return re.sub(r"\s+", " ", text).strip()


def parse_page(built_site: Path, page: str) -> GuidePage:
    html_file = built_site / ("index.html" if page == "index" else f"{page}/index.html")
    parser = _ArticleParser()
    parser.feed(html_file.read_text(encoding="utf-8"))
    page_data = parser.page
    page_data.sections = {key: normalise(text) for key, text in page_data.sections.items()}
    return page_data


def read_topics(listing: Path) -> list[tuple[str, str, str]]:
    """(page, heading id, phrase) from the lines `page#heading-id: phrase` of `listing`."""
    topics = []
    for line in listing.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            place, phrase = line.split(": ", 1)
            page, anchor = place.split("#")
            topics.append((page, anchor, phrase))
    return topics


# (page, heading id, a key phrase of ours that must appear under that heading)
TOPICS: list[tuple[str, str, str]] = read_topics(Path(__file__).with_name("guide_topics.txt"))

# Every statement of a rule carries a source line: (page, heading id) whose section, or a
# subsection of it, must hold one.
SOURCED_SECTIONS: list[tuple[str, str]] = [
    ("index", "not-a-pre-match-offer"),
    ("rules", "no-binding-commitments"),
    ("rules", "ranking-is-binding"),
    ("rules", "expressing-interest"),
    ("rules", "what-programs-may-say"),
    ("rules", "rank-order-privacy"),
    ("rules", "report-a-violation"),
    ("rules", "rank-first-letters"),
    ("rules", "all-in-policy"),
    ("rules", "which-match"),
    ("timeline", "signals-and-geographic-preferences"),
    ("timeline", "phase-2-interview-invitations"),
    ("timeline", "thank-you-notes"),
    ("timeline", "rank-list-lock"),
    ("timeline", "after-certification"),
    ("timeline", "match-week-and-soap"),
    ("us-img", "current-status"),
    ("us-img", "permanent-residents"),
    ("us-img", "ecfmg"),
    ("mistakes", "asking-about-rank"),
    ("faq", "program-hints-at-commitment"),
    ("faq", "asked-where-i-will-rank"),
    ("faq", "offer-outside-the-match"),
    ("faq", "contact-during-soap"),
    ("glossary", "all-in-policy"),
    ("glossary", "ecfmg"),
    ("glossary", "program-signal"),
    ("glossary", "rank-order-list"),
    ("glossary", "soap"),
]
# The one markup of a source line: "Source(s): <links> · checked YYYY-MM-DD".
SOURCE_LINE = re.compile(r"^Sources?: .+ · checked (\d{4}-\d{2}-\d{2})$")


GLOSSARY_DEFINITIONS = {
    "eras": "Electronic Residency Application Service",
    "nrmp": "National Resident Matching Program",
    "soap": "Supplemental Offer and Acceptance Program",
    "aamc-id": "Association of American Medical Colleges",
    "ecfmg": "Educational Commission for Foreign Medical Graduates",
}


@pytest.fixture(scope="module")
def pages(built_site) -> dict[str, GuidePage]:
    names = (
        {page for page, _anchor, _phrase in TOPICS}
        | {page for page, _anchor in SOURCED_SECTIONS}
        | set(REQUIRED_ANCHORS)
    )
    return {name: parse_page(built_site, name) for name in names}


@pytest.mark.parametrize(
    ("page", "anchors"), sorted(REQUIRED_ANCHORS.items()), ids=sorted(REQUIRED_ANCHORS)
)
def test_stable_anchors_exist_on_headings(pages, page, anchors):
    missing = [anchor for anchor in anchors if anchor not in pages[page].headings]
    assert not missing, f"{page}: no heading with id {missing}"


@pytest.mark.parametrize(
    ("page", "anchor", "phrase"), TOPICS, ids=[f"{p}#{a}:{t[:30]}" for p, a, t in TOPICS]
)
def test_topic_is_under_its_heading(pages, page, anchor, phrase):
    section = pages[page].sections.get(anchor)
    assert section is not None, f"{page} has no heading #{anchor}"
    assert normalise(phrase) in section, f"{page}#{anchor} does not say: {phrase!r}"


def test_home_page_start_here_path_runs_through_the_tools_in_order(pages):
    links = pages["index"].links["start-here"]
    path = ["rules/", "timeline/", "templates/", "checker/", "planner/", "checklists/"]
    positions = [links.index(target) for target in path if target in links]
    assert len(positions) == len(path), f"start-here lacks some of {path}: {links}"
    assert positions == sorted(positions), f"start-here is not in the order {path}: {links}"


def test_safe_and_risky_language_is_a_side_by_side_table(pages):
    header, *rows = pages["rules"].tables["safe-and-risky-language"]
    assert header[0].startswith("Safe") and header[1].startswith("Risky")
    assert len(rows) >= 3
    assert all(len(row) == 2 and row[0] and row[1] for row in rows)


@pytest.mark.parametrize(
    ("page", "anchor"), SOURCED_SECTIONS, ids=[f"{p}#{a}" for p, a in SOURCED_SECTIONS]
)
def test_rule_statement_cites_a_public_source_with_its_checked_date(pages, page, anchor):
    lines = pages[page].sources.get(anchor)
    assert lines, f"{page}#{anchor} has no source line"
    for text, hrefs in lines:
        found = SOURCE_LINE.match(text)
        assert found, f"{page}#{anchor}: source line not in the agreed form: {text!r}"
        assert datetime.date.fromisoformat(found[1]) <= datetime.date.today(), text
        assert hrefs and all(href.startswith(("https://", "http://")) for href in hrefs), text


def test_every_source_line_on_the_site_has_the_one_form(pages):
    for name, page in pages.items():
        for anchor, lines in page.sources.items():
            for text, _hrefs in lines:
                assert SOURCE_LINE.match(text), f"{name}#{anchor}: {text!r}"


def test_timeline_diagram_links_each_phase_in_order(pages):
    assert pages["timeline"].timeline_steps == [
        f"#{anchor}" for anchor in REQUIRED_ANCHORS["timeline"][:6]
    ]


def test_message_limits_table_gives_the_per_program_maximum(pages):
    rows = {row[0]: row[1:] for row in pages["timeline"].tables["message-limits"]}
    assert rows["Clarification before interviews (only if justified)"][0] == "0 or 1"
    assert rows["Thank-you after the interview"] == ["1", "Within 24 to 48 hours"]
    assert rows["Interest or update letter after the interview"] == [
        "0 or 1",
        "2 to 4 weeks before the rank deadline",
    ]


def test_us_img_page_gives_a_talking_point_per_theme(pages):
    for anchor in ("citizenship-and-visa", "us-clinical-experience", "geographic-commitment"):
        assert "Talking point" in pages["us-img"].sections[anchor], anchor


@pytest.mark.parametrize(("anchor", "question"), FAQ_QUESTIONS.items(), ids=list(FAQ_QUESTIONS))
def test_each_source_question_is_in_the_faq(pages, anchor, question):
    assert question in pages["faq"].headings[anchor]


@pytest.mark.parametrize(("anchor", "term"), GLOSSARY_TERMS.items(), ids=list(GLOSSARY_TERMS))
def test_each_term_is_defined_in_the_glossary(pages, anchor, term):
    assert pages["glossary"].headings[anchor] == term
    definition = pages["glossary"].sections[anchor].removeprefix(term).strip()
    assert len(definition.split()) >= 15, f"{term}: definition too thin: {definition!r}"
    if anchor in GLOSSARY_DEFINITIONS:
        assert GLOSSARY_DEFINITIONS[anchor] in definition


def test_every_checklist_item_is_a_checkbox_under_its_stage(pages):
    items = pages["checklists"].task_items
    for stage, starts in CHECKLISTS.items():
        stage_items = [text for item_stage, text in items if item_stage == stage]
        assert len(stage_items) == len(starts), f"{stage}: {stage_items}"
        for start, text in zip(starts, stage_items, strict=True):
            assert normalise(start) in text, f"{stage}: expected {start!r}, found {text!r}"
    assert len(items) == sum(len(starts) for starts in CHECKLISTS.values()), items
