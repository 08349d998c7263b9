"""The HTML view with what a thousand releases bring: a hub with hundreds of connections,
thousands of links, a force layout that may never settle, names shared by a label and an
alias. In Debian's chromium, from disk, every network request blocked."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import kg.viz as viz_module
from kg.viz import viz
from tests.test_viz_browser import open_page

pytestmark = pytest.mark.browser

HEAD = (
    "@prefix soc: <https://w3id.org/soc-kg/def#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
)


def hub_file(folder: Path, cases: int) -> Path:
    """A town with `cases` cases linked to it."""
    lines = [HEAD, '<https://w3id.org/soc-kg/id/place/hub> a soc:Town ; rdfs:label "Hubtown" .']
    lines += [
        f'<https://w3id.org/soc-kg/id/case/c{i}> a soc:Case ; rdfs:label "Case {i}" ; '
        "soc:place <https://w3id.org/soc-kg/id/place/hub> ."
        for i in range(cases)
    ]
    path = folder / "hub.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_details_say_how_many_connections_are_not_listed(browser: Any, tmp_path: Path):
    out = tmp_path / "hub.html"
    viz([hub_file(tmp_path, 205)], out)
    opened = open_page(browser, out)
    page = opened.page
    page.fill("#search", "Hubtown")
    page.keyboard.press("Enter")
    heading = page.locator("#details h3", has_text="Connections").text_content()
    assert heading == "Connections (205)"
    listed = page.locator("#details ul.links li")
    assert listed.count() == 201  # 200 links and the line that counts the rest
    assert listed.last.inner_text().startswith("… and 5 more")
    assert opened.console_errors == [] and opened.page_errors == []
    page.close()


def test_an_exact_name_comes_before_an_exact_alias(browser: Any, seed_build) -> None:
    """ "Essex" is the county's name and an alias of Essex Police."""
    opened = open_page(browser, seed_build.paths[0].parent / "graph.html")
    page = opened.page
    page.fill("#search", "essex")
    first = page.locator("#matches li").first
    assert first.evaluate("(li) => li.firstChild.data") == "Essex"
    assert first.locator("small").inner_text() == "County"
    page.keyboard.press("Enter")
    assert page.locator("#details h2").inner_text() == "Essex"
    page.close()


def test_physics_stops_after_its_time_limit_and_fits_the_view(
    browser: Any, seed_build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed's layout takes seconds to settle; with a 0.3 s limit it stops well before."""
    monkeypatch.setattr(viz_module, "PHYSICS_SECONDS", 0.3)
    out = tmp_path / "graph.html"
    viz([seed_build.paths[0].parent / "graph.trig"], out)
    opened = open_page(browser, out)
    page = opened.page
    page.click("#physics")
    page.wait_for_function(
        "() => document.getElementById('physics').getAttribute('aria-pressed') === 'false'",
        timeout=3_000,
    )
    assert page.evaluate("kgNetwork.physics.options.enabled") is False
    assert opened.page_errors == []
    page.close()


def page_flags(html: Path) -> dict[str, Any]:
    text = html.read_text(encoding="utf-8")
    found = re.search(r'id="kg-data"[^>]*>(.*?)</script>', text, re.DOTALL)
    assert found is not None
    return json.loads(found.group(1))


def test_a_network_with_many_links_hides_them_while_dragging(tmp_path: Path) -> None:
    """A frame of thousands of edges is slow: the page hides them while dragging or
    zooming. The flag once keyed on more nodes than the cap, which a capped page never has."""
    viz([hub_file(tmp_path, 1_600)], tmp_path / "many.html")
    viz([hub_file(tmp_path, 205)], tmp_path / "few.html")
    assert page_flags(tmp_path / "many.html")["large"] is True
    assert page_flags(tmp_path / "few.html")["large"] is False


def test_entities_sharing_a_name_are_told_apart_in_search(browser: Any, tmp_path: Path):
    """A thousand releases give many posts named "Head of the ROCU": each match also
    shows what it is connected to."""
    path = tmp_path / "same.ttl"
    place, case = "<https://w3id.org/soc-kg/id/place/", "<https://w3id.org/soc-kg/id/case/"
    lines = [HEAD]
    for town in ("Alpha", "Beta"):
        lines.append(f'{place}{town}> a soc:Town ; rdfs:label "{town}" .')
        lines.append(
            f'{case}{town}> a soc:Case ; rdfs:label "Same case" ; soc:place {place}{town}> .'
        )
    lines.append(f'{case}lone> a soc:Case ; rdfs:label "Lone case" ; soc:place {place}Alpha> .')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    viz([path], tmp_path / "same.html")
    opened = open_page(browser, tmp_path / "same.html")
    page = opened.page
    page.fill("#search", "case")
    kinds = page.locator("#matches li small").all_text_contents()
    names = page.locator("#matches li").evaluate_all("(li) => li.map((x) => x.firstChild.data)")
    shown = dict(zip(kinds, names, strict=True))
    assert sorted(kinds) == ["Case", "Case · Alpha", "Case · Beta"]
    assert shown["Case"] == "Lone case"
    page.close()
