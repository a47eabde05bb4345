"""The README keeps its promises: two set-up commands, and every CLI command and option."""

from __future__ import annotations

import pytest

from webmap.cli import main
from tests.repo import ROOT as PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_gives_the_two_set_up_commands():
    assert "make serve" in README and "make test" in README
    ci = (PROJECT_ROOT / ".ci" / "run").read_text()
    assert "make test" in ci


@pytest.mark.parametrize("name", sorted(main.commands))
def test_readme_documents_every_command_and_option(name):
    command = main.commands[name]
    assert f"webmap {name}" in README
    for param in command.params:
        for flag in param.opts:
            if flag.startswith("--") and flag != "--help":
                assert flag in README, f"webmap {name} {flag} is not in the README"


def test_the_readme_benchmark_table_is_the_last_measured_one():
    table = (PROJECT_ROOT / "bench" / "results.md").read_text(encoding="utf-8").strip()
    block = README.split("<!-- bench:start -->")[1].split("<!-- bench:end -->")[0].strip()
    assert block == table, "run `make bench` (or `python -m bench --report`) to refresh the README"


def test_the_seed_article_is_the_shared_one_byte_for_byte():
    shared = PROJECT_ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("no shared/ folder beside this checkout")
    for article in shared.glob("*.txt"):
        assert (PROJECT_ROOT / "seeds" / article.name).read_bytes() == article.read_bytes()
