"""The HTML view in Debian's chromium, opened from disk with every network request blocked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bench.viz_bench import block_external
from kg.viz import viz

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Opened:
    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def node_id(self, label: str) -> int:
        return int(self.page.evaluate("(l) => kgView.data.nodes.find(n => n[1] === l)[0]", label))

    def hover(self, label: str) -> None:
        node = self.node_id(label)
        box = self.page.locator("#mynetwork canvas").bounding_box()
        pos = self.page.evaluate(
            "(id) => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node
        )
        x, y = box["x"] + pos["x"], box["y"] + pos["y"]
        self.page.mouse.move(x + 40, y + 40)
        self.page.mouse.move(x, y, steps=4)

    def click(self, label: str) -> None:
        self.hover(label)
        self.page.mouse.down()
        self.page.mouse.up()


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("view") / "graph.html"
    viz([FIXTURES / "viz-mini.trig", FIXTURES / "viz-hostile.trig"], out)
    return out


def open_page(browser: Any, path: Path) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    opened = Opened(page=page)
    page.on("console", lambda m: m.type == "error" and opened.console_errors.append(m.text))
    page.on("pageerror", lambda e: opened.page_errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url))
    block_external(page)
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_selector("body[data-ready='1']", timeout=60_000)
    return opened


@pytest.fixture
def opened(browser, html) -> Iterator[Opened]:
    result = open_page(browser, html)
    try:
        yield result
    finally:
        result.page.close()


def test_network_draws_offline_with_no_errors_and_no_requests(opened, html):
    page = opened.page
    assert page.locator("#mynetwork canvas").count() == 1
    assert page.evaluate("kgNetwork.body.data.nodes.length") == 16
    assert page.evaluate("kgNetwork.body.data.edges.length") == 20
    painted = page.evaluate(
        """() => { const c = document.querySelector('#mynetwork canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++; return n; }"""
    )
    assert painted > 1000
    assert page.evaluate("kgNetwork.physics.options.enabled") is False
    assert opened.console_errors == [] and opened.page_errors == []
    assert opened.requests == [html.resolve().as_uri()]
    assert page.title() == "soc-kg network"


def test_legend_lists_each_type_with_its_count(opened):
    items = opened.page.locator("#legend-items li").all_inner_texts()
    texts = [" ".join(i.split()) for i in items]
    assert "◆ Case 2" in texts
    assert "▲ Organised crime group 2" in texts
    assert "★ Regional unit 1" in texts
    assert len(texts) == 9


def test_search_by_alias_focuses_and_selects_the_node(opened):
    page = opened.page
    page.fill("#search", "rocu")
    first = page.locator("#matches li").first
    assert first.inner_text().startswith("Regional Organised Crime Unit")
    page.keyboard.press("Enter")
    node = opened.node_id("Regional Organised Crime Unit")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [node]
    assert page.locator("#details h2").inner_text() == "Regional Organised Crime Unit"
    centre = page.evaluate("kgNetwork.getViewPosition()")
    position = page.evaluate("(id) => kgNetwork.getPositions([id])[id]", node)
    assert abs(centre["x"] - position["x"]) < 1 and abs(centre["y"] - position["y"]) < 1


def test_hover_shows_figures_with_qualifiers_and_their_source(opened):
    opened.hover("Eastern Region Special Operations Unit")
    # the page's own tooltip also answers to vis-network's class name
    tip = opened.page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5_000)
    text = tip.inner_text()
    assert "Eastern Region Special Operations Unit" in text
    assert "statistic: more than 380 arrests (2019) — Test unit highlights of 2019" in text
    assert "statistic: 237 kg of Class A drugs (2019)" in text


def test_click_shows_details_with_facts_sources_and_connections(opened):
    page = opened.page
    opened.click("Luton OCG drugs conspiracy")
    details = page.locator("#details")
    details.wait_for(state="visible", timeout=5_000)
    text = details.inner_text()
    assert "more than 110 custodial years (12 people)" in text
    assert "source: Test unit highlights of 2019, Test Unit, 2019-12-20" in text
    assert "involved group → Luton organised crime group" in text
    link = page.locator("#details ul.sources a")
    assert link.get_attribute("href") == "https://example.org/news/highlights-2019"
    # following a connection moves the focus
    page.locator("#details a.link", has_text="Luton organised crime group").click()
    assert page.locator("#details h2").inner_text() == "Luton organised crime group"


def test_hostile_labels_notes_and_sources_stay_text(opened):
    page = opened.page
    label = "Gang <script>document.title='pwned-label'</script>"
    page.fill("#search", "gang <script>")
    assert page.locator("#matches li").first.inner_text().startswith(label)
    page.fill("#search", "alias <img")
    assert page.locator("#matches li").count() == 1
    page.keyboard.press("Enter")
    assert page.locator("#details h2").inner_text() == label
    text = page.locator("#details").inner_text()
    assert "alias <img src=x onerror=\"document.title='pwned-alias'\"> \\ \" '" in text
    assert "note </script><img src=x onerror=document.title='pwned-note'>" in text
    assert "Source </script><script>document.title='pwned-source'</script>" in text
    assert "links <script>document.title='pwned-prop'</script> → Luton" in text
    opened.hover(label)
    page.locator("#tip").wait_for(state="visible", timeout=5_000)
    assert (
        page.evaluate("document.querySelectorAll('img, b, #details script, #tip script').length")
        == 0
    )
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.title() == "soc-kg network"
    assert opened.page_errors == [] and opened.console_errors == []


def test_type_filter_hides_and_search_reveals(opened):
    page = opened.page
    page.locator("#legend-items input[data-kind='Case']").uncheck()
    hidden = page.evaluate("kgView.nodes.get({filter: (n) => n.hidden === true}).length")
    assert hidden == 2
    page.fill("#search", "Hotel van")
    page.keyboard.press("Enter")
    assert page.evaluate("kgView.nodes.get({filter: (n) => n.hidden === true}).length") == 0
    assert page.locator("#legend-items input[data-kind='Case']").is_checked()


def test_physics_toggle_runs_then_settles_and_stops(opened):
    page = opened.page
    page.click("#physics")
    assert page.evaluate("kgNetwork.physics.options.enabled") is True
    # a function, not a string: the page's CSP forbids eval, which string predicates use
    page.wait_for_function(
        "() => document.getElementById('physics').getAttribute('aria-pressed') === 'false'",
        timeout=60_000,
    )
    assert page.evaluate("kgNetwork.physics.options.enabled") is False


def test_search_keyboard_moves_through_matches(opened):
    page = opened.page
    page.fill("#search", "luton")
    names = page.locator("#matches li").evaluate_all("(li) => li.map((x) => x.firstChild.data)")
    assert names == ["Luton", "Luton OCG drugs conspiracy", "Luton organised crime group"]
    second = page.locator("#matches li").nth(1).get_attribute("data-node")
    page.keyboard.press("ArrowDown")
    assert page.locator("#matches li.active").get_attribute("data-node") == second
    page.keyboard.press("Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [int(second)]
