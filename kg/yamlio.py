"""YAML reading that remembers line numbers, so every error can name its line.

PyYAML's safe loader is extended so each mapping knows the line of every key
and each list the line of every item; duplicate keys are errors instead of
being silently overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import SourceError


class LineDict(dict):
    """A mapping with `line` (of the mapping) and `key_lines` (of each key)."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list with `line` and `item_lines` (1-based line of each item)."""

    line: int
    item_lines: list[int]


class _Loader(yaml.SafeLoader):
    path: Path


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        line = key_node.start_mark.line + 1
        if key in result:
            raise SourceError(
                loader.path, line, key, f"duplicate key (first at line {result.key_lines[key]})"
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode, deep: bool = False) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
# Dates stay strings: the loader checks their shape itself and keeps "2019-12" as written.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> Any:
    """Parse `path`; syntax errors, bad encodings and empty files name the file and line."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(path, None, None, f"cannot be read: {error.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SourceError(
            path, line, None, "expected UTF-8 text (found a non-UTF-8 byte)"
        ) from None
    if not text.strip():
        raise SourceError(
            path, 1, None, "expected a YAML mapping with a 'source' section, file is empty"
        )
    loader = _Loader(text)
    loader.path = path
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        error_line = mark.line + 1 if mark else None
        problem = error.problem or error.context or "invalid YAML"
        raise SourceError(path, error_line, None, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as error:
        raise SourceError(path, None, None, f"YAML syntax error: {error}") from None
    finally:
        loader.dispose()
