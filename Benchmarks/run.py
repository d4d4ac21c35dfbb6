#!/usr/bin/env python3
"""Measures optout against its performance budgets and writes docs/performance.md.

    python3 Benchmarks/run.py           # the full run (a few minutes)
    python3 Benchmarks/run.py --quick   # fewer samples, for CI: checks the benchmark still works

Uses only public tools: Python's standard library, the release build of optout (with the static
Swift standard library, as `make install` builds it), its in-process companion `optout-bench`,
and `dialog` for comparison. Every terminal figure is taken in a pseudo-terminal at 80x24.
Timings are reported, never asserted: the budgets column says whether each was met on this run.
"""
import fcntl
import json
import os
import platform
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUICK = "--quick" in sys.argv
ESCAPES = re.compile(rb"\x1b(\[[0-9;?>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78DEHMNOPZc])")


def log(text):
    print(text, file=sys.stderr, flush=True)


def build():
    flags = ["-c", "release", "--static-swift-stdlib"]
    for product in ["optout", "optout-bench"]:
        subprocess.run(["swift", "build", *flags, "--product", product], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", *flags, "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "optout"), os.path.join(out, "optout-bench")


class Pty:
    """A program in a pseudo-terminal of a given size."""

    def __init__(self, argv, env, columns=80, rows=24):
        self.started = time.perf_counter()
        pid, fd = os.forkpty()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execvpe(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        self.output = b""

    def read_until(self, marker, timeout=10.0):
        """Reads until `marker` shows in the text (escape sequences removed); returns the time it took."""
        deadline = time.perf_counter() + timeout
        while marker not in ESCAPES.sub(b"", self.output):
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"{marker!r} did not show; saw {ESCAPES.sub(b'', self.output)[-300:]!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    raise TimeoutError(f"the program ended before {marker!r} showed")
                self.output += chunk
        return time.perf_counter()

    def key_to_frame(self, key, quiet=0.005, timeout=2.0):
        """Sends a key; returns the seconds until the last byte of the frame it causes (the frame is
        over when the output has been quiet for `quiet` seconds)."""
        sent = time.perf_counter()  # before the write: the program may run, and answer, during it
        os.write(self.fd, key)
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            raise TimeoutError(f"no frame after key {key!r}")
        self.output = os.read(self.fd, 65536)
        last = time.perf_counter()
        while select.select([self.fd], [], [], quiet)[0]:
            self.output += os.read(self.fd, 65536)
            last = time.perf_counter()
        return last - sent

    def settle(self, key, quiet=0.1, timeout=5.0):
        """Sends a key and waits until the frame it causes has been written and the output is quiet.
        (Frames after the first redraw only the cells that changed, so text cannot be waited for.)"""
        self.key_to_frame(key, quiet=quiet, timeout=timeout)

    def cpu_ticks(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime

    def drain(self):
        try:
            while select.select([self.fd], [], [], 0.05)[0]:
                self.output += os.read(self.fd, 65536)
        except OSError:
            pass

    def finish(self, timeout=10.0):
        """Waits for the program to end; returns (exit status, peak resident memory in KiB)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self.drain()
            pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status), usage.ru_maxrss
            time.sleep(0.01)
        self.kill()
        raise TimeoutError("the program did not end")

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def environment(state_file):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "ACCESSIBLE")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", OPTOUT_STATE_FILE=state_file)
    return env


def percentile(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def first_frames(optout, runs, scratch):
    optout_times, dialog_times = [], []
    for i in range(runs):
        for kind in ("optout", "dialog"):  # interleaved, so both see the same machine load
            env = environment(os.path.join(scratch, f"first-{i}.json"))
            if kind == "optout":
                p = Pty([optout], env)
                done = p.read_until(b"Step 1 of ")
                optout_times.append(done - p.started)
            else:
                p = Pty(["dialog", "--msgbox", "Opt out of LinkedIn's AI training", "10", "50"], env)
                done = p.read_until(b"Opt out of LinkedIn")
                dialog_times.append(done - p.started)
            p.kill()
    return optout_times, dialog_times


def key_latency(optout, keys, scratch):
    """Moves the selection up and down on the platform question: each key redraws part of the screen."""
    state = os.path.join(scratch, "keys.json")
    p = Pty([optout], environment(state))
    p.read_until(b"Step 1 of ")
    p.drain()
    p.settle(b"\r")  # on to step 2, the platform question
    p.settle(b"\x1bOB")  # nothing is selected at first: select the first answer, so Up and Down both move
    samples = []
    for i in range(keys):
        samples.append(p.key_to_frame(b"\x1bOB" if i % 2 == 0 else b"\x1bOA"))  # keypad (application) mode, as xterm sends them
    p.kill()
    return samples


def paste_into_note(optout, keys, scratch, size=100_000):
    """Opens a note on step 1, types `keys` keys into the empty field, then pastes `size` characters as a
    terminal sends a paste (bracketed) and types `keys` more. Returns the seconds from the start of the
    paste to the end of the frame that follows it, and the key-to-frame times before and after."""
    p = Pty([optout], environment(os.path.join(scratch, "paste.json")))
    p.read_until(b"Step 1 of 11")
    p.drain()
    p.settle(b"n")
    # Digits in turn, so every key changes the visible part of the field, as the paste's digits do.
    empty = [p.key_to_frame(bytes([48 + i % 10])) for i in range(keys)]
    data = b"\x1b[200~" + b"0123456789" * (size // 10) + b"END\x1b[201~"
    sent = time.perf_counter()
    while data:
        data = data[os.write(p.fd, data):]
    if not select.select([p.fd], [], [], 60)[0]:
        raise TimeoutError("no frame after the paste")
    last = time.perf_counter()
    while select.select([p.fd], [], [], 0.05)[0]:
        os.read(p.fd, 65536)
        last = time.perf_counter()
    pasted = last - sent
    full = [p.key_to_frame(bytes([48 + i % 10])) for i in range(keys)]
    p.kill()
    return pasted, empty, full


def idle_cpu(optout, seconds, scratch):
    p = Pty([optout], environment(os.path.join(scratch, "idle.json")))
    p.read_until(b"Step 1 of ")
    time.sleep(0.2)
    before = p.cpu_ticks()
    time.sleep(seconds)
    after = p.cpu_ticks()
    p.kill()
    return (after - before) * 1000 / os.sysconf("SC_CLK_TCK")  # milliseconds of CPU


def whole_walkthrough(optout, scratch):
    """Walks the built-in guide to its summary, Enter on each step and 1 (the first answer) on each of
    its three questions (platform, LinkedIn language, region), and returns the exit status and peak
    resident memory."""
    p = Pty([optout], environment(os.path.join(scratch, "walk.json")))
    p.read_until(b"Step 1 of ")
    p.drain()
    for key in [b"\r", b"1", b"1", b"1"] + [b"\r"] * 7:  # every step but the last of the 12
        p.settle(key)
    os.write(p.fd, b"\r")
    p.read_until(b"Keep in mind")
    return p.finish()


def status_times(optout, runs, scratch):
    state = os.path.join(scratch, "walk.json")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([optout, "status"], env=environment(state), stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return samples


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, {memory:.0f} GiB; {swift}"


def main():
    if shutil.which("dialog") is None:
        sys.exit("run.py: dialog is needed for the comparison: apt-get install dialog (or brew install dialog)")
    log("Building the release binaries...")
    optout, bench = build()
    scratch = tempfile.mkdtemp(prefix="optout-bench-")
    try:
        runs, keys, idle = (5, 100, 1.0) if QUICK else (25, 1000, 5.0)
        log(f"First frame: {runs} starts of each...")
        ours, theirs = first_frames(optout, runs, scratch)
        log(f"Key to frame: {keys} keys...")
        latency = key_latency(optout, keys, scratch)
        log("A 100 KB paste into a note...")
        pasted, empty_field, full_field = paste_into_note(optout, keys // 10, scratch)
        log(f"Idle CPU over {idle:.0f} s...")
        cpu = idle_cpu(optout, idle, scratch)
        log("A whole walkthrough...")
        exit_status, peak_kib = whole_walkthrough(optout, scratch)
        log("optout status...")
        status = status_times(optout, 10 if QUICK else 50, scratch)
        log("Saving and rendering at scale...")
        lines = subprocess.run([bench] + (["--quick"] if QUICK else []), check=True, capture_output=True,
                               text=True).stdout.splitlines()
        figures = [json.loads(line) for line in lines]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    save = next(f for f in figures if f["figure"] == "save")
    scale = [f for f in figures if f["figure"] == "scale"]
    ours_median, theirs_median = statistics.median(ours), statistics.median(theirs)
    ratio = ours_median / theirs_median
    key_median, key_p99 = statistics.median(latency), percentile(latency, 0.99)
    builtin = next(f for f in scale if f["label"].startswith("built-in"))
    largest = max(scale, key=lambda f: f["steps"])
    render_ratio = max(largest[k] / builtin[k] for k in builtin if k.startswith("render"))
    ms = lambda seconds: f"{seconds * 1000:.2f} ms"
    verdict = lambda ok: "met" if ok else "**missed**"

    rows = [
        ("Time to first frame, median of %d starts" % runs,
         f"{ms(ours_median)} (dialog {ms(theirs_median)}; ratio {ratio:.2f})", "within 1.5x of dialog", verdict(ratio <= 1.5)),
        ("Key to frame, %d keys" % keys, f"median {ms(key_median)}, p99 {ms(key_p99)}", "p99 under 5 ms", verdict(key_p99 < 0.005)),
        ("CPU while idle on a step for %.0f s" % idle, f"{cpu:.0f} ms", "none", verdict(cpu <= 10)),
        ("100 KB paste into a note, then %d keys" % len(full_field),
         f"paste to frame {ms(pasted)}; key to frame median {ms(statistics.median(full_field))} "
         f"(empty note {ms(statistics.median(empty_field))})", "keys cost as much as in an empty note (within 1.5x)",
         verdict(statistics.median(full_field) <= 1.5 * statistics.median(empty_field))),
        ("Peak resident memory, whole walkthrough", f"{peak_kib / 1024:.1f} MiB (exit {exit_status})", "under 20 MB", verdict(peak_kib * 1024 < 20e6)),
        ("Save, %d saves with fsyncs" % save["count"],
         f"median {save['medianMicroseconds'] / 1000:.2f} ms, p99 {save['p99Microseconds'] / 1000:.2f} ms", "median under 5 ms",
         verdict(save["medianMicroseconds"] < 5000)),
        ("Render, %d-step guide against the built-in one" % largest["steps"], f"{render_ratio:.2f}x (worst of 80x24 and 120x40)",
         "within 2x", verdict(render_ratio <= 2)),
        ("`optout status`, start to exit, median", ms(statistics.median(status)), "(reported)", ""),
    ]
    table = ["| figure | this run | budget | |", "| --- | --- | --- | --- |"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    scale_table = ["| guide | render 80x24 | render 120x40 | save | file |", "| --- | --- | --- | --- | --- |"]
    for f in sorted(scale, key=lambda f: f["steps"]):
        scale_table.append(
            f"| {f['label']} steps | {f['render80x24MedianMicroseconds'] / 1000:.3f} ms | "
            f"{f['render120x40MedianMicroseconds'] / 1000:.3f} ms | {f['saveMedianMicroseconds'] / 1000:.2f} ms | "
            f"{f['fileBytes']:,} bytes |")

    fields = sorted((f for f in figures if f["figure"] == "field"), key=lambda f: f["length"])
    field_table = ["| text in the note | the paste | a key after it (update and frame), median | p99 |",
                   "| --- | --- | --- | --- |"]
    for f in fields:
        field_table.append(
            f"| {f['length']:,} characters | {f['pasteMicroseconds'] / 1000:.2f} ms | "
            f"{f['keyMedianMicroseconds'] / 1000:.3f} ms | {f['keyP99Microseconds'] / 1000:.3f} ms |")

    text = "\n".join([
        "# Performance",
        "",
        "Written by `python3 Benchmarks/run.py`%s on %s UTC." % (" --quick (few samples)" if QUICK else "",
                                                               time.strftime("%Y-%m-%d %H:%M", time.gmtime())),
        "",
        "Machine: " + machine() + ".",
        "",
        "The release build with the static Swift standard library (as `make install` builds it), in a",
        "pseudo-terminal at 80x24. These machines are shared and noisy; compare ratios, not absolute",
        "times. Each figure is measured, not asserted: tests never fail on timing.",
        "",
        *table,
        "",
        "## Rendering and saving at scale",
        "",
        "Medians from `optout-bench`, for generated guides halfway through (half the steps done, with",
        "notes). Rendering should cost what is visible, not the guide's length; saving should grow no",
        "faster than the file.",
        "",
        *scale_table,
        "",
        "## The note field",
        "",
        "Medians from `optout-bench`: a note field filled by one paste of each length, then keys typed at its",
        "end, each through the screen model and a whole 80x24 frame. A key should cost the same at any length.",
        "",
        *field_table,
        "",
        "## What was changed to meet the budgets",
        "",
        "The first runs missed three budgets; each cause was found and fixed, not the figure:",
        "",
        "- First frame 1.8-2.0x dialog, peak memory 19-20 MiB: the binary linked the full Foundation",
        "  (77 MB with its calendar and locale data) for a few conveniences (`NSString` paths,",
        "  `JSONSerialization`, `Calendar`). Everything now uses FoundationEssentials (28 MB, 13 MiB peak),",
        "  with UTC dates computed arithmetically. Callgrind then showed the argument parser's reflection",
        "  and protocol-conformance scans before the first frame and its help generation at every exit:",
        "  `optout` with no arguments now starts the walkthrough directly, and exit statuses end the process",
        "  without the parser's error path. Together: about 10 ms to about 6 ms, 1.4-1.5x dialog.",
        "- Rendering a 10,000-step guide at 120x40 took 580 ms (2,100x the built-in guide): the checklist",
        "  beside the step built a row for every step and looked each status up by id (quadratic). It now",
        "  builds only the rows that fit, around the current step, and counts statuses without copying",
        "  records: 1.5x.",
        "- The first frame is the figure closest to its budget; most of what is left is process start-up",
        "  and loading the Swift runtime (a static binary that only prints JSON takes about 3.5 ms here).",
        "",
        "## How each figure is taken",
        "",
        "- First frame: from `forkpty` to the moment \"Step 1 of 12\" has been written (escape sequences",
        "  removed), for `optout` with no saved progress, against `dialog --msgbox` until its text shows;",
        "  the two are started alternately in the same run.",
        "- Key to frame: Down and Up alternately on the platform question, from writing the key to the",
        "  last byte of the redrawn frame (the output then stays quiet for 5 ms).",
        "- Idle CPU: user plus system time from /proc/PID/stat while `optout` waits on step 1.",
        "- Paste: a note opened on step 1, keys typed into it empty, then 100,000 characters written as a",
        "  bracketed paste (`ESC [200~` ... `ESC [201~`) and more keys; from the paste's first byte to the end of",
        "  the last byte of the frame after it (the output then stays quiet for 50 ms), and key to frame before and after.",
        "- Peak memory: `ru_maxrss` of a whole walkthrough driven with Enter to the summary.",
        "- Save, render and scale: `optout-bench` (Sources/optout-bench), in-process, median (and 99th",
        "  percentile) of repeated saves into a temporary folder, including both fsyncs and the rename.",
        "",
    ])
    print("\n".join(table))
    print()
    print("\n".join(scale_table))
    print()
    print("\n".join(field_table))
    if not QUICK or "--write" in sys.argv:
        with open(os.path.join(ROOT, "docs", "performance.md"), "w") as f:
            f.write(text)
        log("Wrote docs/performance.md")


if __name__ == "__main__":
    main()
