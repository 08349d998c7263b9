"""Make docs/graph.png, the README picture, from the real seed page in chromium.

    python -m bench.screenshot                  # builds data/ into a temp folder
    python -m bench.screenshot --output docs/graph.png --select ERSOU

The page is the one `kg build` writes (out/graph.html), opened from disk with the network
blocked; one entity is selected so the details panel shows its facts and sources.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.viz_bench import ARGS, CHROMIUM, block_external

REPO = Path(__file__).resolve().parent.parent


def screenshot(page_path: Path, output: Path, select: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            block_external(page)
            page.goto(page_path.resolve().as_uri(), wait_until="load")
            page.wait_for_selector("body[data-ready='1']")
            page.fill("#search", select)
            page.keyboard.press("Enter")
            # back to the opening view (the largest connected part), details panel open
            page.evaluate(
                "() => kgNetwork.fit({nodes: kgView.data.initial.length ? kgView.data.initial"
                " : kgView.nodes.getIds(), animation: false})"
            )
            page.wait_for_timeout(300)
            output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(output))
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO / "data")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "graph.png")
    parser.add_argument("--select", default="Eastern Region Special Operations Unit")
    args = parser.parse_args()
    from kg.build import build_graph

    with tempfile.TemporaryDirectory() as tmp:
        build_graph(args.data, Path(tmp))
        screenshot(Path(tmp) / "graph.html", args.output, args.select)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
