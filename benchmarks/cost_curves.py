#!/usr/bin/env python3
"""`make bench-curves`: how tagbench's cost grows, and the workbench's overhead, into BENCHMARKS.md.

On UD English EWT train, for the article's model (1-layer LSTM, embeddings 100,
hidden 128, batch 32) unless a curve varies it, this measures with
`tagbench bench --json`:

  1. batch size 8 … 256: training and inference tokens/s (inference batches of
     the same size), each point training on about the same number of tokens;
  2. hidden size 64 … 512 (batch 32);
  3. sentence length: synthetic CoNLL-U corpora cut from the EWT training tokens
     (with their UPOS tags) into sentences of exactly L tokens, L = 5 … 80;
  4. the workbench's overhead: the same model trained for 2 epochs headless
     (`tagbench train`) and in the workbench inside a detached tmux session,
     tokens/s from each run's metrics.json, and their ratio (target >= 90%).

It writes a Markdown section (machine, load average, tables, the exact commands)
between `<!-- curves:start -->` and `<!-- curves:end -->` in BENCHMARKS.md,
appending the markers under "## How cost grows, and the workbench's overhead"
when they are absent. Nothing outside the markers is touched.

    python3 benchmarks/cost_curves.py [--tagbench .build/release/tagbench]
        [--train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu]
        [--out BENCHMARKS.md] [--workdir .build/curves] [--scale 1.0]
        [--tokens 480000] [--parts batch,hidden,length,overhead]
        [--overhead-epochs 2] [--overhead-repeats 1] [--seed 1]
"""

import argparse
import datetime
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
from benchlib import (  # noqa: E402
    ROOT, check_inputs, close_section, die, first_line, fmt, loadavg, machine, say, write_section)

benchlib.PROG, benchlib.TAG = "cost_curves.py", "curves"
START, END = "<!-- curves:start -->", "<!-- curves:end -->"
HEADING = "## How cost grows, and the workbench's overhead"
DEFAULT_TRAIN = "../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"

BATCH_SIZES = [8, 16, 32, 64, 128, 256]
HIDDEN_SIZES = [64, 128, 256, 512]
LENGTHS = [5, 10, 20, 40, 80]
PARTS = ["batch", "hidden", "length", "overhead"]
# The article's model; every curve varies one thing of it.
MODEL = {"cell": "lstm", "layers": 1, "emb": 100, "hidden": 128, "batch": 32}
INFER_BATCH = 256
OVERHEAD_TARGET = 0.90


def model_args(hidden=MODEL["hidden"]):
    return ["--cell", MODEL["cell"], "--layers", str(MODEL["layers"]), "--emb", str(MODEL["emb"]),
            "--hidden", str(hidden)]


class Runner(benchlib.Runner):
    """benchlib.Runner that also notes the load average after each point and says its rates."""

    def finish(self, result):
        result["_load"] = loadavg()
        say(f"  done in {result['_wall_seconds']:.1f} s: train {fmt(result.get('train_tokens_per_s'))}, "
            f"infer {fmt(result.get('infer_tokens_per_s'))} tok/s")


# ---- the corpus ----

def read_tokens(path):
    """(form, upos) of every syntactic word of a CoNLL-U file, in order, and the sentence count."""
    tokens, sentences, in_sentence = [], 0, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if in_sentence:
                    sentences += 1
                in_sentence = False
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4 or "-" in cols[0] or "." in cols[0]:
                continue  # multiword-token ranges and empty nodes are not tagged words
            tokens.append((cols[1], cols[3]))
            in_sentence = True
    if in_sentence:
        sentences += 1
    return tokens, sentences


def write_fixed_length(tokens, length, path):
    """Cut the tokens into sentences of exactly `length` words (the remainder is dropped)."""
    n = len(tokens) // length
    with open(path, "w", encoding="utf-8") as f:
        for s in range(n):
            f.write(f"# sent_id = ewt-train-cut-{length}-{s + 1}\n")
            for i, (form, upos) in enumerate(tokens[s * length:(s + 1) * length]):
                head, rel = ("0", "root") if i == 0 else ("1", "dep")
                f.write(f"{i + 1}\t{form}\t_\t{upos}\t_\t_\t{head}\t{rel}\t_\t_\n")
            f.write("\n")
    return n


# ---- the workbench's overhead ----

def epochs_of(metrics_path):
    try:
        with open(metrics_path) as f:
            return json.load(f).get("epochs", [])
    except (OSError, ValueError):
        return []


def summarise(epochs, want):
    epochs = epochs[:want]
    tokens = sum(e["tokens_per_second"] * e["seconds"] for e in epochs)
    seconds = sum(e["seconds"] for e in epochs)
    return {"epochs": [e["tokens_per_second"] for e in epochs], "seconds": seconds,
            "tokens": tokens, "tokens_per_s": tokens / seconds if seconds else None}


def run_headless(run, args, train_args, out_dir, label):
    shutil.rmtree(out_dir, ignore_errors=True)
    argv = [args.tagbench, "train"] + train_args + ["--out", out_dir]
    shown = run.record(argv)
    say(f"{label}: {shown}")
    t = time.time()
    with open(out_dir.rstrip("/") + ".log", "w") as logf:
        proc = subprocess.run(argv, cwd=ROOT, stdout=logf, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        die(f"{label} failed (exit {proc.returncode}): {shown}; see {out_dir.rstrip('/')}.log")
    epochs = epochs_of(os.path.join(out_dir, "metrics.json"))
    if len(epochs) < args.overhead_epochs:
        die(f"{label}: {out_dir}/metrics.json has {len(epochs)} epochs, expected {args.overhead_epochs}")
    r = summarise(epochs, args.overhead_epochs)
    r["wall"] = time.time() - t
    say(f"  done in {r['wall']:.1f} s: {fmt(r['tokens_per_s'])} tok/s")
    return r


def tmux(socket, *argv, check=False):
    return subprocess.run(["tmux", "-L", socket] + list(argv), cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, check=check)


def run_workbench(run, args, train_args, out_dir, label, socket, session):
    shutil.rmtree(out_dir, ignore_errors=True)
    log_path = out_dir.rstrip("/") + ".log"
    inner = shlex.join([args.tagbench, "workbench"] + train_args + ["--out", out_dir]) + " 2> " + shlex.quote(log_path)
    argv = ["tmux", "-L", socket, "new-session", "-d", "-s", session, "-x", "160", "-y", "48", inner]
    shown = run.record(argv)
    say(f"{label}: {shown}")
    metrics = os.path.join(out_dir, "metrics.json")
    t = time.time()
    proc = subprocess.run(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        die(f"{label}: tmux new-session failed: {proc.stderr.strip()}")
    try:
        while True:
            epochs = epochs_of(metrics)
            if len(epochs) >= args.overhead_epochs:
                break
            if tmux(socket, "has-session", "-t", session).returncode != 0:
                detail = ""
                try:
                    with open(log_path) as f:
                        detail = f.read().strip()[-2000:]
                except OSError:
                    pass
                die(f"{label}: the workbench exited after {len(epochs)} of {args.overhead_epochs} epochs"
                    + (f":\n{detail}" if detail else ""))
            if time.time() - t > args.overhead_timeout:
                die(f"{label}: no {args.overhead_epochs} epochs in {metrics} after {args.overhead_timeout:g} s")
            time.sleep(0.5)
        wall = time.time() - t
        # The workbench stays open after training: quit with q, as a user would.
        tmux(socket, "send-keys", "-t", session, "q")
        run.record(f"tmux -L {socket} send-keys -t {session} q   # once {metrics} has "
                   f"{args.overhead_epochs} epoch(s)")
        for _ in range(40):
            if tmux(socket, "has-session", "-t", session).returncode != 0:
                break
            time.sleep(0.25)
        else:
            say(f"  the workbench did not quit on q within 10 s; killing tmux session {session}")
    finally:
        if tmux(socket, "has-session", "-t", session).returncode == 0:
            tmux(socket, "kill-session", "-t", session)
    r = summarise(epochs_of(metrics), args.overhead_epochs)
    r["wall"] = wall
    say(f"  {args.overhead_epochs} epoch(s) after {wall:.1f} s: {fmt(r['tokens_per_s'])} tok/s")
    return r


# ---- the Markdown section ----

def rel(x, base):
    return f"{x / base:.2f}×" if x and base else "—"


def curve_table(L, rows, key_name, base_key, with_corpus=False):
    head = f"| {key_name} | train tok/s | vs. article's | infer tok/s | vs. article's | train batches | train tokens | train s | peak RSS MiB |"
    align = "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    if with_corpus:
        head = head.replace(" | train tok/s", " | sentences | train tok/s", 1)
        align += " ---: |"
    L.append(head)
    L.append(align)
    base = next((r for k, r in rows if k == base_key), None)
    bt = base["train_tokens_per_s"] if base else None
    bi = base["infer_tokens_per_s"] if base else None
    for k, r in rows:
        tsec = r["train_tokens"] / r["train_tokens_per_s"] if r["train_tokens_per_s"] else 0
        corpus = f" {r['_sentences']:,} |" if with_corpus else ""
        L.append(f"| {k} |{corpus} {fmt(r['train_tokens_per_s'])} | {rel(r['train_tokens_per_s'], bt)} | "
                 f"{fmt(r['infer_tokens_per_s'])} | {rel(r['infer_tokens_per_s'], bi)} | {r['_batches']:,} | "
                 f"{r['train_tokens']:,} | {tsec:.1f} | {r['peak_rss_mib']:.0f} |")


def curve_section(L, title, rows, key_name, base_key, intro=None, with_corpus=False, from_name=None):
    """A curve's subsection: title, optional intro paragraph, table (see curve_table), and the
    sentence with the measured range under it ("From <from_name, default key_name> 8 to 256: ...")."""
    L.append(title)
    L.append("")
    if intro:
        L.append(intro)
        L.append("")
    curve_table(L, rows, key_name, base_key, with_corpus=with_corpus)
    L.append("")
    L.append(f"From {from_name or key_name} {rows[0][0]} to {rows[-1][0]}: "
             f"training {span(rows, 'train_tokens_per_s')}, inference {span(rows, 'infer_tokens_per_s')}.")
    L.append("")


def span(rows, field):
    """Measured range of a column, for the sentence under a table."""
    first, last = rows[0][1][field], rows[-1][1][field]
    return f"{fmt(first)} → {fmt(last)} tok/s ({last / first:.2f}×)" if first and last else "—"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tagbench", default=".build/release/tagbench")
    ap.add_argument("--train", default=DEFAULT_TRAIN, help="UD English EWT train (CoNLL-U)")
    ap.add_argument("--out", default="BENCHMARKS.md", help="Markdown file to write the section into")
    ap.add_argument("--workdir", default=".build/curves",
                    help="synthetic corpora, training runs, logs and raw results go here")
    ap.add_argument("--tokens", type=int, default=480_000,
                    help="training tokens per curve point (about 8 s at 60k tok/s)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply --tokens (quick trials)")
    ap.add_argument("--warmup", type=int, default=5, help="untimed batches before each timed loop")
    ap.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated subset of {','.join(PARTS)}")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--overhead-epochs", type=int, default=2, help="epochs of the headless/workbench runs")
    ap.add_argument("--overhead-repeats", type=int, default=1,
                    help="headless/workbench pairs, alternating; the ratio uses the medians")
    ap.add_argument("--overhead-timeout", type=float, default=1800,
                    help="seconds to wait for the workbench's epochs before giving up")
    args = ap.parse_args()

    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    for p in parts:
        if p not in PARTS:
            die(f"unknown part {p!r}; choose from {','.join(PARTS)}")
    os.chdir(ROOT)
    check_inputs(args.train, args.tagbench, "make bench-curves", "BENCH_TRAIN")
    have_tmux = shutil.which("tmux") is not None
    if "overhead" in parts and not have_tmux:
        say("tmux is NOT installed (apt-get install tmux): the workbench overhead will not be measured")
    os.makedirs(args.workdir, exist_ok=True)

    tokens, sentences = read_tokens(args.train)
    if not tokens:
        die(f"no tokens in {args.train}")
    mean_len = len(tokens) / sentences
    target = max(1.0, args.tokens * args.scale)

    def batches_for(batch, length):
        return max(1, round(target / (batch * length)))

    def point(label, train, length, batch=MODEL["batch"], hidden=MODEL["hidden"], infer_batch=INFER_BATCH):
        """One curve point: `tagbench bench` on `train` (sentences of about `length` words), with
        --batches from batches_for; the result notes that count as `_batches`."""
        n = batches_for(batch, length)
        r = run.json(bench + ["--train", train] + model_args(hidden=hidden) +
                     ["--batch", str(batch), "--batches", str(n), "--infer-batch", str(infer_batch)], label)
        r["_batches"] = n
        return r

    started = time.time()
    load_start = loadavg()
    log = {}
    run = Runner(log)
    bench = [args.tagbench, "bench", "--json", "--seed", str(args.seed), "--warmup", str(args.warmup)]

    curves = {}
    if "batch" in parts:
        curves["batch"] = [(b, point(f"batch {b}", args.train, mean_len, batch=b, infer_batch=b))
                           for b in BATCH_SIZES]
    if "hidden" in parts:
        curves["hidden"] = [(h, point(f"hidden {h}", args.train, mean_len, hidden=h)) for h in HIDDEN_SIZES]
    if "length" in parts:
        rows = []
        for length in LENGTHS:
            path = os.path.join(args.workdir, f"ewt-train-len{length}.conllu")
            count = write_fixed_length(tokens, length, path)
            run.record(f"# {path}: the {len(tokens):,} training words of {args.train} cut into "
                       f"{count:,} sentences of {length} (written by cost_curves.py)")
            r = point(f"length {length}", path, length)
            r["_sentences"] = count
            rows.append((length, r))
        curves["length"] = rows

    overhead = None
    if "overhead" in parts and have_tmux:
        train_args = (["--train", args.train] + model_args() +
                      ["--batch", str(MODEL["batch"]), "--epochs", str(args.overhead_epochs),
                       "--seed", str(args.seed), "--bucket-pool", "50"])
        socket = f"tagbench-curves-{os.getpid()}"
        overhead = {"headless": [], "workbench": []}
        for i in range(args.overhead_repeats):
            suffix = f"-{i + 1}" if args.overhead_repeats > 1 else ""
            overhead["headless"].append(run_headless(
                run, args, train_args, os.path.join(args.workdir, f"headless{suffix}"), f"headless{suffix}"))
            overhead["workbench"].append(run_workbench(
                run, args, train_args, os.path.join(args.workdir, f"workbench{suffix}"), f"workbench{suffix}",
                socket, f"curves{suffix or '-1'}"))
        log["overhead"] = overhead
        # tmux leaves its socket file behind when the server exits; this private one is ours.
        if tmux(socket, "list-sessions").returncode != 0:
            path = os.path.join(os.environ.get("TMUX_TMPDIR", "/tmp"), f"tmux-{os.getuid()}", socket)
            try:
                os.remove(path)
            except OSError:
                pass

    load_end = loadavg()
    elapsed = time.time() - started
    with open(os.path.join(args.workdir, "results.json"), "w") as f:
        json.dump({"curves": {k: [[x, r] for x, r in v] for k, v in curves.items()}, "overhead": overhead,
                   "load_start": load_start, "load_end": load_end, "scale": args.scale,
                   "tokens_per_point": target}, f, indent=1, sort_keys=True)

    # ---- the Markdown section ----
    cpu, cores = machine()
    swift = first_line(["swift", "--version"])
    threads = next((r.get("threads") for rows in curves.values() for _, r in rows), None)
    L = []
    L.append(f"Generated by `make bench-curves` (benchmarks/cost_curves.py) on "
             f"{datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}; do not edit between the markers. "
             "Tokens are real (non-padding) tokens; every number below was measured in this one run. "
             "See benchmarks/README.md.")
    L.append("")
    L.append(f"- Machine: {cpu}, {cores} cores, {platform.system()} {platform.release()}; "
             f"load average {load_start} at the start, {load_end} at the end "
             f"(a load above 0 means other work shared the CPU); whole run {elapsed / 60:.1f} min.")
    blas = f"tagbench OPENBLAS_NUM_THREADS={threads} (its own default); " if threads else ""
    L.append(f"- Versions: {swift}; {blas}Python {platform.python_version()}.")
    L.append(f"- Model unless varied: 1-layer LSTM, embeddings 100, hidden 128, batch 32, seed {args.seed}; "
             f"data `{args.train}` (UD English EWT train, {sentences:,} sentences, {len(tokens):,} words, "
             f"{mean_len:.1f} words per sentence).")
    if curves:
        L.append(f"- Each curve point is one `tagbench bench` process: {args.warmup} untimed batches, then about "
                 f"{target:,.0f} training tokens timed (`--batches` = {target:,.0f} ÷ (batch × mean sentence "
                 f"length){'' if args.scale == 1 else f'; --scale {args.scale:g}'}), then inference over about as "
                 "many sentences. \"vs. article's\" divides by the point of the article's model (batch 32, "
                 "hidden 128; for the length curve, L = 20).")
    L.append("")
    if "batch" in curves:
        curve_section(L, "### Batch size (inference batches of the same size)", curves["batch"], "batch", 32)
    if "hidden" in curves:
        curve_section(L, f"### Hidden size (batch 32, inference batches of {INFER_BATCH})", curves["hidden"],
                      "hidden", 128)
    if "length" in curves:
        curve_section(L, f"### Sentence length (batch 32, inference batches of {INFER_BATCH})", curves["length"],
                      "L", 20, with_corpus=True, from_name="L =",
                      intro=f"Synthetic corpora in `{args.workdir}/`: the EWT training words, with their UPOS "
                            "tags, in order, cut into sentences of exactly L words (the last partial sentence "
                            "dropped); every batch is then L tokens wide with no padding.")
    if "overhead" in parts:
        L.append("### The workbench's overhead (target ≥ 90%)")
        L.append("")
        if not have_tmux:
            L.append("Not measured: tmux is not installed on this machine (`apt-get install tmux`), and the "
                     "workbench needs a terminal.")
            L.append("")
        else:
            n = args.overhead_epochs
            L.append(f"The same model trained for {n} epoch{'s' if n != 1 else ''} on EWT train, no dev set, `--bucket-pool 50` and "
                     f"seed {args.seed} on both (so the batches are the same): headless with `tagbench train`, "
                     "and in the workbench in a detached 160×48 tmux session (its screen drawn as usual). "
                     "Tokens/s from each run's metrics.json (`epochs[i].tokens_per_second`); \"all\" is the "
                     "epochs' tokens ÷ their seconds.")
            L.append("")
            L.append("| run | " + " | ".join(f"epoch {i + 1} tok/s" for i in range(n)) + " | all tok/s | s |")
            L.append("| --- | " + " | ".join("---:" for _ in range(n)) + " | ---: | ---: |")
            for i in range(args.overhead_repeats):
                for kind in ("headless", "workbench"):
                    r = overhead[kind][i]
                    name = kind + (f" ({i + 1})" if args.overhead_repeats > 1 else "")
                    L.append(f"| {name} | " + " | ".join(fmt(x) for x in r["epochs"]) +
                             f" | {fmt(r['tokens_per_s'])} | {r['seconds']:.1f} |")
            hl = statistics.median(r["tokens_per_s"] for r in overhead["headless"])
            wb = statistics.median(r["tokens_per_s"] for r in overhead["workbench"])
            ratio = wb / hl
            how = "" if args.overhead_repeats == 1 else f" (medians of {args.overhead_repeats} alternating pairs)"
            L.append("")
            L.append(f"Workbench ÷ headless{how}: {fmt(wb)} ÷ {fmt(hl)} = **{ratio * 100:.1f}%** "
                     f"(target ≥ {OVERHEAD_TARGET * 100:.0f}%: {'met' if ratio >= OVERHEAD_TARGET else 'not met'}).")
            L.append("")
    section = close_section(L, run.commands)

    write_section(args.out, section, START, END, heading=HEADING)
    print(section)
    say(f"wrote {args.out} ({elapsed / 60:.1f} min)")


if __name__ == "__main__":
    main()
