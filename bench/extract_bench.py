"""Extraction speed: documents per second for `kg extract`, next to spaCy tokenisation alone.

    python -m bench.extract_bench            # 10,000 generated releases
    python -m bench.extract_bench --docs 2000

Three timings on the same texts, in one run: spaCy tokenisation alone (a
blank English pipeline's tokenizer, the floor), extraction in one process,
and extraction with `--jobs 2`. Drafting (ids, YAML shape) is included in
the extraction timings; reading files is not. The goal is extraction within
3× of tokenisation alone. The last column is the CPU time of this process: with
`--jobs 2` that is the parent's share (receiving results, resolving ids), which
takes a core from the workers.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from bench.release_generator import write_corpus

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "reference"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args(argv)

    import spacy

    from kg.extract import draft_releases
    from kg.extract.draft import Taken
    from kg.extract.extractor import Extractor
    from kg.extract.frontmatter import read_release
    from kg.schema import Index

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp), args.docs, args.seed)
        releases = [read_release(p) for p in paths]
    texts = [r.body for r in releases]
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} generated releases, {chars / len(texts):.0f} characters each on average")

    tokenizer = spacy.blank("en")
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=256))
    floor = time.perf_counter() - start

    extractor = Extractor(REFERENCE)
    results = {}
    parent = {}
    for jobs in (1, 2):
        cpu = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        drafted = draft_releases(extractor, releases, Taken(Index()), jobs)
        results[jobs] = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF)
        parent[jobs] = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
        assert len(drafted) == len(releases)

    rate = len(texts) / floor
    print(f"{'':30} {'seconds':>8} {'docs/s':>8} {'× tokenise':>11} {'this process CPU s':>19}")
    print(f"{'spaCy tokenisation alone':30} {floor:8.2f} {rate:8.0f} {1.0:11.2f}")
    for jobs, seconds in results.items():
        print(
            f"{f'kg extract, --jobs {jobs}':30} {seconds:8.2f} {len(texts) / seconds:8.0f} "
            f"{seconds / floor:11.2f} {parent[jobs]:19.2f}"
        )
    print(f"({tokens} tokens)")


if __name__ == "__main__":
    main()
