"""Print document -> PDF: Jinja print templates -> Markdown -> HTML -> WeasyPrint.

The PDF is made from the same data and the same escaping as the site, but not through
MkDocs, so it does not depend on which builder publishes the site. Each part of the
report is a Markdown template under templates/print/, rendered by the site's Renderer
(every value escaped for Markdown and HTML), then turned into HTML by markdown-it-py
with raw HTML off: text from documents can only ever be text. The only syntax added to
Markdown is an anchor, `{:id}`, which document text cannot produce (its braces are
escaped). WeasyPrint lays the pages out with templates/print/report.css and fetches
nothing: the charts are served from memory and every other URL is refused.

The cover gives the title, subtitle, span and counts and what happened (the main
events, the home page's list: chronology/main_events.py). A citation names its source as a reader would,
"Title (outlet, date), §N" (source_label), and links to the sentence (or, in a
briefing, to the source's entry in the list of sources).

On a large corpus the PDF is a briefing (key dates, the main profiles, the charts, the
list of sources); `full_text=True` adds every source text, with an anchor on every
sentence, the whole chronology and up to PROFILES_FULL profiles of each type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup

from ..chronology.main_events import citations, what_happened
from ..errors import PublishError
from ..model import (
    ENTITY_TYPES,
    Chronology,
    Citation,
    Document,
    Entity,
    Event,
    KeyDate,
    Mention,
)
from .charts import Charts, draw_charts
from .render import Renderer, human_date, md_escape

# Above this many words in all documents, the PDF leaves out the source texts (unless
# asked): about 60 pages of text; WeasyPrint needs ~0.1 s and ~1 MB per page.
FULL_TEXT_WORDS = 30_000
PROFILES_BRIEF = 20  # per type, most mentioned first, in a briefing
PROFILES_FULL = 150  # per type with the full text: the site has every profile
EVENTS_BRIEF = 60  # events in a briefing's chronology when there are no key dates
TABLE_ROWS = 16  # a chart's numbers are printed as a table up to this many rows
TITLE_WORDS = 10  # a source's title in a citation, cut after this many words
SECTIONS_CITED = 8  # sentence numbers cited per source, then "…"
MENTIONED_IN = 5  # sources listed under a profile ("Mentioned in"), first cited first
SECTION_TITLES = {"person": "People", "organization": "Organizations", "place": "Places"}
SECTION_IDS = {"person": "people", "organization": "organizations", "place": "places"}
CHART_SCHEME = "chart:"


@dataclass(frozen=True, slots=True)
class Part:
    """One part of the report (a top-level section), as HTML, with its subsections."""

    id: str
    title: str
    html: Markup
    children: tuple[tuple[str, str], ...]  # (anchor, title) for the table of contents


def make_pdf(
    documents: Sequence[Document],
    events: Sequence[Event],
    key_dates: Sequence[str],
    entities: Sequence[Entity],
    *,
    templates: Path,
    title: str,
    subtitle: str = "",
    full_text: bool | None = None,
    charts: Charts | None = None,
) -> bytes:
    """The report as PDF bytes. `full_text=None` includes source texts on small corpora.
    `key_dates` are the key dates the pages show, best first."""
    if full_text is None:
        full_text = sum(d.words for d in documents) <= FULL_TEXT_WORDS
    if charts is None:
        charts = draw_charts(documents, events, key_dates, entities)
    report = _Report(documents, events, key_dates, entities, charts, full_text)
    renderer = Renderer(templates, {"name": title})
    parts = [
        _safe_part(renderer, report, "overview", "Overview"),
        _safe_part(renderer, report, "charts", "Charts"),
        _safe_part(renderer, report, "chronology", "Chronology"),
    ]
    for kind in ENTITY_TYPES:
        if report.profiles[kind]:
            parts.append(_safe_part(renderer, report, "profiles", SECTION_TITLES[kind], kind=kind))
    parts.append(_safe_part(renderer, report, "sources", "Sources"))
    html = renderer.render(
        "print/report.html.j2",
        "report.html",
        parts=parts,
        css=Markup((templates / "print" / "report.css").read_text(encoding="utf-8")),
        subtitle=subtitle,
        **report.cover(),
    )
    return _write(html, {f"{CHART_SCHEME}{c.name}.svg": c.svg for c in report.chart_list})


class _Report:
    """The data the print templates show, and the links between its parts."""

    def __init__(
        self,
        documents: Sequence[Document],
        events: Sequence[Event],
        key_dates: Sequence[str],
        entities: Sequence[Entity],
        charts: Charts,
        full_text: bool,
    ):
        self.documents = sorted(documents, key=lambda d: (d.date, d.id))
        self.by_id = {d.id: d for d in documents}
        self.events = sorted(events, key=lambda e: (e.date, e.id))
        self.key_dates = sorted(set(key_dates))
        # The chronology as the cover's summary reads it: the key dates best first (their
        # scores are not needed, only their order).
        self.chronology = Chronology(
            tuple(self.events),
            tuple(KeyDate(d, 0.0, 0, 0) for d in dict.fromkeys(key_dates)),
            shown=len(set(key_dates)),
        )
        self.entities = entities
        self.charts = charts
        self.full_text = full_text
        ranked = sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
        self.counts = {k: sum(1 for e in entities if e.type == k) for k in ENTITY_TYPES}
        self.profiles: dict[str, list[Entity]] = {}
        for kind in ENTITY_TYPES:
            chosen = [e for e in ranked if e.type == kind and e.page is not None]
            self.profiles[kind] = chosen[: PROFILES_FULL if full_text else PROFILES_BRIEF]
        self.profiled = {e.id for group in self.profiles.values() for e in group}
        self.entity_names = {e.id: e.name for e in entities}
        self.chart_list = [
            *charts.overview,
            *(c for c in charts.profiles if c.entity in self.profiled),
        ]

    def cover(self) -> dict[str, Any]:
        dates = [d.date for d in self.documents]
        span = (dates[0], dates[-1]) if dates else None
        return {
            "date_range": span,
            "documents": len(self.documents),
            "words": sum(d.words for d in self.documents),
            "events": len(self.events),
            "entity_counts": [(SECTION_TITLES[k], n) for k, n in self.counts.items()],
            "full_text": self.full_text,
            "what_happened": what_happened(self.chronology, self.documents, span),
        }

    def key_date_groups(self) -> list[tuple[list[str], list[Event]]]:
        """(dates, events) by key date in date order, each happening listed once: an
        event read from a sentence already listed (a sentence with two dates, "flew on
        Tuesday and returned on Friday") is not listed again, and a date left with no
        event of its own joins the entry that lists its sentence ("7 and 10 December
        2021"). With no key dates, the best-sourced events, grouped by date."""
        if self.key_dates:
            wanted = set(self.key_dates)
            chosen = [e for e in self.events if e.date in wanted]
        else:
            chosen = sorted(self.events, key=lambda e: (-len(e.sources), e.date, e.id))
            chosen = sorted(chosen[:EVENTS_BRIEF], key=lambda e: (e.date, e.id))
        by_date: dict[str, list[Event]] = {}
        for event in chosen:
            by_date.setdefault(event.date, []).append(event)
        groups: list[tuple[list[str], list[Event]]] = []
        listed: dict[tuple[str, int], list[str]] = {}  # sentence -> its entry's dates
        for date, events in by_date.items():
            dates = [date]
            fresh: list[Event] = []
            for event in events:
                if not citations(event) & listed.keys():
                    fresh.append(event)
                    listed.update(dict.fromkeys(citations(event), dates))
            if fresh:
                groups.append((dates, fresh))
            else:  # every event of the day is listed under an earlier date
                owner = next(listed[c] for e in events for c in citations(e) if c in listed)
                owner.append(date)
        return groups

    def cite(self, document_id: str, sentence: int) -> Markup:
        """'Title (outlet, date), §N', linked (see cite_all)."""
        return self.cite_all([Citation(document_id, sentence)])

    def cite_all(self, cited: Iterable[Citation | Mention], most: int | None = None) -> Markup:
        """Citations by source, in the order first cited: "Title (outlet, date), §3, §5;
        Other title (date), §2", at most `most` sources (then "…"). A title links to
        the source (its text, or its entry in the list of sources), each §N to its
        sentence (full text) or to the source."""
        by_document: dict[str, list[int]] = {}
        more = False
        for citation in cited:
            if citation.document not in by_document and len(by_document) == most:
                more = True
                continue
            numbers = by_document.setdefault(citation.document, [])
            if citation.sentence not in numbers:
                numbers.append(citation.sentence)
        parts: list[str] = []
        for document_id, numbers in by_document.items():
            document = self.by_id.get(document_id)
            if document is None:
                parts.append(md_escape(f"{document_id}, " + ", ".join(f"§{n}" for n in numbers)))
                continue
            source = doc_anchor(document)
            sections = ", ".join(
                f"[§{n}](#{sentence_anchor(document, n) if self.full_text else source})"
                for n in numbers[:SECTIONS_CITED]
            ) + (" …" if len(numbers) > SECTIONS_CITED else "")
            parts.append(f"[{md_escape(source_label(document))}](#{source}), {sections}")
        return Markup("; ".join([*parts, "…"] if more else parts))

    def entity_link(self, entity_id: str) -> Markup:
        name = md_escape(self.entity_names.get(entity_id, entity_id))
        if entity_id in self.profiled:
            return Markup(f"[{name}](#{anchor('ent', entity_id)})")
        return Markup(name)

    def chart_src(self, name: str) -> Markup:
        return Markup(f"{CHART_SCHEME}{name}.svg")


def source_label(document: Document) -> str:
    """ "Title (outlet, 7 December 2021)": a source as a reader names it, the title cut
    after TITLE_WORDS words; the date left out when the title gives it ("Press
    Briefing ..., May 25, 2021")."""
    words = document.title.split()
    title = " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")
    date = None if _names_date(title, document.date) else human_date(document.date)
    where = ", ".join(p for p in (document.outlet, date) if p)
    return f"{title} ({where})" if where else title


def _names_date(text: str, date: str) -> bool:
    """Does `text` write the day `date` (YYYY-MM-DD) in words: "May 25, 2021",
    "25 May 2021", "Dec. 7, 2021"?"""
    year, _, day = date.split("-")
    name = human_date(date).split()[1]
    months = rf"(?:{name}|{name[:3]}\.?)"
    day = rf"0?{int(day)}(?:st|nd|rd|th)?"
    pattern = rf"\b(?:{months}\s+{day},?|{day}\s+{months},?)\s+{year}\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def dates_label(dates: Sequence[str]) -> str:
    """ "7 December 2021"; "7 and 10 December 2021"; "30 November and 2 December 2021"."""
    if len(dates) == 1:
        return human_date(dates[0])
    days = all(len(d) == 10 for d in dates)
    if days and len({d[:7] for d in dates}) == 1:
        heads = [str(int(d[8:])) for d in dates[:-1]]
        return f"{', '.join(heads)} and {human_date(dates[-1])}"
    if days and len({d[:4] for d in dates}) == 1:
        heads = [human_date(d).rsplit(" ", 1)[0] for d in dates[:-1]]
        return f"{', '.join(heads)} and {human_date(dates[-1])}"
    return f"{', '.join(human_date(d) for d in dates[:-1])} and {human_date(dates[-1])}"


def anchor(prefix: str, value: str) -> str:
    """An id safe in HTML and in a Markdown link destination."""
    return f"{prefix}-{re.sub(r'[^A-Za-z0-9_-]', '-', value)}"


def doc_anchor(document: Document) -> str:
    return anchor("src", document.slug)


def sentence_anchor(document: Document, number: int) -> str:
    return f"{doc_anchor(document)}-s{number}"


def _safe_part(renderer: Renderer, report: _Report, name: str, title: str, **extra: Any) -> Part:
    """The part, or, if making it fails, a part that says so: one part's bug does not
    stop the report (nor the build)."""
    try:
        return _part(renderer, report, name, title, **extra)
    except Exception as error:
        part_id = SECTION_IDS.get(extra.get("kind", ""), name)
        reason = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        html = Markup(
            '<h1 id="{}">{}</h1>\n<p>This part could not be made ({}). The rest of the '
            "report was. Report this as a bug, with the documents.</p>\n"
        ).format(part_id, title, reason)
        return Part(part_id, title, html, ())


def _part(renderer: Renderer, report: _Report, name: str, title: str, **extra: Any) -> Part:
    part_id = SECTION_IDS.get(extra.get("kind", ""), name)
    markdown = renderer.render(
        f"print/{name}.md.j2",
        "report.md",
        report=report,
        part_id=part_id,
        part_title=title,
        cite=report.cite,
        cite_all=report.cite_all,
        dates_label=dates_label,
        mentioned_in=MENTIONED_IN,
        entity_link=report.entity_link,
        chart_src=report.chart_src,
        # Ids are made of [A-Za-z0-9_-] only: safe to place unescaped.
        doc_anchor=lambda d: Markup(doc_anchor(d)),
        sentence_anchor=lambda d, n: Markup(sentence_anchor(d, n)),
        anchor=lambda prefix, value: Markup(anchor(prefix, value)),
        table_rows=TABLE_ROWS,
        **extra,
    )
    html, children = markdown_to_html(markdown)
    return Part(part_id, title, html, children)


# --- Markdown -> HTML ------------------------------------------------------------------
_ANCHOR = re.compile(r"\{:([A-Za-z][A-Za-z0-9_-]*)\}")


def markdown_to_html(markdown: str) -> tuple[Markup, tuple[tuple[str, str], ...]]:
    """HTML from the print Markdown (raw HTML off), and the level-2 headings' anchors."""
    md = _markdown()
    tokens = md.parse(markdown)
    children: list[tuple[str, str]] = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            inline = tokens[i + 1]
            match = _ANCHOR.match(inline.content)
            if match:
                text = "".join(c.content for c in inline.children or () if c.type == "text")
                children.append((match.group(1), text))
    html = md.renderer.render(tokens, md.options, {})
    return Markup(html), tuple(children)  # markdown-it with raw HTML off


class _PrintMarkdown(MarkdownIt):
    def validateLink(self, url: str) -> bool:  # markdown-it names it so
        # Chart images are served from memory under the chart: scheme; nothing else is
        # linked but #anchors and the http(s) originals.
        return url.startswith(("#", CHART_SCHEME, "http://", "https://"))


def _markdown() -> MarkdownIt:
    md = _PrintMarkdown("commonmark", {"html": False, "typographer": False}).enable("table")
    md.inline.ruler.before("emphasis", "anchor", _anchor_rule)
    md.add_render_rule("anchor", _render_anchor)
    return md


def _anchor_rule(state: Any, silent: bool) -> bool:
    if state.src[state.pos] != "{":
        return False
    match = _ANCHOR.match(state.src, state.pos, state.posMax)
    if not match:
        return False
    if not silent:
        token = state.push("anchor", "a", 0)
        token.meta = {"id": match.group(1)}
    state.pos = match.end()
    return True


def _render_anchor(renderer: Any, tokens: Sequence[Any], idx: int, options: Any, env: Any) -> str:
    return f'<a class="anchor" id="{tokens[idx].meta["id"]}"></a>'


# --- WeasyPrint ------------------------------------------------------------------------
def _write(html: str, resources: dict[str, str]) -> bytes:
    from weasyprint import HTML

    try:
        document = HTML(string=html, base_url=CHART_SCHEME, url_fetcher=_fetcher(resources))
        pdf = document.write_pdf()
    except Exception as error:
        raise PublishError(
            f"report.pdf: WeasyPrint failed ({error}). Report this as a bug."
        ) from None
    if pdf is None:  # pragma: no cover (write_pdf without a target returns bytes)
        raise PublishError("report.pdf: WeasyPrint returned nothing. Report this as a bug.")
    return bytes(pdf)


def _fetcher(resources: dict[str, str]) -> Any:
    """A URL fetcher that serves the charts from memory and refuses everything else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class OfflineFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url in resources:
                body = resources[url].encode("utf-8")
                return URLFetcherResponse(url, body, {"Content-Type": "image/svg+xml"})
            raise ValueError(f"{url}: not fetched; the PDF is built offline")

    return OfflineFetcher()
