"""`make run` (manage.py rundev): SIGTERM to its process group stops every process it started; a taken port is refused."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import _redis_url, needs_service


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _descendants(pid: int) -> set[int]:
    """Every live (not zombie) process below pid, read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, parent = stat.rsplit(")", 1)[1].split()[:2]
        if state != "Z":
            children.setdefault(int(parent), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""


def _rundev(port: int, tmp_path: Path, **popen) -> subprocess.Popen:
    url = _redis_url()
    if url is None:
        needs_service("needs Redis on 127.0.0.1:6379 for the Celery worker that `make run` starts")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings",
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CELERY_BROKER_URL": url,
        "CELERY_RESULT_BACKEND": url,
        "CELERY_TASK_DEFAULT_QUEUE": f"test-rundev-{uuid.uuid4().hex[:12]}",
    }
    command = [sys.executable, "manage.py", "rundev", f"127.0.0.1:{port}", f"--beat-schedule={tmp_path / 'beat'}"]
    # The settings' database scheduler needs migrated tables; the file scheduler starts beat just as well.
    command.append("--beat-scheduler=celery.beat:PersistentScheduler")
    return subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, **popen)


def _wait_until(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    pytest.fail(f"timed out waiting for {what}")


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2)
    except urllib.error.HTTPError:
        return True  # 503 from /healthz still means the server runs
    except OSError:
        return False
    return True


def test_rundev_stops_every_process_it_started_on_sigterm_to_its_group(tmp_path):
    port = _free_port()
    log = open(tmp_path / "rundev.log", "w")  # noqa: SIM115
    launcher = _rundev(port, tmp_path, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_until(lambda: _answers(f"http://127.0.0.1:{port}/healthz"), 120, "the web server")
        # The worker is up once its two pool processes are.
        _wait_until(
            lambda: sum("worker" in _cmdline(pid) for pid in _descendants(launcher.pid)) >= 3, 60, "the Celery worker"
        )
        started = _descendants(launcher.pid)
        assert any(" beat " in _cmdline(pid) for pid in started)

        os.killpg(launcher.pid, signal.SIGTERM)
        _wait_until(lambda: not _alive(started | {launcher.pid}), 10, "every process to stop")
    finally:
        if launcher.poll() is None:
            os.killpg(launcher.pid, signal.SIGKILL)
        for pid in _alive(_descendants(launcher.pid)):
            os.kill(pid, signal.SIGKILL)
        launcher.wait()
        log.close()
    assert launcher.returncode == 0, (tmp_path / "rundev.log").read_text()[-2000:]


def test_rundev_refuses_a_port_that_is_taken_with_a_clear_message(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        launcher = _rundev(port, tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _out, errors = launcher.communicate(timeout=60)
    assert launcher.returncode != 0
    assert f"Port {port} on 127.0.0.1 is already in use" in errors
    assert "make run PORT=" in errors
