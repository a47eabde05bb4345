"""Run the application factory under gunicorn (the same factory the README's gunicorn
command uses), with the app, and so the maritime network, loaded before workers fork."""

from __future__ import annotations

from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, config: dict, options: dict):
        self.config_mapping = config
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from .web import create_app

        return create_app(self.config_mapping)


def run(config: dict, *, host: str, port: int, workers: int = 1) -> None:
    """Serve with the production settings of gunicorn_conf, on the given address."""
    from . import gunicorn_conf

    options = {key: getattr(gunicorn_conf, key) for key in (
        "worker_class", "threads", "preload_app", "timeout", "graceful_timeout", "keepalive", "accesslog", "errorlog")}
    options.update(bind=f"{host}:{port}", workers=workers)
    _Gunicorn(config, options).run()
