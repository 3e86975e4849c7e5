"""Run the development server, a Celery worker and Celery beat together; Ctrl-C or SIGTERM stops all of them."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

GRACE_SECONDS = 5  # how long the processes get to stop on their own before they are killed
POLL_SECONDS = 0.2


def port_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port (taken, not allowed), or None when it can."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as runserver does
        try:
            probe.bind((host, port))
        except OSError as error:
            return error.strerror or str(error)
    return None


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signum)


def _group_alive(process: subprocess.Popen) -> bool:
    process.poll()  # reap the leader so a finished one does not count
    try:
        os.killpg(process.pid, 0)
    except ProcessLookupError:
        return False
    return True


def stop_processes(processes: list[subprocess.Popen], *, grace: float, hurry: threading.Event) -> None:
    """SIGTERM each process's whole group, wait up to `grace` seconds, then SIGKILL what is left."""
    for process in processes:
        _signal_group(process, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and not hurry.is_set():
        if not any(_group_alive(process) for process in processes):
            break
        time.sleep(POLL_SECONDS)
    for process in processes:
        _signal_group(process, signal.SIGKILL)
    for process in processes:
        process.wait()


class Command(BaseCommand):
    help = (
        "Start the web server, a Celery worker and Celery beat. Ctrl-C (or SIGTERM) stops every one of them "
        "within a few seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000", help="host:port of the web server")
        parser.add_argument("--check", action="store_true", help="only check that the port is free")
        parser.add_argument(
            "--beat-schedule", default=str(settings.VAR_DIR / "celerybeat-schedule"), help="Celery beat's state file"
        )
        parser.add_argument("--beat-scheduler", help="Celery beat's scheduler class (default: the one in settings)")

    def handle(self, *args, addrport: str, check: bool, beat_schedule: str, beat_scheduler: str | None, **options):
        host, _colon, port = addrport.rpartition(":")
        host = host.strip("[]") or "127.0.0.1"
        if not port.isdigit():
            raise CommandError(f"Give the address as host:port, for example 127.0.0.1:8000 (not {addrport!r}).")
        problem = port_problem(host, int(port))
        if problem:
            raise CommandError(
                f"Port {port} on {host} is already in use or not allowed ({problem}). Is Malaka already running? "
                f"Stop it (Ctrl-C in its terminal) or choose another port: make run PORT={int(port) + 1}"
            )
        if check:
            return
        self._run(self._commands(addrport, beat_schedule, beat_scheduler))

    def _commands(self, addrport: str, beat_schedule: str, beat_scheduler: str | None) -> dict[str, list[str]]:
        celery = [sys.executable, "-m", "celery", "-A", "lms"]
        beat_options = [f"--schedule={beat_schedule}", *([f"--scheduler={beat_scheduler}"] if beat_scheduler else [])]
        return {
            "web server": [sys.executable, str(settings.BASE_DIR / "manage.py"), "runserver", addrport],
            "Celery worker": [
                *celery, "worker", "--loglevel=INFO", "--concurrency=2", "--without-mingle", "--without-gossip",
            ],
            "Celery beat": [*celery, "beat", "--loglevel=INFO", *beat_options],
        }  # fmt: skip

    def _run(self, commands: dict[str, list[str]]) -> None:
        stop, hurry = threading.Event(), threading.Event()
        first_signal_at = []

        def on_signal(signum, frame):
            # A second Ctrl-C a moment later kills at once; the copy make forwards arrives together with the first.
            if first_signal_at and time.monotonic() - first_signal_at[0] > 1:
                hurry.set()
            first_signal_at.append(time.monotonic())
            stop.set()

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        processes = {}
        try:
            for name, command in commands.items():
                # Each in its own session: the terminal's Ctrl-C reaches only this launcher, which stops
                # every group as a whole (runserver's reloader child, the worker's pool processes).
                processes[name] = subprocess.Popen(
                    command, cwd=settings.BASE_DIR, stdin=subprocess.DEVNULL, start_new_session=True
                )
            failed = None
            while not stop.wait(POLL_SECONDS):
                failed = next((name for name, process in processes.items() if process.poll() is not None), None)
                if failed:
                    break
        finally:
            self.stderr.write("Stopping the web server, the Celery worker and Celery beat…")
            stop_processes(list(processes.values()), grace=GRACE_SECONDS, hurry=hurry)
        if failed:
            raise CommandError(f"The {failed} stopped (exit code {processes[failed].returncode}), so everything did.")
        self.stderr.write("Stopped.")
