"""Network analysis for `kg stats` and `kg path`: plain data out, the CLI renders it.

Every number is computed on the same undirected entity graph that `kg export` writes
(kg.network), so an analyst can reproduce it in networkx, Gephi or igraph from the
exported GraphML.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import Dataset
from rdflib.namespace import RDF

from kg.errors import UsageError
from kg.namespaces import PREFIXES
from kg.network import Network, dataset_quads, is_vocabulary_graph, resolve
from kg.query import visible

EXACT_BETWEENNESS_LIMIT = 5000  # above this, betweenness is estimated from sampled pivots
SEED = 42


@dataclass(frozen=True)
class Ranked:
    """One entity in a top-N list."""

    iri: str
    label: str
    kind: str
    value: float


@dataclass
class Stats:
    """Counts and centralities of one dataset's entity network."""

    triples: int
    class_counts: list[tuple[str, int]]
    predicate_counts: list[tuple[str, int]]
    nodes: int
    edges: int
    kind_counts: list[tuple[str, int]]
    degree: list[Ranked]
    betweenness: list[Ranked]
    betweenness_exact: bool
    components: list[list[str]]
    communities: list[list[str]]
    modularity: float
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (`kg stats --json`)."""
        return {
            "triples": self.triples,
            "classes": dict(self.class_counts),
            "predicates": dict(self.predicate_counts),
            "nodes": self.nodes,
            "edges": self.edges,
            "kinds": dict(self.kind_counts),
            "degree_centrality": [r.__dict__ for r in self.degree],
            "betweenness_centrality": [r.__dict__ for r in self.betweenness],
            "betweenness_exact": self.betweenness_exact,
            "components": [len(c) for c in self.components],
            "communities": self.communities,
            "modularity": self.modularity,
        }


def term_name(iri: str) -> str:
    """`soc:Case` when one of the project's prefixes covers the IRI, else the whole IRI.

    Never the last segment alone: `http://x/p` and `http://y/p` would both be `p`, and
    the counts of two properties would be added up under one name.
    """
    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default="")
    if not best or len(iri) == len(best):
        return iri
    prefix = next(name for name, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best) :]}"


def rdf_counts(dataset: Dataset) -> tuple[int, list[tuple[str, int]], list[tuple[str, int]]]:
    """Distinct data triples, instances per class, triples per predicate (vocabulary excluded)."""
    triples: set[tuple[Any, Any, Any]] = set()
    for s, p, o, g in dataset_quads(dataset):  # a union file's vocabulary too
        if not is_vocabulary_graph(g):
            triples.add((s, p, o))
    classes: Counter[str] = Counter()
    predicates: Counter[str] = Counter()
    typed: set[tuple[Any, Any]] = set()
    for s, p, o in triples:
        predicates[term_name(str(p))] += 1
        if p == RDF.type and (s, o) not in typed:
            typed.add((s, o))
            classes[term_name(str(o))] += 1
    order = lambda item: (-item[1], item[0])  # noqa: E731
    return len(triples), sorted(classes.items(), key=order), sorted(predicates.items(), key=order)


def _ranked(network: Network, values: dict[str, float], top: int) -> list[Ranked]:
    graph = network.graph
    best = sorted(values.items(), key=lambda kv: (-kv[1], graph.nodes[kv[0]]["label"], kv[0]))
    return [
        Ranked(iri=n, label=graph.nodes[n]["label"], kind=graph.nodes[n]["kind"], value=round(v, 6))
        for n, v in best[:top]
    ]


def in_iri_order(graph: nx.Graph) -> nx.Graph:
    """The same graph with nodes and edges added in IRI order.

    Louvain visits nodes and neighbours in the graph's order, which follows the order of
    the file read (named graphs first in .trig, one default graph in .ttl); in a fixed
    order the communities depend on the network alone, whichever export was read.
    """
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph.nodes))
    ordered.add_edges_from(sorted(tuple(sorted(edge)) for edge in graph.edges))
    return ordered


def stats(dataset: Dataset, network: Network, top: int = 10) -> Stats:
    """Counts by class and predicate, top-N degree and betweenness, components, communities.

    Degree centrality is networkx `degree_centrality`; betweenness is networkx
    `betweenness_centrality` (normalised, unweighted) — exact up to 5,000 entities, above
    that estimated from 500 seeded pivots; communities are networkx Louvain with seed 42
    on the network in IRI order.
    """
    if top < 1:
        raise UsageError("--top: expected 1 or more")
    graph = network.graph
    triples, classes, predicates = rdf_counts(dataset)
    kinds = Counter(network.kinds[d["kind"]].label for _, d in graph.nodes(data=True))
    notes = []
    exact = len(graph) <= EXACT_BETWEENNESS_LIMIT
    if len(graph) == 0:
        degree: dict[str, float] = {}
        between: dict[str, float] = {}
    else:
        degree = nx.degree_centrality(graph)
        if exact:
            between = nx.betweenness_centrality(graph, normalized=True)
        else:
            between = nx.betweenness_centrality(graph, k=500, normalized=True, seed=SEED)
            notes.append("betweenness estimated from 500 sampled pivots (seed 42)")
    components = sorted(
        (sorted(graph.nodes[n]["label"] for n in c) for c in nx.connected_components(graph)),
        key=lambda c: (-len(c), c[0] if c else ""),
    )
    communities_sets = (
        nx.community.louvain_communities(in_iri_order(graph), seed=SEED) if len(graph) else []
    )
    communities = sorted(
        (sorted(graph.nodes[n]["label"] for n in c) for c in communities_sets),
        key=lambda c: (-len(c), c[0] if c else ""),
    )
    modularity = (
        nx.community.modularity(graph, communities_sets) if graph.number_of_edges() else 0.0
    )
    return Stats(
        triples=triples,
        class_counts=classes,
        predicate_counts=predicates,
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        kind_counts=sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])),
        degree=_ranked(network, degree, top),
        betweenness=_ranked(network, between, top),
        betweenness_exact=exact,
        components=components,
        communities=communities,
        modularity=round(modularity, 6),
        notes=notes,
    )


def _table(title: str, rows: list[tuple[str, Any]]) -> list[str]:
    """A titled two-column table, names aligned, then a blank line."""
    names = [visible(str(name)) for name, _ in rows]
    width = max((len(name) for name in names), default=0)
    lines = [title]
    lines += [f"  {name:<{width}}  {value}" for name, (_, value) in zip(names, rows, strict=True)]
    if not rows:
        lines.append("  (none)")
    return [*lines, ""]


SIZES_SHOWN = 20  # component sizes listed by `kg stats`; the count gives the rest


def _sizes(components: list[list[str]]) -> str:
    """`sizes 15, 3, 1`; past SIZES_SHOWN `sizes 9, …, 1, … 5 more`; or `none`."""
    if not components:
        return "none"
    sizes = ", ".join(str(len(c)) for c in components[:SIZES_SHOWN])
    rest = len(components) - SIZES_SHOWN
    return f"sizes {sizes}" + (f", … {rest:,} more" if rest > 0 else "")


def stats_lines(result: Stats, top: int) -> list[str]:
    """`kg stats`'s text: counts, the top `top` by centrality, components, communities.

    Labels come from the data, so control characters in them are shown as escapes.
    """
    lines = [
        f"{result.triples:,} data triples; network of {result.nodes:,} entities and "
        f"{result.edges:,} links",
        "",
    ]
    lines += _table("Instances by class", result.class_counts)
    lines += _table("Triples by predicate", result.predicate_counts)
    lines += _table("Entities by type", result.kind_counts)
    lines += _table(
        f"Degree centrality (top {top})", [(r.label, f"{r.value:.4f}") for r in result.degree]
    )
    how = "" if result.betweenness_exact else ", estimated"
    lines += _table(
        f"Betweenness centrality (top {top}{how})",
        [(r.label, f"{r.value:.4f}") for r in result.betweenness],
    )
    lines += [f"Connected components: {len(result.components)} ({_sizes(result.components)})", ""]
    lines.append(
        f"Communities (Louvain, seed 42): {len(result.communities)}, "
        f"modularity {result.modularity:.4f}"
    )
    for number, members in enumerate(result.communities[:top], start=1):
        shown = ", ".join(visible(member) for member in members[:8])
        more = f", … {len(members) - 8} more" if len(members) > 8 else ""
        lines.append(f"  {number}. ({len(members)}) {shown}{more}")
    if len(result.communities) > top:
        lines.append(f"  … {len(result.communities) - top:,} more communities (--top {top})")
    for note in result.notes:
        lines += ["", f"Note: {note}"]
    return lines


@dataclass(frozen=True)
class Hop:
    """One step of a path: from → (property, direction) → to."""

    source_label: str
    property: str
    forward: bool  # True when the RDF triple points from `source` to `target`
    target_label: str
    source_iri: str
    target_iri: str


@dataclass(frozen=True)
class Paths:
    """The shortest paths listed (at most the limit asked for) and how many there are."""

    listed: list[list[Hop]]
    total: int  # every shortest path between the two entities, listed or not

    @property
    def cut(self) -> bool:
        """True when the limit left some shortest paths out of `listed`."""
        return len(self.listed) < self.total


def count_shortest_paths(graph: nx.Graph, a: str, b: str) -> int:
    """How many shortest paths join `a` and `b` (0 when none do).

    One breadth-first search that adds up the ways of reaching each node, level by
    level: as cheap as finding one path, where listing them all to count them can take
    exponential time on a well-connected graph.
    """
    ways = {a: 1}
    frontier = [a]
    while frontier and b not in ways:
        reached: dict[str, int] = {}
        for node in frontier:
            for neighbour in graph[node]:
                if neighbour not in ways:
                    reached[neighbour] = reached.get(neighbour, 0) + ways[node]
        ways.update(reached)
        frontier = list(reached)
    return ways.get(b, 0)


def find_paths(network: Network, start: str, end: str, limit: int = 5) -> Paths:
    """Up to `limit` shortest paths between two entities (id, IRI or label), hop by hop,
    with the number of shortest paths there are, so a cut list can say so."""
    if limit < 1:
        raise UsageError("--limit: expected 1 or more")
    graph = network.graph
    a, b = resolve(network, start), resolve(network, end)
    if a == b:
        return Paths(listed=[[]], total=1)
    total = count_shortest_paths(graph, a, b)
    if total == 0:
        return Paths(listed=[], total=0)
    found = itertools.islice(nx.all_shortest_paths(graph, a, b), limit)
    return Paths(listed=[_hops(graph, path) for path in found], total=total)


def plural(count: int, noun: str) -> str:
    """`1 hop`, `4 hops`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def path_lines(found: Paths, limit: int) -> list[str]:
    """`kg path`'s text: a heading that says how many shortest paths there are and how
    many are shown, then one numbered line per path with the property on each hop."""
    hops = len(found.listed[0])
    what = f"shortest {'path' if found.total == 1 else 'paths'} of {plural(hops, 'hop')}"
    if found.cut:
        heading = f"{len(found.listed)} of {found.total} {what} (--limit {limit}):"
    else:
        heading = f"{found.total} {what}:"
    lines = [heading]
    for number, path in enumerate(found.listed, start=1):
        lines.append(f"{number}. {_path_text(path)}")
    return lines


def _path_text(path: list[Hop]) -> str:
    """One path on one line; labels and properties come from the data, so control
    characters in them are shown as escapes and cannot break the line or fake one."""
    if not path:
        return "(same entity)"
    text = visible(path[0].source_label)
    for hop in path:
        name = visible(hop.property)
        arrow = f" --{name}--> " if hop.forward else f" <--{name}-- "
        text += arrow + visible(hop.target_label)
    return text


def shortest_paths(network: Network, start: str, end: str, limit: int = 5) -> list[list[Hop]]:
    """Up to `limit` shortest paths between two entities (id, IRI or label), hop by hop."""
    return find_paths(network, start, end, limit).listed


def _hops(graph: nx.Graph, path: list[str]) -> list[Hop]:
    """A path of nodes as hops, each with its property and the RDF statement's direction."""
    hops = []
    for u, v in itertools.pairwise(path):
        data = graph.edges[u, v]
        hops.append(
            Hop(
                source_label=graph.nodes[u]["label"],
                property=data["label"],
                forward=data["source_iri"] == u,
                target_label=graph.nodes[v]["label"],
                source_iri=u,
                target_iri=v,
            )
        )
    return hops
