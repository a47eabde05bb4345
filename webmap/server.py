"""Run the application factory under gunicorn (the same factory the README's gunicorn
command uses). With several workers the app, and so the maritime network, is loaded before
they fork, so they share it; with one worker there is nothing to share, so the worker
answers at once and loads the network beside, in a thread (a route query meanwhile waits
for it)."""

from __future__ import annotations

import threading

from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, config: dict, options: dict, *, warm_network: bool = False):
        self.config_mapping = config
        self.options = options
        self.warm_network = warm_network
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from .web import create_app

        app = create_app(self.config_mapping)
        if self.warm_network:  # in the worker (not preloaded): a thread may run here
            resources = app.extensions["webmap"]
            threading.Thread(target=lambda: resources.network, name="load-network", daemon=True).start()
        return app


def run(config: dict, *, host: str, port: int, workers: int = 1) -> None:
    """Serve with the production settings of gunicorn_conf, on the given address."""
    from . import gunicorn_conf

    options = {key: getattr(gunicorn_conf, key) for key in (
        "worker_class", "threads", "preload_app", "timeout", "graceful_timeout", "keepalive", "accesslog", "errorlog")}
    options.update(bind=f"{host}:{port}", workers=workers)
    alone = workers == 1
    if alone:
        options["preload_app"] = False
        config = {**config, "PRELOAD_NETWORK": False}
    _Gunicorn(config, options, warm_network=alone).run()
