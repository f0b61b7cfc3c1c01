"""The web UI's Jinja2 templates (``templates/``) and static JS/CSS (``static/``), served by
:mod:`geowire.api`; no build step, no CDN."""
