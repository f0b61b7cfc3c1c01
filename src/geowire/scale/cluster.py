"""A real multi-node Ray cluster on this machine: one ``ray start --head`` and worker nodes joined
with ``ray start --address``, each its own raylet with its own ports and CPUs — for trying and
testing ``geowire batch --address`` without a cloud (``docs/scale.md`` has the cloud steps).

    with local_cluster(nodes=2, cpus_per_node=1, temp_dir=tmp) as cluster:
        subprocess.run(["geowire", "batch", "shards/", "--out", "out/", "--address", cluster.address],
                       env=cluster.driver_env)

Every ``ray start`` runs with ``--block`` in a session of its own, so stopping the cluster is
ending those process groups (never ``ray stop``, which stops every Ray on the machine).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from geowire.errors import GeowireError

READY = "Ray runtime started"
# a throwaway loopback cluster runs without token auth: Ray turns it on for a head that finds
# ~/.ray/auth_token (and ray.init() leaves RAY_AUTH_MODE=token in its process's environment),
# while a joining node or a driver without the token is then refused
NO_AUTH = {"RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0"}


@dataclass(frozen=True)
class LocalCluster:
    """A running cluster: its address and the environment a driver connecting to it needs."""

    address: str
    driver_env: dict[str, str]


OBJECT_STORE_BYTES = 100 * 1024 * 1024


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


_USED_PORTS: set[int] = set()


def _distinct_port() -> int:
    """A free port not handed out before in this process (bind(0) may give a port back again)."""
    while True:
        port = free_port()
        if port not in _USED_PORTS:
            _USED_PORTS.add(port)
            return port


def _node_ports() -> list[str]:
    """The per-node ports, all distinct, so several raylets live side by side."""
    options = (
        "--node-manager-port",
        "--object-manager-port",
        "--dashboard-agent-listen-port",
        "--dashboard-agent-grpc-port",
        "--runtime-env-agent-port",
        "--metrics-export-port",
    )
    return [arg for opt in options for arg in (opt, str(_distinct_port()))]


_START_TRIES = 3  # a port picked free can be taken by the time ray binds it: try fresh ones


def _start_node(args: list[str], log: Path, deadline: float) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """Start one node with fresh per-node ports (``args`` without them), retrying on a port clash."""
    for attempt in range(_START_TRIES):
        proc, stream = _start([*args, *_node_ports()], log)
        try:
            _wait_ready(proc, log, deadline)
            return proc, stream
        except GeowireError as e:
            _stop(proc)
            stream.close()
            if "port" not in str(e).lower() or attempt == _START_TRIES - 1:
                raise
    raise GeowireError("ray start failed")  # not reached


def _ray() -> str:
    found = Path(sys.executable).with_name("ray")
    return str(found) if found.exists() else "ray"


def _start(args: list[str], log: Path) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    stream = log.open("wb")
    env = {**os.environ, **NO_AUTH}
    proc = subprocess.Popen(
        [_ray(), "start", "--block", *args],
        stdout=stream,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env=env,
    )
    return proc, stream


def _wait_ready(proc: subprocess.Popen[bytes], log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if READY in log.read_text(errors="replace"):
            return
        if proc.poll() is not None:
            tail = log.read_text(errors="replace").strip().splitlines()[-1:]
            raise GeowireError(f"ray start exited {proc.returncode}: {tail[0] if tail else 'no output'}")
        time.sleep(0.2)
    raise GeowireError(f"ray start did not come up in time (see {log})")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """End the process group ``ray start --block`` leads (its raylet, GCS, workers)."""
    for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
        if sig == signal.SIGTERM:  # the leader is gone; its daemons may linger in the group
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return


@contextmanager
def local_cluster(
    *, nodes: int = 2, cpus_per_node: int = 1, temp_dir: Path, timeout: float = 60.0
) -> Iterator[LocalCluster]:
    """Start a head and ``nodes - 1`` worker nodes; yield the cluster; stop them all.

    Logs go to ``temp_dir``; Ray's own session folder to a short path under the system temp
    folder (its socket paths must stay under ~100 characters), removed afterwards."""
    temp_dir.mkdir(parents=True, exist_ok=True)
    session = Path(tempfile.mkdtemp(prefix="gwray-"))
    address = f"127.0.0.1:{_distinct_port()}"
    deadline = time.monotonic() + timeout
    started: list[tuple[subprocess.Popen[bytes], IO[bytes]]] = []
    common = ["--node-ip-address", "127.0.0.1", "--num-cpus", str(cpus_per_node), "--disable-usage-stats"]
    common += ["--object-store-memory", str(OBJECT_STORE_BYTES)]
    try:
        head = [
            "--head", "--port", address.rsplit(":", 1)[1], "--include-dashboard", "false",
            "--dashboard-port", str(_distinct_port()), "--temp-dir", str(session),
            "--resources", '{"geowire_head": 1}', *common,
        ]  # fmt: skip
        started.append(_start_node(head, temp_dir / "head.log", deadline))
        for i in range(1, nodes):
            log = temp_dir / f"worker-{i}.log"
            worker = [
                "--address",
                address,
                "--resources",
                f'{{"geowire_worker_{i}": 1}}',
                *common,
            ]
            started.append(_start_node(worker, log, deadline))
        yield LocalCluster(address, {**os.environ, **NO_AUTH})
    finally:
        for proc, stream in reversed(started):
            _stop(proc)
            stream.close()
        shutil.rmtree(session, ignore_errors=True)
