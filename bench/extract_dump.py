"""Dump drafted extractions to a folder, to prove a speed change left them byte-identical.

    python -m bench.extract_dump /tmp/before          # on the old code
    python -m bench.extract_dump /tmp/after           # on the new code
    diff -r /tmp/before /tmp/after                    # must print nothing

Writes the YAML `kg extract` drafts (same path: `kg.build.reserved_index(data)`
then `kg.extract.draft_documents`) for 1,500 generated releases
(`bench/release_generator.py`, seed 2019) in one process and with `--jobs 2`,
and for every release in each corpus/ folder (dev and the holdouts; one
process and `--jobs 2`), one file per set, plus the `kg eval --gold
corpus/dev` table with its misses and false hits. Ids are allocated across
the releases of a set, so the files also check that drafting order and id
choice did not change.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.release_generator import write_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPORA = sorted(p.name for p in (ROOT / "corpus").iterdir() if p.is_dir())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write the dump (created)")
    parser.add_argument("--docs", type=int, default=1_500, help="generated releases")
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args(argv)

    import yaml

    from kg.build import reserved_index
    from kg.cli.render import evaluation_table
    from kg.extract import draft_documents, release_files
    from kg.extract.evaluate import evaluate

    data = ROOT / "data"
    args.folder.mkdir(parents=True, exist_ok=True)

    def dump(name: str, paths: list[Path], jobs: int) -> None:
        index, posts = reserved_index(data)
        drafted = draft_documents(paths, data / "reference", index, jobs=jobs, posts=posts)
        text = "".join(
            f"--- # {path.name}\n"
            + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
            for path, document in drafted
        )
        (args.folder / f"{name}-jobs{jobs}.yaml").write_text(text, encoding="utf-8")

    with tempfile.TemporaryDirectory() as tmp:
        generated = write_corpus(Path(tmp), args.docs, args.seed)
        for jobs in (1, 2):
            dump("generated", generated, jobs)
    for corpus in CORPORA:
        paths = [
            p
            for p in release_files([ROOT / "corpus" / corpus])
            if not p.name.lower().startswith("readme")
        ]
        for jobs in (1, 2):
            dump(corpus, paths, jobs)
    evaluation = evaluate(ROOT / "corpus" / "dev", data / "reference")
    lines = [evaluation_table(evaluation)]
    for title, items in (("misses", evaluation.misses), ("false hits", evaluation.false_hits)):
        lines.append(f"\n{title} ({len(items)}):")
        lines += [f"  {document}  {fact.type:<13} {fact.text}" for document, fact in items]
    (args.folder / "eval-dev.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.folder}")


if __name__ == "__main__":
    main()
