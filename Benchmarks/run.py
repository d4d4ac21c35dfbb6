#!/usr/bin/env python3
"""Measures optout against its performance budgets and writes docs/performance.md.

    python3 Benchmarks/run.py           # the full run (a few minutes)
    python3 Benchmarks/run.py --quick   # fewer samples, for CI: checks the benchmark still works

Uses only public tools: Python's standard library, the release binary exactly as `make install`
installs it (one static, stripped file on Linux), its in-process companion `optout-bench`, `dialog`
and `whiptail` for comparison, and valgrind's callgrind (when installed) for start-up instruction
counts. Every terminal figure is taken in a pseudo-terminal at 80x24. Timings are reported, never
asserted: the budgets column says whether each was met on this run.
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
    """Builds with the Makefile, so the binary measured is the one `make install` installs. Returns it,
    `optout-bench`, and the same binary before stripping (for callgrind, which needs its symbols)."""
    subprocess.run(["make", "--no-print-directory", "build", "bench-build"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    unstripped = subprocess.run(["make", "--no-print-directory", "-s", "print-bin"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.strip()
    return (os.path.join(ROOT, ".build", "install", "optout"), os.path.join(os.path.dirname(unstripped), "optout-bench"),
            unstripped)


class Pty:
    """A program in a pseudo-terminal of a given size, as its own session's controlling terminal.

    It is started with posix_spawn, which does not copy this Python process first (a fork would, and
    the copy's cost would count as the program's start-up, time and CPU both); forkpty where
    posix_spawn cannot start a new session."""

    def __init__(self, argv, env, columns=80, rows=24):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        name = os.ttyname(slave)
        try:
            self.started = time.perf_counter()
            # A session leader without a terminal that opens one gets it as its controlling terminal.
            pid = os.posix_spawnp(argv[0], argv, env, setsid=True, file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, name, os.O_RDWR, 0), (os.POSIX_SPAWN_DUP2, 0, 1), (os.POSIX_SPAWN_DUP2, 0, 2)])
            os.close(slave)
            fd = master
        except (AttributeError, NotImplementedError, TypeError):
            os.close(master)
            os.close(slave)
            self.started = time.perf_counter()
            pid, fd = os.forkpty()
            if pid == 0:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                os.execvpe(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        self.reaped = False
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

    def read_frame(self, marker, quiet=0.02, timeout=10.0):
        """Reads until `marker` shows, then on until the output has been quiet for `quiet` seconds;
        returns the time of the frame's last byte."""
        last = self.read_until(marker, timeout)
        while select.select([self.fd], [], [], quiet)[0]:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            self.output += chunk
            last = time.perf_counter()
        return last

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
                self.reaped = True
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status), usage.ru_maxrss
            time.sleep(0.01)
        self.kill()
        raise TimeoutError("the program did not end")

    def kill(self):
        """Kills the program; returns the CPU seconds it used (user and system), or None."""
        used = None
        # Once waited for, the id may belong to another process: it is never signalled again.
        if not self.reaped and self.pid > 1:
            try:
                os.kill(self.pid, signal.SIGKILL)
                _, _, usage = os.wait4(self.pid, 0)
                used = usage.ru_utime + usage.ru_stime
            except (ProcessLookupError, ChildProcessError):
                pass
            self.reaped = True
        try:
            os.close(self.fd)
        except OSError:
            pass
        return used


# The locales the programs run in: English in C.UTF-8, and German as a member in Germany has it, whose
# locale files need not be installed (optout's catalogues are in the binary; its full screen then draws
# through C.UTF-8).
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
GERMAN = {"LANG": "de_DE.UTF-8"}


def environment(state_file, locale=ENGLISH):
    dropped = ("NO_COLOR", "ACCESSIBLE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(TERM="xterm-256color", OPTOUT_STATE_FILE=state_file, **locale)
    return env


def percentile(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


# The programs whose first frame is compared: the command, the text that shows once it is drawn, and
# the locale. optout's first frame is taken in English and in German (its catalogue read and the guide
# translated before the frame); its mark is the header's progress bar, the same in every language.
MSGBOX = ["--msgbox", "Opt out of LinkedIn's AI training", "10", "50"]
OPTOUT_MARK = "░".encode()
FIRST_FRAME = {
    "optout": (None, OPTOUT_MARK, ENGLISH),
    "optout-de": (None, OPTOUT_MARK, GERMAN),
    "dialog": (["dialog"] + MSGBOX, b"Opt out of LinkedIn", ENGLISH),
    "whiptail": (["whiptail"] + MSGBOX, b"Opt out of LinkedIn", ENGLISH),
}


def first_frames(optout, runs, scratch):
    """Starts each program `runs` times, in turn and in a rotating order so all see the same machine
    load. Returns, per program, the seconds from posix_spawn to the last byte of the first frame, and
    the CPU time the program used until then (user and system, from wait4 once it is killed: it is
    waiting for a key by then)."""
    times = {name: [] for name in FIRST_FRAME}
    cpu = {name: [] for name in FIRST_FRAME}
    names = list(FIRST_FRAME)
    for i in range(runs):
        for name in names[i % len(names):] + names[:i % len(names)]:
            argv, marker, locale = FIRST_FRAME[name]
            p = Pty(argv or [optout], environment(os.path.join(scratch, f"first-{i}.json"), locale))
            done = p.read_frame(marker)
            times[name].append(done - p.started)
            cpu[name].append(p.kill())
    return times, cpu


def startup_instructions(unstripped, scratch, locale=ENGLISH):
    """Instructions from exec to the end of the first frame, counted by callgrind (repeatable, unlike
    time): optout runs under valgrind in a pseudo-terminal, and the counters are dumped when its first
    `wrefresh` returns. The binary keeps its symbols for that, without its debug information (which
    valgrind 3.19 cannot read). Returns the total, or None without valgrind or strip."""
    if not all(shutil.which(tool) for tool in ("valgrind", "callgrind_annotate", "strip")):
        return None
    binary = os.path.join(scratch, "optout-with-symbols")
    subprocess.run(["strip", "--strip-debug", "-o", binary, unstripped], check=True)
    out = os.path.join(scratch, "callgrind-%s.out" % locale["LANG"])
    p = Pty(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-after=wrefresh", binary],
            environment(os.path.join(scratch, "callgrind-%s.json" % locale["LANG"]), locale))
    first = out + ".1"
    try:
        p.read_until(OPTOUT_MARK, timeout=120)
        deadline = time.perf_counter() + 30
        while not os.path.exists(first) and time.perf_counter() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)  # callgrind writes the file after creating it
    finally:
        p.kill()
    if not os.path.exists(first):
        return None
    annotated = subprocess.run(["callgrind_annotate", first], capture_output=True, text=True).stdout
    for line in annotated.splitlines():
        match = re.match(r"\s*([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", line)
        if match:
            return int(match.group(1).replace(",", ""))
    return None


def spread(samples):
    """Median, interquartile range and extremes, in milliseconds."""
    q = statistics.quantiles(samples, n=4) if len(samples) > 1 else [samples[0]] * 3
    return {"median": statistics.median(samples) * 1000, "p25": q[0] * 1000, "p75": q[2] * 1000,
            "min": min(samples) * 1000, "max": max(samples) * 1000}


def key_latency(optout, keys, scratch):
    """Moves the selection up and down on the platform question: each key redraws part of the screen."""
    state = os.path.join(scratch, "keys.json")
    p = Pty([optout], environment(state))
    p.read_until(b"Step 1 of")
    p.drain()
    p.settle(b"\r")  # on to step 2, the platform question
    p.settle(b"\x1bOB")  # Down selects its first answer; then Down and Up move between the first two
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
    p.read_until(b"Step 1 of")
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
    p.read_until(b"Step 1 of")
    time.sleep(0.2)
    before = p.cpu_ticks()
    time.sleep(seconds)
    after = p.cpu_ticks()
    p.kill()
    return (after - before) * 1000 / os.sysconf("SC_CLK_TCK")  # milliseconds of CPU


def whole_walkthrough(optout, scratch):
    """Walks the guide to its summary, each step in order: the first answer of each question (key 1
    selects it, Enter chooses it), on the form step its confirmation received, Enter on every other
    step. Returns the exit status and peak resident memory."""
    state = os.path.join(scratch, "walk.json")
    exported = subprocess.run([optout, "guide", "export"], env=environment(state), check=True,
                              capture_output=True).stdout
    keys = []
    for step in json.loads(exported)["steps"]:
        if step.get("choice"):
            keys += [b"1", b"\r"]
        elif step.get("confirmation"):
            # Enter asks what happened with the form: its confirmation came (2, Enter), sent today
            # (Enter), no reference (Enter).
            keys += [b"\r", b"2", b"\r", b"\r", b"\r"]
        else:
            keys += [b"\r"]
    p = Pty([optout], environment(state))
    p.read_until(b"Step 1 of")
    p.drain()
    for key in keys[:-1]:
        p.settle(key)
    os.write(p.fd, keys[-1])
    p.read_until(b"Keep in mind")
    return p.finish()


def start_to_exit(argv, runs, state):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=environment(state), stdout=subprocess.DEVNULL)
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
    for tool in ("dialog", "whiptail"):
        if shutil.which(tool) is None:
            sys.exit(f"run.py: {tool} is needed for the comparison: apt-get install {tool}")
    log("Building the release binaries (make build bench-build)...")
    optout, bench, unstripped = build()
    load_before = os.getloadavg()[0]
    scratch = tempfile.mkdtemp(prefix="optout-bench-")
    try:
        runs, keys, idle = (5, 100, 1.0) if QUICK else (31, 1000, 5.0)
        log(f"First frame: {runs} starts each of optout (in English and in German), dialog and whiptail...")
        frames, frame_cpu = first_frames(optout, runs, scratch)
        log("Start-up instructions to the first frame (callgrind), in English and in German...")
        instructions = startup_instructions(unstripped, scratch)
        german_instructions = startup_instructions(unstripped, scratch, GERMAN)
        log(f"Key to frame: {keys} keys...")
        latency = key_latency(optout, keys, scratch)
        log("A 100 KB paste into a note...")
        pasted, empty_field, full_field = paste_into_note(optout, keys // 10, scratch)
        log(f"Idle CPU over {idle:.0f} s...")
        cpu = idle_cpu(optout, idle, scratch)
        log("A whole walkthrough...")
        exit_status, peak_kib = whole_walkthrough(optout, scratch)
        log("optout status and optout --version...")
        status = start_to_exit([optout, "status"], 10 if QUICK else 50, os.path.join(scratch, "walk.json"))
        version = start_to_exit([optout, "--version"], 10 if QUICK else 50, os.path.join(scratch, "walk.json"))
        log("Saving and rendering at scale...")
        lines = subprocess.run([bench] + (["--quick"] if QUICK else []), check=True, capture_output=True,
                               text=True).stdout.splitlines()
        figures = [json.loads(line) for line in lines]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    load_after = os.getloadavg()[0]
    save = next(f for f in figures if f["figure"] == "save")
    scale = [f for f in figures if f["figure"] == "scale"]
    first = {name: spread(samples) for name, samples in frames.items()}
    ratio = first["optout"]["median"] / first["dialog"]["median"]
    whiptail_ratio = first["whiptail"]["median"] / first["dialog"]["median"]
    # Start by start, against the dialog started next to it: how much the ratio moves with the load.
    paired = [o / d for o, d in zip(frames["optout"], frames["dialog"])]
    paired_q = statistics.quantiles(paired, n=4) if len(paired) > 1 else [paired[0]] * 3
    german_ratio = first["optout-de"]["median"] / first["optout"]["median"]
    german_paired = [g / e for g, e in zip(frames["optout-de"], frames["optout"])]
    german_q = statistics.quantiles(german_paired, n=4) if len(german_paired) > 1 else [german_paired[0]] * 3
    cpu_ms = {name: statistics.median(samples) * 1000 for name, samples in frame_cpu.items()}
    key_median, key_p99 = statistics.median(latency), percentile(latency, 0.99)
    builtin = next(f for f in scale if f["label"].startswith("built-in"))
    largest = max(scale, key=lambda f: f["steps"])
    render_ratio = max(largest[k] / builtin[k] for k in builtin if k.startswith("render"))
    ms = lambda seconds: f"{seconds * 1000:.2f} ms"
    verdict = lambda ok: "met" if ok else "**missed**"
    size_mib = os.path.getsize(optout) / 2**20

    def frame_text(name):
        f = first[name]
        return f"median {f['median']:.2f} ms (middle half {f['p25']:.2f}-{f['p75']:.2f}, all {f['min']:.2f}-{f['max']:.2f})"

    rows = [
        ("First frame, optout, %d starts" % runs, frame_text("optout"), "", ""),
        ("First frame, optout with `LANG=de_DE.UTF-8`", frame_text("optout-de"), "", ""),
        ("First frame, German against English (ratio of medians)",
         f"{german_ratio:.3f}x (start by start: median {statistics.median(german_paired):.3f}x, middle half "
         f"{german_q[0]:.3f}-{german_q[2]:.3f}x)", "within 1.05x", verdict(german_ratio <= 1.05)),
        ("First frame, `dialog --msgbox`", frame_text("dialog"), "", ""),
        ("First frame, `whiptail --msgbox`", frame_text("whiptail"), "", ""),
        ("First frame, optout against dialog (ratio of medians)",
         f"{ratio:.2f}x (start by start: median {statistics.median(paired):.2f}x, middle half "
         f"{paired_q[0]:.2f}-{paired_q[2]:.2f}x); whiptail {whiptail_ratio:.2f}x",
         "at most 1.0x (moonshot 0.7x)", verdict(ratio <= 1.0) + (", moonshot met" if ratio <= 0.7 else "")),
        ("CPU time to the first frame, median (user and system)",
         f"optout {cpu_ms['optout']:.2f} ms, dialog {cpu_ms['dialog']:.2f} ms, whiptail {cpu_ms['whiptail']:.2f} ms; "
         f"optout {cpu_ms['optout'] / cpu_ms['dialog']:.2f}x dialog", "(reported)", ""),
        ("Start-up instructions to the first frame (callgrind)",
         f"{instructions:,}" if instructions else "(valgrind not installed)", "(reported)", ""),
        ("Start-up instructions to the first frame in German (callgrind)",
         f"{german_instructions:,} ({german_instructions / instructions:.3f}x English)"
         if instructions and german_instructions else "(valgrind not installed)", "within 1.05x",
         verdict(german_instructions / instructions <= 1.05) if instructions and german_instructions else ""),
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
        ("`optout --version`, start to exit, median", ms(statistics.median(version)), "(reported)", ""),
        ("Binary size (static, stripped)", f"{size_mib:.1f} MiB", "(reported)", ""),
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
    qr_table = ["| link | bytes | version | encode (median) | encode (p99) |", "| --- | --- | --- | --- | --- |"]
    for f in (f for f in figures if f["figure"] == "qr"):
        qr_table.append(f"| {f['label']} | {f['bytes']:,} | {f['version']} | {f['encodeMedianMicroseconds'] / 1000:.3f} ms | "
                        f"{f['encodeP99Microseconds'] / 1000:.3f} ms |")
    qr_page = next(f for f in figures if f["figure"] == "qr-page")

    with open(os.path.join(ROOT, "Benchmarks", "startup.md")) as f:
        startup_notes = f.read().rstrip("\n").splitlines()
    text = "\n".join([
        "# Performance",
        "",
        "Written by `python3 Benchmarks/run.py`%s on %s UTC." % (" --quick (few samples)" if QUICK else "",
                                                               time.strftime("%Y-%m-%d %H:%M", time.gmtime())),
        "",
        "Machine: " + machine() + f"; load average {load_before:.1f} when the run began, {load_after:.1f} when it ended.",
        "",
        "The release binary exactly as `make install` installs it (one static, stripped file), in a",
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
        "## QR codes",
        "",
        "Medians from `optout-bench`: encoding a link at level M (byte mode, the version it needs, all",
        "eight masks scored), done only when `p` is pressed or `optout qr` runs, never before the first",
        "frame; and drawing the code's page at 80x24 once encoded: %.3f ms." % (qr_page["render80x24MedianMicroseconds"] / 1000),
        "",
        *qr_table,
        "",
        *startup_notes,
        "",
        "## How each figure is taken",
        "",
        "- First frame: from `posix_spawn` to the last byte of the first frame: once its text shows (the",
        "  header's progress bar for `optout` with no saved progress, the message for `dialog --msgbox` and",
        "  `whiptail --msgbox`), the output is read on until it has been quiet for 20 ms, and the time of its",
        "  last byte counts. They are started in turn, in a rotating order, so each sees the same machine",
        "  load; the ratio is optout's median over dialog's. optout is started twice in each round: in",
        "  English (`LANG=C.UTF-8`) and in German (`LANG=de_DE.UTF-8`, whose locale files need not be",
        "  installed), and the German figure is its median over the English one. The CPU time is each program's user and",
        "  system time until then (from `wait4` after it is killed, waiting for a key), which a loaded",
        "  machine disturbs less than the elapsed time.",
        "- Start-up instructions: the same binary with its symbols under `valgrind --tool=callgrind` in the",
        "  same pseudo-terminal, counters dumped when its first `wrefresh` returns (the end of the first",
        "  frame). Unlike times, the count repeats to within a fraction of a percent from run to run.",
        "- Key to frame: Down and Up alternately on the platform question, from writing the key to the",
        "  last byte of the redrawn frame (the output then stays quiet for 5 ms).",
        "- Idle CPU: user plus system time from /proc/PID/stat while `optout` waits on step 1.",
        "- Paste: a note opened on step 1, keys typed into it empty, then 100,000 characters written as a",
        "  bracketed paste (`ESC [200~` ... `ESC [201~`) and more keys; from the paste's first byte to the end of",
        "  the last byte of the frame after it (the output then stays quiet for 50 ms), and key to frame before and after.",
        "- Peak memory: `ru_maxrss` of a whole walkthrough, each step in order to the summary.",
        "- Save, render and scale: `optout-bench` (Sources/optout-bench), in-process, median (and 99th",
        "  percentile) of repeated saves into a temporary folder, including both fsyncs and the rename.",
        "",
    ])
    print("\n".join(table))
    print()
    print("\n".join(scale_table))
    print()
    print("\n".join(field_table))
    print()
    print("\n".join(qr_table))
    if not QUICK or "--write" in sys.argv:
        with open(os.path.join(ROOT, "docs", "performance.md"), "w") as f:
            f.write(text)
        log("Wrote docs/performance.md")


if __name__ == "__main__":
    main()
