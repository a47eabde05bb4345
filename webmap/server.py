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
    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": 4,
        "preload_app": True,
        "timeout": 60,
        "accesslog": "-",
    }
    _Gunicorn(config, options).run()
