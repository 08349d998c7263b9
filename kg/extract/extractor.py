"""Run the rules over releases, one process or several.

`Extractor` holds the gazetteer and the spaCy pipeline (built once) and turns
each `Release` into an `Extraction`: spaCy's blank English pipeline (or the
model named) with its sentencizer and the gazetteer's span ruler. With
`jobs > 1` a process pool runs whole extractions (spaCy plus rules) on
batches of releases, so the rules run in parallel too, and `extract_many_as`
also runs a finishing step there (drafting's release-only half), so the
parent receives compact results and does little. Where processes start by
forking, workers inherit the pipeline already built (building it takes
seconds); elsewhere each worker builds its own once.

The gazetteer and pipeline are a hundred thousand long-lived objects; while
extracting they are moved out of the garbage collector's reach (`gc.freeze`),
which otherwise walks them all on every full collection.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import ExtractionFailed, KgError
from kg.extract.cases import CaseRules
from kg.extract.entities import EntityRules
from kg.extract.facts import Extraction
from kg.extract.frontmatter import Release
from kg.extract.gazetteer import load_gazetteer
from kg.extract.offences import warm as warm_offences
from kg.extract.pipeline import build_nlp, doc_view, paragraphs_of
from kg.extract.view import View
from kg.ids import slugify

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR_NAME = "soc-kg rules"

T = TypeVar("T")


class Extractor:
    """Gazetteer + spaCy pipeline + rules; build once, use for many releases."""

    def __init__(self, reference_dir: Path, model: str | None = None, towns: bool = True) -> None:
        self.reference_dir = reference_dir
        self.model = model
        self.towns = towns
        self.gazetteer = load_gazetteer(reference_dir, towns)
        self.nlp = build_nlp(self.gazetteer, model)
        warm_offences()  # the crime-type vocabulary is read once here, not mid-release

    @property
    def name(self) -> str:
        return f"{EXTRACTOR_NAME} (spaCy {self.model or 'blank en'})"

    def extract(self, release: Release) -> Extraction:
        return self.from_doc(release, self.nlp(release.body))

    def from_doc(self, release: Release, doc: Doc) -> Extraction:
        """The release's extraction; a failure of the rules names the release."""
        try:
            return self.rules_on(release, doc)
        except KgError:
            raise
        except Exception as error:  # a rule's bug: one line naming the file, not a traceback
            raise ExtractionFailed(
                f"{release.path}: the extraction rules failed on this release "
                f"({type(error).__name__}: {error}); curate it by hand and please report it"
            ) from error

    def rules_on(self, release: Release, doc: Doc) -> Extraction:
        sentences, entities = doc_view(doc, release.body_start, release.body)
        view = View(release, sentences, entities, paragraphs_of(release.text, release.body_start))
        source_id = release.meta.get("id") or slugify(release.path.stem)
        extraction = Extraction(source_id=source_id, meta=dict(release.meta))
        rules = EntityRules(self.gazetteer, view, extraction)
        rules.organisations()
        rules.lead_force()
        rules.places()
        rules.members()
        rules.operates_in()
        rules.groups()
        rules.people()
        rules.drop_counsel()
        rules.drop_bylines()
        rules.drop_surnames()
        CaseRules(view, extraction, rules).run()
        rules.drop_surnames()  # again: the case rules add the defendants ("Milan Lakatos, 42")
        return extraction

    def extract_batch(
        self, releases: list[Release], finish: Callable[[Extraction], Any] | None = None
    ) -> list[Any]:
        docs = self.nlp.pipe((r.body for r in releases), batch_size=64)
        found = [self.from_doc(r, doc) for r, doc in zip(releases, docs, strict=True)]
        return found if finish is None else [finish(e) for e in found]

    def extract_many(self, releases: Iterable[Release], jobs: int = 1) -> Iterator[Extraction]:
        """Extractions in input order; `jobs > 1` uses a process pool."""
        return self.extract_many_as(releases, _same, jobs)

    def extract_many_as(
        self, releases: Iterable[Release], finish: Callable[[Extraction], T], jobs: int = 1
    ) -> Iterator[T]:
        """`finish(extraction)` for each release in input order, run where it was extracted.

        With `jobs > 1` that is in the worker, so only what `finish` returns
        travels back (it must pickle, and so must `finish`: a module-level
        function or a bound method of a small object).
        """
        releases = list(releases)
        with _frozen_gc():
            if jobs <= 1 or len(releases) < 2:
                docs = self.nlp.pipe((r.body for r in releases), batch_size=64)
                for release, doc in zip(releases, docs, strict=True):
                    yield finish(self.from_doc(release, doc))
                return
            size = max(1, min(64, len(releases) // (jobs * 4) or 1))
            batches = [releases[i : i + size] for i in range(0, len(releases), size)]
            context = multiprocessing.get_context()
            # A forked worker starts with a copy of this process: `self` is never pickled.
            initargs: tuple[object, ...] = (
                (self,)
                if context.get_start_method() == "fork"
                else (self.reference_dir, self.model, self.towns)
            )
            with ProcessPoolExecutor(
                max_workers=jobs,
                mp_context=context,
                initializer=_init_worker,
                initargs=initargs,
            ) as pool:
                for batch in pool.map(_extract_in_worker, batches, itertools.repeat(finish)):
                    yield from batch


@contextmanager
def _frozen_gc() -> Iterator[None]:
    """Objects that exist now (pipeline, gazetteer, releases) skip collections meanwhile."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_WORKER: Extractor | None = None


def _init_worker(*args: object) -> None:
    global _WORKER
    if isinstance(args[0], Extractor):
        _WORKER = args[0]
    else:
        reference_dir, model, towns = args
        assert isinstance(reference_dir, Path)
        _WORKER = Extractor(reference_dir, model if isinstance(model, str) else None, bool(towns))
    gc.freeze()  # the worker's pipeline and gazetteer are never garbage


def _extract_in_worker(releases: list[Release], finish: Callable[[Extraction], T]) -> list[T]:
    assert _WORKER is not None
    return _WORKER.extract_batch(releases, finish)


def _same(extraction: Extraction) -> Extraction:
    return extraction
