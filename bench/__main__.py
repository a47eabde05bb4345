"""`make bench`: run every benchmark, write bench/results.json and bench/results.md."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path

from bench import routes

HERE = Path(__file__).parent


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


def table(results: list[dict]) -> str:
    lines = ["| benchmark | webmap | baseline (searoute) | ratio | notes |", "|---|---|---|---|---|"]
    for r in results:
        if "webmap_s" in r:
            lines.append(f"| {r['name']} | {r['webmap_s']} s | {r['searoute_s']} s | {r['speedup']}x | |")
        else:
            notes = []
            if "length_difference_pct" in r:
                notes.append(f"lengths {r['webmap_km']:,} vs {r['searoute_km']:,} km ({r['length_difference_pct']}%)")
            if "scgraph_search_only_ms" in r:
                notes.append(f"CH search alone {r['scgraph_search_only_ms']} ms (ceiling {r['ceiling_speedup_if_nothing_but_the_search']}x); "
                             f"{r['pairs_within_half_a_percent']}/{r['pairs']} pairs within 0.5% of searoute's length")
            lines.append(f"| {r['name']} | {r['webmap_ms']} ms | {r['searoute_ms']} ms | {r['speedup']}x | {'; '.join(notes)} |")
    return "\n".join(lines)


def main() -> None:
    results = routes.run()
    report = {"machine": machine(), "results": results}
    (HERE / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    markdown = f"Measured on {report['machine']} by `make bench` (medians of 5 rounds, both sides in one run).\n\n"
    markdown += table(results) + "\n"
    (HERE / "results.md").write_text(markdown)
    print(markdown)


if __name__ == "__main__":
    main()
