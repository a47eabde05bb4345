"""`make bench`: every speed goal as a ratio against a baseline measured in the same run.

Writes bench/results.json and bench/results.md, and copies the table into the README
between its `bench:start` and `bench:end` markers. `python -m bench routes page` runs some
and replaces only their rows.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
from pathlib import Path

from bench import build, distances, editor, growth, load, nginx, page, pygeoapi, routes, search, startup, throughput

HERE = Path(__file__).parent
README = HERE.parent / "README.md"
SUITES = {"routes": routes.run, "build": build.run, "startup": startup.run, "page": page.run,
          "throughput": throughput.run, "nginx": nginx.run, "pygeoapi": pygeoapi.run,
          "distances": distances.run, "growth": growth.run, "editor": editor.run, "search": search.run}
EXTRA = {"load": load.run}  # run by name only: `python -m bench load` (docs/RELIABILITY.md)


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), model)
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


def row(r: dict) -> str:
    if "growth" in r:  # one corpus size (bench/growth.py; its own table and plot are in the README too)
        g = r["growth"]
        return (f"| {r['name']} | index page {g['index_page_ms']} ms, /ogc/collections page "
                f"{g['collections_page_ms']} ms, story page {g['story_page_ms']} ms, worker PSS {g['worker_pss_mb']} MB | "
                f"rebuild, nothing changed: {g['unchanged_rebuild_s']} s; one changed: {g['one_changed_rebuild_s']} s "
                f"(that story alone: {g['one_story_alone_s']} s) | | full build {g['full_build_s']} s; first answers, "
                f"not from memory (README: Growth) |")
    if "published_distances" in r:  # route lengths against published distances, land crossed (bench/distances.py)
        if "skipped" in r:
            return f"| {r['name']} | not measured | | | {r['skipped']} |"
        ours, theirs = r["ours"], r["theirs"]
        if r["published_distances"] == "land":
            where = ours["longest"]
            return (f"| {r['name']} | {ours['routes_over_limit']} of {ours['routes']} routes cross more than "
                    f"{r['limit_km']:g} km of land ({ours['routes_over_limit_on_the_way']} away from their ports); "
                    f"longest {where['km']} km, {where['pair']} | searoute: {theirs['routes_over_limit']} of "
                    f"{theirs['routes']} ({theirs['routes_over_limit_on_the_way']}) | | {r.get('land', 'Natural Earth 1:50m land')}, "
                    f"sampled every {r['sample_km']:g} km; canals and the Turkish straits not counted |")
        worst = "; ".join(f"{w['pair']} {w['error_pct']:+g}%" for w in ours["worst"])
        return (f"| {r['name']} | median {ours['median_abs_pct']}%, max {ours['max_abs_pct']}% absolute error, "
                f"{ours['pairs']} pairs | searoute: median {theirs['median_abs_pct']}%, max {theirs['max_abs_pct']}% | "
                f"{round(ours['median_abs_pct'] / theirs['median_abs_pct'], 2)}x the median error | target: median "
                f"≤ {r['target_pct']:g}%; worst: {worst} (geodata/distances/published.csv) |")
    if "first_query_ms" in r:  # a port's first route query, against the CH search alone
        source = ("every port's legs read from geodata/network/prepared.sqlite" if r["prepared_file"]
                  else "no prepared legs: each port searched on its first query")
        return (f"| {r['name']} | {r['first_query_ms']} ms (again: {r['again_ms']} ms, {r['ratio_again']}x) | the CH "
                f"search alone: {r['search_ms']} ms | {r['ratio']}x the time | goal: within 2x; {source} |")
    if "speedup" in r:  # route queries: webmap against searoute
        unit = "s" if "webmap_s" in r else "ms"
        ours, theirs = (r["webmap_s"], r["searoute_s"]) if unit == "s" else (r["webmap_ms"], r["searoute_ms"])
        notes = []
        if "length_difference_pct" in r:
            notes.append(f"lengths {r['webmap_km']:,} vs {r['searoute_km']:,} km")
        if "scgraph_search_only_ms" in r:
            notes.append(f"the CH search alone: {r['scgraph_search_only_ms']} ms (ceiling "
                         f"{r['ceiling_speedup_if_nothing_but_the_search']}x); {r['pairs_within_half_a_percent']}"
                         f"/{r['pairs']} pairs within 0.5% of searoute's length")
        return f"| {r['name']} | {ours} {unit} | searoute: {theirs} {unit} | {r['speedup']}x faster | {'; '.join(notes)} |"
    if "webmap_bytes" in r:
        return (f"| {r['name']} | {r['webmap_bytes'] / 1000:.1f} KB in {r['webmap_requests']} requests, drawn in "
                f"{r['webmap_drawn_s']} s | folium default: at least {r['folium_bytes_at_least'] / 1000:.1f} KB in "
                f"{r['folium_requests']} requests, drawn in {r['folium_drawn_s']} s | {r['bytes_ratio']}x the bytes | "
                f"ours draws the offline basemap (531 shapes) too; folium's has none, and "
                f"{len(r['folium_assets_not_counted'])} of its CDN assets are not on npm, so not counted |")
    if "static" in r:  # the static export under nginx, against gunicorn
        ours, theirs = r["static"], r["gunicorn"]
        return (f"| {r['name']} | {ours['requests_per_s']} req/s, p99 {ours['p99_ms']} ms, {ours['errors']} errors | "
                f"gunicorn, the live page: {theirs['requests_per_s']} req/s, p99 {theirs['p99_ms']} ms | "
                f"{r['ratio']}x the req/s | deploy/nginx-site.conf sends the export's .{'br' if r['encoding'] == 'br' else 'gz'} "
                f"({r['static_bytes'] / 1000:.1f} KB) as it is; gunicorn (1 worker per core) sends "
                f"{r['gunicorn_bytes'] / 1000:.1f} KB |")
    if "pygeoapi" in r:  # webmap's OGC API next to pygeoapi on the same data (bench/pygeoapi.py)
        odd = f"; {r['note']}" if r.get("note") else ""
        if "webmap_pages_only" in r:  # memory after the load
            def mb(m: dict) -> str:
                worker, master = m["per_worker"], m["master"]
                return (f"RSS {worker['rss_mb']} MB, PSS {worker['pss_mb']} MB a worker (master: RSS "
                        f"{master['rss_mb']} MB, PSS {master['pss_mb']} MB)")
            pages = r["webmap_pages_only"]["per_worker"]
            return (f"| {r['name']} | {mb(r['webmap'])} | pygeoapi {r['pygeoapi_version']}: {mb(r['pygeoapi'])} | "
                    f"{r['ratio']}x the PSS | after the load, {r['workers']} workers each, from smaps_rollup; "
                    f"master and workers together: PSS {r['webmap']['total_pss_mb']} MB vs "
                    f"{r['pygeoapi']['total_pss_mb']} MB; webmap's workers after serving only the story page: "
                    f"RSS {pages['rss_mb']} MB, PSS {pages['pss_mb']} MB{odd} |")
        ours, theirs = r["webmap"], r["pygeoapi"]
        return (f"| {r['name']} | {ours['requests_per_s']} req/s, p99 {ours['p99_ms']} ms, {ours['errors']} errors | "
                f"pygeoapi {r['pygeoapi_version']}: {theirs['requests_per_s']} req/s, p99 {theirs['p99_ms']} ms, "
                f"{theirs['errors']} errors | {r['ratio']}x the req/s | same data, gunicorn -w {r['workers']} both "
                f"(webmap's settings for both: gthread, 4 threads), in turn; {r['bytes_sent']['webmap'] / 1000:.1f} KB "
                f"(gzip) vs {r['bytes_sent']['pygeoapi'] / 1000:.1f} KB{odd} |")
    if "bare" in r:  # throughput against a bare Flask handler sending the same bytes
        ours, theirs = r["webmap"], r["bare"]
        return (f"| {r['name']} | {ours['requests_per_s']} req/s, p99 {ours['p99_ms']} ms, {ours['errors']} errors | "
                f"a bare Flask handler sending the same bytes: {theirs['requests_per_s']} req/s, p99 "
                f"{theirs['p99_ms']} ms | {r['ratio']}x the req/s | both under gunicorn with webmap/gunicorn_conf.py, "
                f"run in turn |")
    if "webmap" in r:  # throughput
        ours, theirs = r["webmap"], r["nginx"]
        base = (f"nginx, static export: {theirs['requests_per_s']} req/s, p99 {theirs['p99_ms']} ms"
                if theirs else "none: needs the server")
        ratio = f"{r['ratio']}x the req/s" if r["ratio"] else ""
        return (f"| {r['name']} | {ours['requests_per_s']} req/s, p99 {ours['p99_ms']} ms, {ours['errors']} errors | "
                f"{base} | {ratio} | gunicorn (1 worker per core) serves compressed bodies it keeps"
                f"{'; nginx gzips each response' if theirs else ''} |")
    peak = f", peak {r['peak_mb']} MB" if "peak_mb" in r else ""
    goal = f"goal: under {r['goal_s']:g} s" if "goal_s" in r else ""
    if "slowest_s" in r:
        goal += f"; the slowest query {r['slowest_s']:g} s"
    return f"| {r['name']} | {r['webmap_s']} s{peak} | {r['baseline']}: {r['baseline_s']} s | {r['ratio']}x the time | {goal} |"


def main(names: list[str]) -> None:
    if names and all(name in EXTRA for name in names):
        for name in names:
            print(json.dumps(EXTRA[name](), indent=2))
        return
    if names == ["--report"]:  # only re-render the tables from the last results.json
        report, names = json.loads((HERE / "results.json").read_text()), []
    else:
        fresh = []
        for name in names or list(SUITES):
            print(f"bench: {name}...", file=sys.stderr, flush=True)
            found = SUITES[name]()
            fresh += found if isinstance(found, list) else [found]
        # Named suites replace their own rows of the last results; the others are kept (read
        # now, not at the start, so that a suite run meanwhile in another shell keeps its rows).
        previous = json.loads((HERE / "results.json").read_text())["results"] if names else []
        results = [r for r in previous if r["name"] not in {f["name"] for f in fresh}]
        at = next((i for i, r in enumerate(results) if r["name"].split(" (")[0] == fresh[0]["name"].split(" (")[0]),
                  len(results))
        results[at:at] = fresh
        report = {"machine": machine(), "results": results}
        (HERE / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    results = report["results"]
    table = "\n".join([
        f"Measured by `make bench` on {report['machine']}: medians of 5 runs, each next to its baseline "
        "measured in the same run. Throughput: wrk, 32 connections, 5 s per run, loopback.",
        "",
        "| benchmark | webmap | baseline | ratio | notes |",
        "|---|---|---|---|---|",
        *[row(r) for r in results],
    ])
    (HERE / "results.md").write_text(table + "\n")
    text = README.read_text()  # the README always shows the table as it now stands
    text = re.sub(r"(<!-- bench:start -->\n).*?(<!-- bench:end -->)",
                  lambda m: m.group(1) + table + "\n" + m.group(2), text, flags=re.S)
    README.write_text(text)
    print(table)


if __name__ == "__main__":
    main(sys.argv[1:])
