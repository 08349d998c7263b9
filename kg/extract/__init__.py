"""Press-release text → draft source documents (rules on spaCy).

`draft_documents` is what `kg extract` calls; `text_documents` is the hook
`kg build` calls to load `.txt`/`.md` releases from `data/sources/` next to
the curated YAML. Both produce the YAML-shaped documents `kg.sources` reads,
so extracted and curated facts go through the one loader and its checks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import UsageError
from kg.schema import Index
from kg.yamlio import LineDict

if TYPE_CHECKING:
    from kg.extract.draft import Taken
    from kg.extract.extractor import Extractor
    from kg.extract.frontmatter import Release

TEXT_SUFFIXES = (".txt", ".md")
log = logging.getLogger(__name__)


def release_files(paths: Iterable[Path]) -> list[Path]:
    """Text releases named directly or found (not recursively) in folders, sorted.

    A folder's releases are found whatever the case of their suffix (`NOTES.TXT`);
    a release-named entry that cannot be read as a file (a broken or looping link)
    is skipped with a warning, not silently.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += folder_releases(path)
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return found


def folder_releases(folder: Path) -> list[Path]:
    """The .txt/.md files directly in `folder`, sorted; others named so are warned about."""
    named = sorted(p for p in folder.iterdir() if p.suffix.lower() in TEXT_SUFFIXES)
    for path in named:
        if not path.is_file() and not path.is_dir():
            why = "a broken or looping symbolic link" if path.is_symlink() else "not a file"
            log.warning("warning: skipped %s: %s", path, why)
    return [p for p in named if p.is_file()]


def draft_documents(
    paths: Sequence[Path],
    reference_dir: Path,
    index: Index,
    jobs: int = 1,
    model: str | None = None,
    posts: dict[tuple[str, str, str], str] | None = None,
    on_release: Callable[[int, int], None] | None = None,
) -> list[tuple[Path, dict[str, Any]]]:
    """Extract every release and draft its document; ids avoid those in `index`.
    `on_release(done, total)` is told after each release (for a progress bar)."""
    from kg.extract.draft import Taken
    from kg.extract.extractor import Extractor
    from kg.extract.frontmatter import read_release

    releases = [read_release(path) for path in paths]
    extractor = Extractor(reference_dir, model=model)
    taken = Taken(index, posts=dict(extractor.gazetteer.posts))
    taken.posts.update(posts or {})
    documents = draft_releases(extractor, releases, taken, jobs, on_release)
    return [(release.path, document) for release, document in zip(releases, documents, strict=True)]


def draft_releases(
    extractor: Extractor,
    releases: Sequence[Release],
    taken: Taken,
    jobs: int = 1,
    on_release: Callable[[int, int], None] | None = None,
) -> list[dict[str, Any]]:
    """Extract and draft `releases` in order; ids avoid, and are added to, `taken`.

    Workers extract and predraft (everything a release decides alone); this
    process only resolves ids in input order, so `jobs` never changes a document.
    """
    from kg.extract.draft import Predrafter

    predrafts = extractor.extract_many_as(releases, Predrafter(extractor.name).predraft, jobs)
    documents = []
    for done, predraft in enumerate(predrafts, 1):
        documents.append(predraft.resolve(taken))
        if on_release is not None:
            on_release(done, len(releases))
    return documents


def text_documents(
    sources_dir: Path,
    reference_dir: Path,
    index: Index,
    curated: Sequence[tuple[Path, LineDict]],
    on_release: Callable[[int, int], None] | None = None,
) -> list[tuple[Path, LineDict]]:
    """The build hook: text releases of `sources_dir` as checked-loader documents.

    A release whose source id (its file stem) is also the id of a curated
    YAML source is skipped: curated data always wins. Ids declared by the
    curated documents are reserved before drafting. A README.md is
    documentation, not a release.
    """
    from kg.extract.draft import as_lines
    from kg.extract.frontmatter import read_release
    from kg.ids import slugify
    from kg.sources import declare

    paths = release_files([sources_dir]) if sources_dir.is_dir() else []
    paths = [p for p in paths if not p.name.lower().startswith("readme")]
    curated_ids = {
        str(doc["source"].get("id")) for _, doc in curated if isinstance(doc.get("source"), dict)
    }
    wanted = [p for p in paths if slugify(p.stem) not in curated_ids]
    if not wanted:
        return []
    reserved = Index(spaces={space: dict(ids) for space, ids in index.spaces.items()})
    for path, document in curated:
        declare(document, path, reserved)
    posts = curated_posts(curated)
    drafted = draft_documents(wanted, reference_dir, reserved, posts=posts, on_release=on_release)
    texts = {path: read_release(path).text for path in wanted}
    return [(path, as_lines(document, texts[path])) for path, document in drafted]


def curated_posts(documents: Sequence[tuple[Path, LineDict]]) -> dict[tuple[str, str, str], str]:
    """(holder, role, organisation) → label of every post curated sources declare."""
    found: dict[tuple[str, str, str], str] = {}
    for _, document in documents:
        for person in document.get("people") or []:
            if not isinstance(person, dict):
                continue
            for post in person.get("posts") or []:
                if isinstance(post, dict) and post.get("label"):
                    key = (str(person.get("id")), str(post.get("role")), str(post.get("in")))
                    found.setdefault(key, str(post["label"]))
    return found
