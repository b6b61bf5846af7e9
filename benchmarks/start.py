"""Start to first paint and peak memory: JämDesk on a store next to a bare Qt window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import Figure, ratios

PROJECT = Path(__file__).resolve().parent.parent
START_RATIO_TARGET = 1.5
EXTRA_MEMORY_TARGET_MB = 60.0


def child_environment(settings: Path, bytecode: Path) -> dict[str, str]:
    """Return the child's environment: its own settings folder; offscreen without a display."""
    env = dict(os.environ)
    # An installed JämDesk starts from compiled bytecode; without it every start compiles
    # every module. The cache keeps it out of the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    # Fresh settings each run, as on a first start, and the user's own never touched.
    env["XDG_CONFIG_HOME"] = str(settings / "config")
    env["XDG_DATA_HOME"] = str(settings / "data")
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")) or sys.platform != "linux":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def start_once(arguments: list[str], bytecode: Path) -> tuple[float, float]:
    """Start the child once; return milliseconds to the first paint and peak RSS in MB."""
    with tempfile.TemporaryDirectory(prefix="jamdesk-bench-") as settings:
        env = child_environment(Path(settings), bytecode)
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.start_child", *arguments],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the start benchmark child failed:\n{done.stderr}")
    result = json.loads(lines[-1])
    if result["painted_at"] is None:
        raise RuntimeError(f"the window was never painted:\n{done.stderr}")
    return (float(result["painted_at"]) - started) * 1000, int(result["peak_kb"]) / 1024


def measure_start(store: Path, label: str, runs: int, bytecode: Path) -> list[Figure]:
    """Return the start and memory figures of JämDesk on ``store`` and of a bare window.

    ``bytecode`` is the folder the children keep their compiled modules in.
    """
    bare_ms: list[float] = []
    bare_mb: list[float] = []
    app_ms: list[float] = []
    app_mb: list[float] = []
    # One untimed start of each warms the disk cache and compiles the bytecode; then the
    # two alternate, run by run.
    start_once(["bare"], bytecode)
    start_once(["jamdesk", str(store)], bytecode)
    for _ in range(runs):
        ms, mb = start_once(["bare"], bytecode)
        bare_ms.append(ms)
        bare_mb.append(mb)
        ms, mb = start_once(["jamdesk", str(store)], bytecode)
        app_ms.append(ms)
        app_mb.append(mb)
    extra = tuple(app - bare for app, bare in zip(app_mb, bare_mb, strict=True))
    return [
        Figure("start.bare", "Start: bare Qt window, to first paint", "-", "ms", tuple(bare_ms)),
        Figure("start.jamdesk", "Start: JämDesk, to first paint", label, "ms", tuple(app_ms)),
        Figure(
            "start.ratio",
            "Start: JämDesk / bare",
            label,
            "×",
            ratios(app_ms, bare_ms),
            START_RATIO_TARGET,
        ),
        Figure("memory.bare", "Peak RSS: bare Qt window", "-", "MB", tuple(bare_mb)),
        Figure("memory.jamdesk", "Peak RSS: JämDesk", label, "MB", tuple(app_mb)),
        Figure(
            "memory.extra",
            "Peak RSS: JämDesk − bare",
            label,
            "MB",
            extra,
            EXTRA_MEMORY_TARGET_MB,
        ),
    ]
