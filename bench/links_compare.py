#!/usr/bin/python3
"""Runs the link-analysis algorithms of `homecoming-cli bench links` on the same edge list
with NetworkX and python-igraph (Debian: python3-networkx, python3-igraph) and prints JSON
timings in ms: components, one shortest path by weight, betweenness in the largest component.
Usage: links_compare.py EDGES FROM TO"""
import json, sys, time

edges_file, src, dst = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
edges = []
n = 0
with open(edges_file) as f:
    for line in f:
        a, b, w = line.split()
        edges.append((int(a), int(b), float(w)))
        n = max(n, int(a) + 1, int(b) + 1)
out = {}

def timed(fn):
    t = time.perf_counter()
    r = fn()
    return r, (time.perf_counter() - t) * 1000

try:
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(edges)
    comps, out["networkx_components_ms"] = timed(lambda: list(nx.connected_components(g)))
    _, out["networkx_path_ms"] = timed(lambda: nx.dijkstra_path(g, src, dst, weight="weight"))
    largest = max(comps, key=len)
    _, out["networkx_betweenness_ms"] = timed(lambda: nx.betweenness_centrality(g.subgraph(largest), normalized=False))
except ImportError:
    out["networkx"] = "not installed (apt install python3-networkx)"
try:
    import igraph as ig
    h = ig.Graph(n=n, edges=[(a, b) for a, b, _ in edges])
    h.es["weight"] = [w for _, _, w in edges]
    comps, out["igraph_components_ms"] = timed(lambda: h.connected_components())
    _, out["igraph_path_ms"] = timed(lambda: h.get_shortest_paths(src, to=dst, weights="weight"))
    largest = max(comps, key=len)
    _, out["igraph_betweenness_ms"] = timed(lambda: h.induced_subgraph(largest).betweenness())
except ImportError:
    out["igraph"] = "not installed (apt install python3-igraph)"
print(json.dumps(out))
