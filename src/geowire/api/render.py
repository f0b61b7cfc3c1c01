"""One typed way to render a Jinja2 page with the app's templates (``app.state.templates``, set by
:func:`geowire.api.app.create_app`)."""

from __future__ import annotations

from typing import Any

from fastapi import Request, Response
from fastapi.templating import Jinja2Templates


def render(request: Request, template: str, context: dict[str, Any], *, status_code: int = 200) -> Response:
    """The page ``template`` rendered with ``context`` for ``request``."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status_code)
