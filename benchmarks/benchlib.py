"""Shared pieces of the benchmark drivers (benchmarks/run_bench.py, benchmarks/cost_curves.py).

Each driver names itself before using anything here:

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import benchlib
    benchlib.PROG, benchlib.TAG = "run_bench.py", "bench"

PROG prefixes the error messages of `die` ("run_bench.py: ..."), TAG the progress
lines of `say` ("[bench] ...").
"""

import json
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # the repository root: commands run from here

PROG = "benchlib.py"  # prefix of `die`'s messages; each driver sets its own file name
TAG = "bench"  # prefix of `say`'s lines, in brackets; each driver sets its own


def die(message):
    """Exit with status 1 and `PROG: message` on stderr."""
    sys.exit(f"{PROG}: {message}")


def say(message):
    """A progress line on stderr, `[TAG] message`, flushed at once."""
    print(f"[{TAG}] {message}", file=sys.stderr, flush=True)


class Runner:
    """Runs the benchmark commands from ROOT and records them, in order, for the Markdown section.

    `commands` holds each command as shown (shell-quoted, this Python as `python3`); `log`
    (a dict the caller owns) gets every JSON result under its label. Subclasses may
    override `finish` to add to a result or say more about it.
    """

    def __init__(self, log):
        self.commands = []
        self.log = log

    def record(self, argv_or_text):
        """Record a command (an argv list, or text taken as it is) and return it as shown."""
        if isinstance(argv_or_text, str):
            shown = argv_or_text
        else:
            shown = shlex.join(["python3" if a == sys.executable else a for a in argv_or_text])
        if shown not in self.commands:  # a repeated round runs the same commands again
            self.commands.append(shown)
        return shown

    def json(self, argv, label):
        """Run a command that prints one JSON object (last line of stdout); record the command.

        The result gets `_wall_seconds` (the process's wall time) and goes into `log[label]`;
        a failure or a run without JSON ends the driver through `die`.
        """
        shown = self.record(argv)
        say(f"{label}: {shown}")
        t = time.time()
        proc = subprocess.run(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            die(f"{label} failed (exit {proc.returncode}): {shown}")
        lines = [line for line in proc.stdout.splitlines() if line.strip().startswith("{")]
        if not lines:
            die(f"{label} printed no JSON: {shown}\n{proc.stdout}")
        result = json.loads(lines[-1])
        result["_wall_seconds"] = time.time() - t
        self.finish(result)
        self.log[label] = result
        return result

    def finish(self, result):
        """Called with each JSON result once it is in: says how long the run took."""
        say(f"  done in {result['_wall_seconds']:.1f} s")


def check_inputs(train, tagbench, make, train_var):
    """Stop through `die` unless the corpus `train` is a file and `tagbench` is executable.

    `make` (e.g. "make bench") and `train_var` (its variable for the corpus) go into the hints.
    """
    if not os.path.isfile(train):
        die(f"UD English EWT train not found at {train}\n"
            "  It is not part of the repository: put en_ewt-ud-train.conllu (UD English EWT v2.15) there, "
            f"or pass --train PATH ({make} {train_var}=PATH).")
    if not os.access(tagbench, os.X_OK):
        die(f"{tagbench} is missing: run `make build` first ({make} does).")


def first_line(argv):
    """The first line a command prints (stdout and stderr), or "unknown"."""
    try:
        out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
        return out.strip().splitlines()[0] if out.strip() else "unknown"
    except OSError:
        return "unknown"


def machine():
    """(CPU model name from /proc/cpuinfo or "unknown", number of cores)."""
    model, cores = "unknown", os.cpu_count()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return model, cores


def loadavg():
    """The 1, 5 and 15 minute load averages as "a b c", or "unknown"."""
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "unknown"


def fmt(x):
    """A rate for a table: "—" for None, thousands separated from 100 up, else one decimal."""
    if x is None:
        return "—"
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}"


def close_section(L, commands):
    """End the section's lines L with the commands that were run, as a sh block; return its text."""
    L.append("Commands (from the repository root, in this order):")
    L.append("")
    L.append("```sh")
    L.extend(commands)
    L.append("```")
    return "\n".join(L)


def write_section(out, section, start, end, heading=None):
    """Put `section` between the markers `start` and `end` in the Markdown file `out`.

    Nothing outside the markers changes. Where the file or the markers are missing,
    the markers (under `heading`, if given) are appended to the file, which starts as
    "# Benchmarks" if it does not exist. The file is replaced in one step (write, rename).
    """
    if os.path.exists(out):
        with open(out) as f:
            text = f.read()
    else:
        text = "# Benchmarks\n"
    if start in text and end in text and text.index(start) < text.index(end):
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        text = f"{before}{start}\n{section}\n{end}{after}"
    else:
        lead = f"{heading}\n\n" if heading else ""
        text = text.rstrip("\n") + f"\n\n{lead}{start}\n{section}\n{end}\n"
    tmp = out + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, out)
