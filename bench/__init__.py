"""The benchmark and the soak: load on a real gunicorn, as ``make serve`` runs it."""
