"""gunicorn settings for production: `gunicorn -c python:webmap.gunicorn_conf`.

The app, and with it the maritime network, is loaded once in the master before
the workers fork (preload_app), so no request waits for it. Deployment settings come from
the environment here, at the edge; the application factory itself reads none.
    WEBMAP_GEODATA  folder of built stories (default: the project's geodata/)
    WEBMAP_BIND     address (default 0.0.0.0:8000)
    WEBMAP_WORKERS  worker processes (default: one per CPU core)
    WEBMAP_PROXIES  proxies in front whose X-Forwarded-* headers to trust (default 0)
    WEBMAP_ACCESS_LOG  where the access log goes: "-" (standard output, the default), a file,
                    or "off" (behind nginx, which logs every request already)
"""

import multiprocessing
import os

_config = {"TRUSTED_PROXIES": int(os.environ.get("WEBMAP_PROXIES", "0"))}
if os.environ.get("WEBMAP_GEODATA"):
    _config["GEODATA_DIR"] = os.environ["WEBMAP_GEODATA"]
wsgi_app = f"webmap.web:create_app({_config!r})"
bind = os.environ.get("WEBMAP_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEBMAP_WORKERS", multiprocessing.cpu_count()))
worker_class = "gthread"
threads = 4
preload_app = True
timeout = 30
graceful_timeout = 30
keepalive = 5
accesslog = None if os.environ.get("WEBMAP_ACCESS_LOG") == "off" else os.environ.get("WEBMAP_ACCESS_LOG", "-")
errorlog = "-"
