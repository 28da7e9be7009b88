"""The process and HTTP policy around the app: settings, server, proxy trust, headers, logs.

Nothing here renders a page; ``web/`` does that, and neither imports the other.
"""
