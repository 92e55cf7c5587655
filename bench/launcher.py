"""A tiny process that starts benchmark commands and measures them, like /usr/bin/time.

bench/run.py starts it once (``python -I -S bench/launcher.py``) and sends it one request per command on
its stdin; it answers each on its stdout. Both are marshal-encoded and prefixed with an 8-byte length.

Why a separate process: on Linux a child's ``ru_maxrss`` (from wait4) can never read lower than the peak
RSS of the process it was forked from, because the kernel keeps the pre-exec peak. This launcher imports
only built-in modules and stays at the bare interpreter's size (about 8-9 MB, less than any Python child
uses itself), so the max RSS it reports is the child's own, whatever run.py grows to.

A request is ``(argv, env, stdin_path, stdout_path, stderr_path, limit)``: argv[0] is an absolute path;
stdin_path (or None: /dev/null) is written into a pipe by a forked feeder, as ``cat file | cmd`` would;
stdout_path None means /dev/null; a limit > 0 kills the command after that many seconds. The answer is
``(wall_seconds, cpu_seconds, max_rss_kb, exit_code, bytes_fed, stopped)``.
"""

from __future__ import annotations

import marshal
import os
import signal
import sys
import time

_running = [0, False]  # the command's pid, and whether the time limit stopped it


def _on_alarm(signum: int, frame: object) -> None:
    if _running[0]:
        _running[1] = True
        os.kill(_running[0], signal.SIGKILL)


def _read_exact(fd: int, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return b""
        data += chunk
    return data


def _child(
    argv: list[str], env: dict[str, str], stdin_fd: int, stdout_path: str | None, stderr_path: str
) -> None:
    try:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # Python ignores SIGPIPE; an exec'd program should not
        os.dup2(stdin_fd if stdin_fd >= 0 else os.open(os.devnull, os.O_RDONLY), 0)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        os.dup2(os.open(stdout_path or os.devnull, flags, 0o600), 1)
        os.dup2(os.open(stderr_path, flags, 0o600), 2)
        os.execve(argv[0], argv, env)  # every other descriptor is close-on-exec
    except BaseException as exc:
        os.write(2, f"launcher: cannot run {argv[0]}: {exc}\n".encode())
    os._exit(127)


def _feeder(path: str, source_end: int, sink: int, report: int) -> None:
    os.close(source_end)  # else this process would keep the pipe readable and never see EPIPE
    fed = 0
    try:
        source = os.open(path, os.O_RDONLY)
        while chunk := os.read(source, 1 << 16):
            view = memoryview(chunk)
            while view:
                written = os.write(sink, view)
                fed += written
                view = view[written:]
    except OSError:  # the command exited or was stopped before reading everything
        pass
    os.write(report, str(fed).encode())
    os._exit(0)


def run(
    argv: list[str],
    env: dict[str, str],
    stdin_path: str | None,
    stdout_path: str | None,
    stderr_path: str,
    limit: float,
) -> tuple[float, float, int, int, int, bool]:
    feed_r = feed_w = -1
    if stdin_path is not None:
        feed_r, feed_w = os.pipe()
    report_r, report_w = os.pipe()
    _running[1] = False
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        _child(argv, env, feed_r, stdout_path, stderr_path)
    _running[0] = pid
    feeder = 0
    if stdin_path is not None:
        feeder = os.fork()
        if feeder == 0:
            _feeder(stdin_path, feed_r, feed_w, report_w)
        os.close(feed_r)
        os.close(feed_w)
    os.close(report_w)
    if limit > 0:
        signal.setitimer(signal.ITIMER_REAL, limit)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    signal.setitimer(signal.ITIMER_REAL, 0)
    _running[0] = 0
    if feeder:
        os.waitpid(feeder, 0)
    fed = int(os.read(report_r, 64) or b"0")
    os.close(report_r)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss, os.waitstatus_to_exitcode(status), fed, bool(_running[1])


def main() -> int:
    signal.signal(signal.SIGALRM, _on_alarm)
    requests, answers = sys.stdin.fileno(), sys.stdout.fileno()
    while True:
        header = _read_exact(requests, 8)
        if not header:
            return 0
        request = marshal.loads(_read_exact(requests, int.from_bytes(header, "little")))
        answer = marshal.dumps(run(*request))
        os.write(answers, len(answer).to_bytes(8, "little") + answer)


if __name__ == "__main__":
    sys.exit(main())
