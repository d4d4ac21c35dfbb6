#!/usr/bin/env python3
"""Writes packaging/startup-order.txt: the code sections of every function optout runs before its
first frame, for the linker to lay out together (`make` passes the file to gold with
--section-ordering-file).

    python3 Benchmarks/startup_order.py

The release binary is built with the Makefile, a copy with its symbols runs under valgrind's
callgrind in a pseudo-terminal at 80x24 until its first `wrefresh` returns, and every function with
instructions counted is listed, most instructions first. Laid out together, they take a fraction of
the pages they were spread over: fewer page faults before the first frame. Run it again after
changing what runs at start-up; a stale list only lays out fewer functions together.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (the benchmark's pseudo-terminal and build helpers)

OUTPUT = os.path.join(run.ROOT, "packaging", "startup-order.txt")


def main():
    for tool in ("valgrind", "callgrind_annotate", "strip"):
        if shutil.which(tool) is None:
            sys.exit(f"startup_order.py: {tool} is needed (apt-get install valgrind binutils)")
    run.log("Building the release binary (make build)...")
    _, _, unstripped = run.build()
    scratch = tempfile.mkdtemp(prefix="optout-order-")
    try:
        binary = os.path.join(scratch, "optout-with-symbols")
        subprocess.run(["strip", "--strip-debug", "-o", binary, unstripped], check=True)
        out = os.path.join(scratch, "callgrind.out")
        p = run.Pty(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}",
                     "--dump-after=wrefresh", binary], run.environment(os.path.join(scratch, "progress.json")))
        try:
            p.read_until(b"Step 1 of", timeout=120)
            deadline = time.perf_counter() + 30
            while not os.path.exists(out + ".1") and time.perf_counter() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)
        finally:
            p.kill()
        annotated = subprocess.run(["callgrind_annotate", "--threshold=100", out + ".1"], check=True,
                                   capture_output=True, text=True).stdout
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    functions = []
    listing = annotated.split("file:function", 1)[1]
    for line in listing.splitlines():
        match = re.match(r"\s*[\d,]+\s+\([\s\d.]+%\)\s+\S*?:(\S+)", line)
        if match and match.group(1) not in functions:
            functions.append(match.group(1))
    with open(OUTPUT, "w") as f:
        f.writelines(f".text.{name}\n" for name in functions)
    run.log(f"Wrote {os.path.relpath(OUTPUT, run.ROOT)}: {len(functions)} functions")


if __name__ == "__main__":
    main()
