"""``geowire serve``: the web UI and JSON API over a store, with uvicorn (127.0.0.1 unless told)."""

from __future__ import annotations

from typing import Annotated

import typer

from geowire.cli.common import (
    DbOption,
    JsonOption,
    SettingsOption,
    app,
    err_console,
    handle_errors,
    print_json,
    settings_from,
)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="address to bind (default: loopback only)")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="GEOWIRE_TOKEN",
            show_envvar=True,
            help="enables ingest from the UI/API for requests carrying this token; without it: read-only",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="server processes (each opens the store read-only per request; more answer more "
            "clients at once)",
        ),
    ] = 1,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Serve the web UI and JSON API (OpenAPI at /docs) over the store."""
    try:
        import uvicorn

        from geowire.api import create_app
    except ModuleNotFoundError as e:  # the 'web' extra is missing
        err_console.print(
            f"[red]error:[/red] serve needs the 'web' extra: pip install 'geowire[web]' ({e.name})"
        )
        raise typer.Exit(1) from e
    settings = settings_from(settings_file, db=db)
    with handle_errors():
        web_app = create_app(settings, token=token)
    url = f"http://{host}:{port}/"
    busy = port_problem(host, port)
    if busy:  # fail before announcing: "serving …" is printed only when the port can be had
        err_console.print(
            f"[red]error:[/red] cannot serve on {host}:{port}: {busy} (try another --port)", soft_wrap=True
        )
        raise typer.Exit(1)
    if json_out:  # one line saying where it serves, then the server runs
        print_json({"url": url, "db": settings.db, "read_only": not token, "api": url + "api/overview"})
    else:
        mode = "ingest enabled (token set)" if token else "read-only (no token)"
        err_console.print(
            f"geowire: serving {settings.db} on {url} — {mode}", highlight=False, soft_wrap=True
        )
    if workers == 1:
        uvicorn.run(web_app, host=host, port=port, log_level="warning", server_header=False)
        return
    import os

    # worker processes build their own app from the environment (uvicorn imports it by name)
    os.environ["GEOWIRE_DB"] = str(settings.db)
    if settings_file is not None:
        os.environ["GEOWIRE_SETTINGS"] = str(settings_file)
    if token:
        os.environ["GEOWIRE_TOKEN"] = token
    uvicorn.run(
        "geowire.api.app:app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
        server_header=False,
    )


def port_problem(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be bound now (e.g. "address already in use"), or None if it can.
    Bound as uvicorn binds it (SO_REUSEADDR) and released at once."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as e:
        return f"unknown host ({e.strerror or e})"
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as e:
            return (e.strerror or str(e)).lower()
    return None
