#!/usr/bin/env python3
"""`make bench`: tagbench and PyTorch side by side on the same batches, into BENCHMARKS.md.

For every workload of issue 5's table this runs `tagbench bench --json
--export-batches FILE` on UD English EWT train, then benchmarks/torch_reference.py
on exactly those batches, in the same run, and writes a Markdown section (machine,
versions, commands, table) between `<!-- bench:start -->` and `<!-- bench:end -->`
in BENCHMARKS.md. Nothing outside the markers is touched.

    python3 benchmarks/run_bench.py [--tagbench .build/release/tagbench]
        [--train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu]
        [--out BENCHMARKS.md] [--torch-threads 2] [--scale 1.0] [--repeats 3]
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
from benchlib import (  # noqa: E402
    ROOT, Runner, check_inputs, close_section, die, first_line, fmt, loadavg, machine, write_section)

benchlib.PROG, benchlib.TAG = "run_bench.py", "bench"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
DEFAULT_TRAIN = "../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"

# The models of issue 5's table. Batches are chosen so that each tagbench training
# measurement takes about 10 s or more on a 2-core machine; inference batches follow
# from them (tagbench exports batches*batch/256 + 1 of them).
MODELS = {
    "a": {"name": "1-layer LSTM 128, emb 100", "args": ["--cell", "lstm", "--layers", "1", "--emb", "100",
                                                         "--hidden", "128"], "batches": 1000},
    "b": {"name": "1-layer GRU 128, emb 100", "args": ["--cell", "gru", "--layers", "1", "--emb", "100",
                                                        "--hidden", "128"], "batches": 1000},
    "c": {"name": "2-layer BiLSTM 128 + char CNN, dropout 0.33",
          "args": ["--cell", "lstm", "--layers", "2", "--bidirectional", "--emb", "100", "--hidden", "128",
                   "--char-cnn", "--dropout", "0.33"], "batches": 250},
}
MICRO_ARGS = ["--micro", "--cell", "lstm", "--hidden", "256", "--emb", "100", "--bidirectional", "--batch", "32"]


def openblas_version():
    for package in ("libopenblas0-pthread", "libopenblas0", "libopenblas0-openmp", "libopenblas-dev"):
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return f"{package} {out.stdout.strip()}"
    return "unknown (not installed through dpkg)"


def same_batches(path_a, path_b):
    with open(path_a) as f:
        a = json.load(f)
    with open(path_b) as f:
        b = json.load(f)
    return a["train"] == b["train"] and a["infer"] == b["infer"] and a["warmup"] == b["warmup"]


def best(runs):
    """One result from repeated runs of a measurement: the fastest training and the fastest
    inference (each with its own seconds), and the largest peak memory."""
    merged = dict(max(runs, key=lambda r: r["train_tokens_per_s"]))
    fastest = max(runs, key=lambda r: r["infer_tokens_per_s"])
    for field in ("infer_tokens_per_s", "infer_seconds"):
        if field in fastest:
            merged[field] = fastest[field]
    merged["peak_rss_mib"] = max(r["peak_rss_mib"] for r in runs)
    return merged


def ratio(a, b):
    return a / b if a and b else None


def verdict(value, target):
    if value is None:
        return "not measured"
    return "met" if value >= target else "not met"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tagbench", default=".build/release/tagbench")
    ap.add_argument("--train", default=DEFAULT_TRAIN, help="UD English EWT train (CoNLL-U)")
    ap.add_argument("--out", default="BENCHMARKS.md")
    ap.add_argument("--workdir", default=".build/bench", help="where the exported batches and raw results go")
    ap.add_argument("--torch-threads", type=int, default=2)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every workload's batch count (quick trials)")
    ap.add_argument("--max-seconds", type=float, default=45,
                    help="cap on each PyTorch timed loop (it then reports the batches it did)")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--repeats", type=int, default=3,
                    help="rounds of every measurement; the table keeps each one's best (default 3)")
    args = ap.parse_args()

    os.chdir(ROOT)
    check_inputs(args.train, args.tagbench, "make bench", "BENCH_TRAIN")
    torch_version = subprocess.run([args.python, "-c", "import torch; print(torch.__version__)"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
    if not torch_version:
        die("PyTorch is not importable: `pip install torch==2.13.0+cpu` (make bench does it when missing).")
    os.makedirs(args.workdir, exist_ok=True)

    help_text = subprocess.run([args.tagbench, "bench", "--help"], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True).stdout
    has_padded = "--padded" in help_text
    has_one_core = "--one-core" in help_text

    started = time.time()
    load_start = loadavg()
    log = {}
    run = Runner(log)
    tb = [args.tagbench, "bench", "--train", args.train, "--json"]
    ref = [args.python, "benchmarks/torch_reference.py"]
    ref_opts = ["--json", "--threads", str(args.torch_threads)]
    if args.max_seconds:
        ref_opts += ["--max-seconds", f"{args.max_seconds:g}"]

    results = {}
    for key, m in MODELS.items():
        n = max(1, round(m["batches"] * args.scale))
        batches = os.path.join(args.workdir, f"batches-{key}.json")
        common = m["args"] + ["--batch", "32", "--batches", str(n), "--infer-batch", "256"]
        runs = []
        # Each round runs every measurement once, tagbench and PyTorch in turn; the table keeps
        # the best of the rounds for each, so a burst of other work on a shared machine hits
        # neither side alone.
        for k in range(args.repeats):
            tag = f" #{k + 1}" if args.repeats > 1 else ""
            r = {"tb": run.json(tb + common + ["--export-batches", batches], f"tagbench ({key}){tag}")}
            r["pt"] = run.json(ref + [batches] + ref_opts, f"pytorch packed ({key}){tag}")
            r["pt_pad"] = run.json(ref + [batches, "--padded"] + ref_opts, f"pytorch padded ({key}){tag}")
            if has_padded:
                again = os.path.join(args.workdir, f"batches-{key}-padded.json")
                r["tb_pad"] = run.json(tb + common + ["--padded", "--export-batches", again],
                                       f"tagbench padded ({key}){tag}")
                if not same_batches(batches, again):
                    die(f"tagbench --padded timed different batches than the packed run ({batches} vs {again})")
            if has_one_core and "--bidirectional" not in m["args"]:
                # The same batches with the data-parallel split off: what the second core buys.
                again = os.path.join(args.workdir, f"batches-{key}-one-core.json")
                r["tb_one"] = run.json(tb + common + ["--one-core", "--export-batches", again],
                                       f"tagbench one core ({key}){tag}")
                if not same_batches(batches, again):
                    die(f"tagbench --one-core timed different batches than the first run ({batches} vs {again})")
            runs.append(r)
        results[key] = {part: best([r[part] for r in runs]) for part in runs[0]}

    micro_runs = []
    for k in range(args.repeats):
        tag = f" #{k + 1}" if args.repeats > 1 else ""
        micro_tb = run.json([args.tagbench, "bench", "--json"] + MICRO_ARGS, f"tagbench micro (e){tag}")
        lengths = ",".join(str(x) for x in micro_tb["micro_batch_lengths"])
        micro_pt = run.json(ref + ["--micro", "--cell", "lstm", "--input", "100", "--hidden", "256", "--bidirectional",
                                   "--lengths", lengths] + ref_opts, f"pytorch micro (e){tag}")
        micro_runs.append((micro_tb, micro_pt))
    micro_tb = max((r[0] for r in micro_runs), key=lambda x: x["micro_gflops"])
    micro_pt = max((r[1] for r in micro_runs), key=lambda x: x["micro_gflops"])
    load_end = loadavg()
    elapsed = time.time() - started

    with open(os.path.join(args.workdir, "results.json"), "w") as f:
        json.dump(log, f, indent=1, sort_keys=True)

    # ---- the Markdown section ----
    cpu, cores = machine()
    swift = first_line(["swift", "--version"])
    tb_threads = results["a"]["tb"].get("threads", "?")
    L = []
    L.append(f"## Side by side with PyTorch (`make bench`, {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')})")
    L.append("")
    L.append("Generated by `make bench` (benchmarks/run_bench.py); do not edit between the markers. "
             "Every ratio is tagbench ÷ PyTorch, both measured in this one run on this machine "
             f"(each figure the best of {args.repeats} rounds, tagbench and PyTorch taking turns), "
             "on the same batches (tagbench exports the batches it times; PyTorch is fed that file). "
             "Tokens are real (non-padding) tokens. See benchmarks/README.md.")
    L.append("")
    L.append(f"- Machine: {cpu}, {cores} cores, {platform.system()} {platform.release()}; "
             f"load average {load_start} at the start, {load_end} at the end "
             f"(a load above 0 means other work shared the CPU); whole run {elapsed / 60:.1f} min.")
    L.append(f"- Versions: {swift}; PyTorch {torch_version} (`torch.set_num_threads({args.torch_threads})`); "
             f"OpenBLAS {openblas_version()}; Python {platform.python_version()}.")
    L.append(f"- Threads: tagbench OPENBLAS_NUM_THREADS={tb_threads} (its own default), "
             f"PyTorch {args.torch_threads}.")
    L.append(f"- Data: `{args.train}` (UD English EWT train), batches of 32 sentences bucketed by length, "
             "seed 1; inference batches of 256.")
    L.append("")

    def train_row(key, target):
        tb, pt = results[key]["tb"], results[key]["pt"]
        rt = ratio(tb["train_tokens_per_s"], pt["train_tokens_per_s"])
        return (f"| train, {MODELS[key]['name']}, batch 32 ({key}) | {fmt(tb['train_tokens_per_s'])} | "
                f"{fmt(pt['train_tokens_per_s'])} | {rt:.2f}× | ≥ {target:.1f}× ({verdict(rt, target)}) |")

    def infer_row(key):
        tb, pt = results[key]["tb"], results[key]["pt"]
        rt = ratio(tb["infer_tokens_per_s"], pt["infer_tokens_per_s"])
        return (f"| inference, model ({key}), batch 256 (d) | {fmt(tb['infer_tokens_per_s'])} | "
                f"{fmt(pt['infer_tokens_per_s'])} | {rt:.2f}× | ≥ 2.0× ({verdict(rt, 2.0)}) |")

    L.append("| workload | tagbench tok/s | PyTorch tok/s | ratio | target |")
    L.append("| --- | ---: | ---: | ---: | --- |")
    L.append(train_row("a", 3.0))
    L.append(train_row("b", 3.0))
    L.append(train_row("c", 2.0))
    L.append(infer_row("a"))
    L.append(infer_row("c"))
    for key in MODELS:
        r = results[key]
        tb, ptp = r["tb"], r["pt_pad"]
        rt = ratio(tb["train_tokens_per_s"], ptp["train_tokens_per_s"])
        L.append(f"| train ({key}): tagbench packed vs PyTorch over padding | {fmt(tb['train_tokens_per_s'])} | "
                 f"{fmt(ptp['train_tokens_per_s'])} | {rt:.2f}× | — (PyTorch's faster path, for reference) |")
    if has_padded:
        for key in MODELS:
            r = results[key]
            pad, packed, ptp = r["tb_pad"], r["tb"], r["pt_pad"]
            rt = ratio(pad["train_tokens_per_s"], ptp["train_tokens_per_s"])
            own = ratio(packed["train_tokens_per_s"], pad["train_tokens_per_s"])
            ok = "met" if own and own > 1 else "not met"
            L.append(f"| train ({key}): tagbench over padding vs PyTorch over padding | "
                     f"{fmt(pad['train_tokens_per_s'])} | {fmt(ptp['train_tokens_per_s'])} | {rt:.2f}× | "
                     f"packed faster: tagbench packed ÷ padded = {own:.2f}× ({ok}) |")
    for key in MODELS:
        r = results[key]
        if "tb_one" not in r:
            continue
        one, two = r["tb_one"], r["tb"]
        L.append(f"| ({key}) on one core (`--one-core`) vs PyTorch: train / inference | "
                 f"{fmt(one['train_tokens_per_s'])} / {fmt(one['infer_tokens_per_s'])} | "
                 f"{fmt(r['pt']['train_tokens_per_s'])} / {fmt(r['pt']['infer_tokens_per_s'])} | "
                 f"{ratio(one['train_tokens_per_s'], r['pt']['train_tokens_per_s']):.2f}× / "
                 f"{ratio(one['infer_tokens_per_s'], r['pt']['infer_tokens_per_s']):.2f}× | "
                 f"— (the data-parallel split on both cores gives "
                 f"{ratio(two['train_tokens_per_s'], one['train_tokens_per_s']):.2f}× / "
                 f"{ratio(two['infer_tokens_per_s'], one['infer_tokens_per_s']):.2f}×) |")
    frac = micro_tb["fraction_of_peak"]
    L.append(f"| one LSTM layer fwd+bwd, H 256, bidirectional, batch 32 (e), GFLOP/s | "
             f"{micro_tb['micro_gflops']:.1f} | {micro_pt['micro_gflops']:.1f} | "
             f"{micro_tb['micro_gflops'] / micro_pt['micro_gflops']:.2f}× | "
             f"≥ 50% of sgemm peak: {frac * 100:.0f}% of {micro_tb['sgemm_peak_gflops']:.0f} GFLOP/s "
             f"({verdict(frac, 0.5)}) |")
    L.append("")
    L.append("Micro (e): GFLOP/s counts the matrix products only (3 · 2 · N · G·H · (In + H) per direction, "
             "In = 100, N = the fixed batch's tokens), best of 22 repetitions "
             f"(PyTorch: best of {micro_pt.get('micro_repeats', 22)}); the sgemm peak is a 1024³ "
             f"sgemm on both cores (2 OpenBLAS threads) measured by tagbench in the same process; "
             f"the layer runs its two directions on the two cores. PyTorch's layer reaches "
             f"{micro_pt['fraction_of_peak'] * 100:.0f}% of its own 1024³ matmul peak "
             f"({micro_pt['sgemm_peak_gflops']:.0f} GFLOP/s with {args.torch_threads} threads).")
    L.append("")
    L.append("Peak memory (ru_maxrss of each benchmark process, MiB; tagbench's includes loading the corpus, "
             "PyTorch's the library and the exported batches):")
    L.append("")
    L.append("| workload | tagbench | PyTorch packed | PyTorch over padding | target |")
    L.append("| --- | ---: | ---: | ---: | --- |")
    for key in MODELS:
        r = results[key]
        t, p, pp = r["tb"]["peak_rss_mib"], r["pt"]["peak_rss_mib"], r["pt_pad"]["peak_rss_mib"]
        L.append(f"| train + inference ({key}) {MODELS[key]['name']} | {t:.0f} | {p:.0f} | {pp:.0f} | "
                 f"≤ PyTorch's ({'met' if t <= p else 'not met'}) |")
    L.append("")
    L.append("Measured amounts (timed batches after warm-up; PyTorch stops a loop early only if it passes "
             f"{args.max_seconds:g} s):")
    L.append("")
    L.append("| run | train batches | train tokens | train s | infer batches | infer tokens | infer s |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    names = {"tb": "tagbench", "tb_pad": "tagbench over padding", "tb_one": "tagbench on one core",
             "pt": "PyTorch packed", "pt_pad": "PyTorch over padding"}
    for key in MODELS:
        for part in ("tb", "tb_pad", "tb_one", "pt", "pt_pad"):
            x = results[key].get(part)
            if not x:
                continue
            if part.startswith("tb"):
                tb_n = max(1, round(MODELS[key]["batches"] * args.scale))
                tb_inf = max(1, tb_n * 32 // 256)
                tsec = x["train_tokens"] / x["train_tokens_per_s"]
                isec = x["infer_tokens"] / x["infer_tokens_per_s"]
                L.append(f"| ({key}) {names[part]} | {tb_n} | {x['train_tokens']:,} | {tsec:.1f} | {tb_inf} | "
                         f"{x['infer_tokens']:,} | {isec:.1f} |")
            else:
                L.append(f"| ({key}) {names[part]} | {x['train_batches_timed']} of {x['train_batches']} | "
                         f"{x['train_tokens']:,} | {x['train_seconds']:.1f} | "
                         f"{x['infer_batches_timed']} of {x['infer_batches']} | {x['infer_tokens']:,} | "
                         f"{x['infer_seconds']:.1f} |")
    L.append("")
    section = close_section(L, run.commands)

    write_section(args.out, section, START, END)
    print(section)
    print(f"\n[bench] wrote {args.out} ({elapsed / 60:.1f} min)", file=sys.stderr)


if __name__ == "__main__":
    main()
