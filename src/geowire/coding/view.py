"""The coder's name for the one parse view, :mod:`geowire.nlp.view` (kept so that imports of
``geowire.coding.view`` go on working)."""

from geowire.nlp.view import AnyDoc, AnySpan, AnyToken, DocView, SpanView, TokenView, viewed

__all__ = ["AnyDoc", "AnySpan", "AnyToken", "DocView", "SpanView", "TokenView", "viewed"]
