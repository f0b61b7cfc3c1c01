"""The JSON API and HTML UI over the store's queries: ``create_app(settings, token=...)``."""

from geowire.api.app import create_app

__all__ = ["create_app"]
