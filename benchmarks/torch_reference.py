#!/usr/bin/env python3
"""The PyTorch side of tagbench's benchmark: the same tagger, fed the same batches.

    torch_reference.py BATCHES.json [--padded] [--json] [--threads 2] [--max-seconds S]
    torch_reference.py --micro --lengths 35,10,... [--cell lstm] [--input 100]
                       [--hidden 256] [--bidirectional] [--json] [--threads 2]

BATCHES.json is written by `tagbench bench --export-batches FILE`: the model
configuration, the number of warm-up batches and the exact training and
inference batches (word, tag and character ids) that tagbench timed, in the
same order. This script builds the same model (float32, docs/model-format.md),
trains it on those batches with the article's recipe, then runs inference on
the inference batches, and reports real tokens per second of both and the
peak resident memory of this process.

Training step (the article's recipe): pad the batch with 0,
pack_padded_sequence(enforce_sorted=False), RNN, pad_packed_sequence, linear,
log_softmax, flatten, mask the padding, mean NLL over real tokens, backward,
clip_grad_norm_(5), Adam(lr 2e-3) step, zero_grad.

--padded runs the RNN over the padded batch instead (no packing; the loss is
still masked). It is the faster path in PyTorch; for a bidirectional RNN it is
not the same function (the backward direction starts in the padding), so it is
a speed reference only.

--micro times one RNN layer's forward + backward on a fixed packed batch of
random inputs (the lengths tagbench's `bench --micro` prints), counting flops
as tagbench does: 3 * 2 * N * G*H * (In + H) per direction.
"""

import argparse
import json
import resource
import sys
import time

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:  # pragma: no cover - make bench installs it first
    sys.exit("torch_reference.py: PyTorch is not installed; run `pip install torch==2.13.0+cpu` "
             "(or `make bench`, which does it)")

pack_padded_sequence = nn.utils.rnn.pack_padded_sequence
pad_packed_sequence = nn.utils.rnn.pad_packed_sequence


class Tagger(nn.Module):
    """docs/model-format.md's module, with dropout for training."""

    def __init__(self, cfg):
        super().__init__()
        self.embedding = nn.Embedding(cfg["vocab_size"], cfg["embedding_dim"], padding_idx=0)
        rnn_input = cfg["embedding_dim"]
        cnn = cfg.get("char_cnn")
        self.has_chars = bool(cnn)
        if cnn:
            self.char_embedding = nn.Embedding(cfg["char_vocab_size"], cnn["embedding_dim"], padding_idx=0)
            self.char_cnn = nn.Conv1d(cnn["embedding_dim"], cnn["filters"], cnn["width"],
                                      padding=(cnn["width"] - 1) // 2)
            rnn_input += cnn["filters"]
        p = float(cfg.get("dropout") or 0.0)
        cell = nn.LSTM if cfg["cell"] == "lstm" else nn.GRU
        self.rnn = cell(rnn_input, cfg["hidden_size"], num_layers=cfg["layers"],
                        bidirectional=cfg["bidirectional"], batch_first=True,
                        dropout=p if cfg["layers"] > 1 else 0.0)
        directions = 2 if cfg["bidirectional"] else 1
        self.output = nn.Linear(directions * cfg["hidden_size"], cfg["num_tags"])
        self.dropout = nn.Dropout(p) if p > 0 else nn.Identity()

    def char_features(self, chars, char_lengths):
        """chars: [N, M] ids padded with 0; char_lengths: [N] >= 1. Max over each word's own positions."""
        own = torch.arange(chars.shape[1])[None, :] < char_lengths[:, None]  # [N, M]
        e = self.char_embedding(chars) * own[..., None]                       # zeros outside the word
        y = self.char_cnn(e.transpose(1, 2))                                  # [N, f, M]
        return y.masked_fill(~own[:, None, :], float("-inf")).max(dim=2).values

    def forward(self, b, packed=True):
        """Log-probabilities [B, T, K] of a prepared batch (see `prepare`)."""
        x = self.embedding(b["words"])                                        # [B, T, E]
        if self.has_chars:
            # Character features of the real words only, scattered back into the grid.
            f = self.char_features(b["chars"], b["char_lengths"])            # [N, f]
            grid = x.new_zeros(x.shape[0], x.shape[1], f.shape[1])
            grid[b["mask"]] = f
            x = torch.cat([x, grid], dim=2)
        x = self.dropout(x)
        if packed:
            h = pack_padded_sequence(x, b["lengths"], batch_first=True, enforce_sorted=False)
            h, _ = self.rnn(h)
            h, _ = pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        else:
            h, _ = self.rnn(x)
        h = self.dropout(h)
        return torch.log_softmax(self.output(h), dim=-1)


def prepare(batch, with_chars):
    """Padded tensors of one exported batch (built before timing, as a DataLoader would)."""
    words = batch["words"]
    lengths = [len(s) for s in words]
    B, T = len(words), max(lengths)
    w = torch.zeros(B, T, dtype=torch.long)
    t = torch.zeros(B, T, dtype=torch.long)
    for i, (s, tags) in enumerate(zip(words, batch["tags"])):
        w[i, :len(s)] = torch.tensor(s, dtype=torch.long)
        t[i, :len(tags)] = torch.tensor(tags, dtype=torch.long)
    lengths_t = torch.tensor(lengths, dtype=torch.long)
    mask = torch.arange(T)[None, :] < lengths_t[:, None]
    out = {"words": w, "tags": t, "lengths": lengths_t, "mask": mask, "tokens": sum(lengths)}
    if with_chars:
        # The real words in row-major (sentence, position) order, which is the order of grid[mask].
        flat = [word for sentence in batch["chars"] for word in sentence]
        M = max(len(word) for word in flat)
        c = torch.zeros(len(flat), M, dtype=torch.long)
        for i, word in enumerate(flat):
            c[i, :len(word)] = torch.tensor(word, dtype=torch.long)
        out["chars"] = c
        out["char_lengths"] = torch.tensor([len(word) for word in flat], dtype=torch.long).clamp(min=1)
    return out


def train_step(model, optimizer, b, packed):
    logp = model(b, packed=packed)                                # [B, T, K]
    K = logp.shape[-1]
    flat = logp.reshape(-1, K)                                    # flatten outputs and labels
    labels = b["tags"].reshape(-1)
    mask = b["mask"].reshape(-1).to(flat.dtype)
    picked = flat.gather(1, labels[:, None]).squeeze(1)
    loss = -(picked * mask).sum() / b["tokens"]                   # mean NLL over real tokens
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 5.0)
    optimizer.step()
    optimizer.zero_grad()
    return loss


def warm_up_shapes(model, train, infer):
    """Untimed: run the RNN once on every distinct padded (batch, time) shape.

    Over the padding, PyTorch's CPU LSTM/GRU goes through oneDNN, which builds (JIT-
    compiles) a primitive for every new input shape and caches it; the first batch of
    each shape costs far more than the rest. A long training run pays that once per
    shape, so the steady-state figure excludes it. The packed path has no such cost.
    """
    start = time.perf_counter()
    width = model.rnn.input_size
    model.train()
    for B, T in sorted({tuple(b["words"].shape) for b in train}):
        h, _ = model.rnn(torch.zeros(B, T, width, requires_grad=True))
        h.sum().backward()
    model.zero_grad(set_to_none=True)
    model.eval()
    with torch.no_grad():
        for B, T in sorted({tuple(b["words"].shape) for b in infer}):
            model.rnn(torch.zeros(B, T, width))
    return time.perf_counter() - start


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_batches(args):
    with open(args.batches) as f:
        data = json.load(f)
    cfg, warmup = data["config"], int(data["warmup"])
    with_chars = bool(cfg.get("char_cnn"))
    train = [prepare(b, with_chars) for b in data["train"]]
    infer = [prepare(b, with_chars) for b in data["infer"]]
    del data
    packed = not args.padded

    torch.manual_seed(args.seed)
    model = Tagger(cfg)
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    shape_warmup = 0.0
    if args.padded and not args.no_shape_warmup:
        shape_warmup = warm_up_shapes(model, train[warmup:], infer[1:])
    model.train()
    tokens, start = 0, time.perf_counter()
    timed = 0
    for i, b in enumerate(train):
        if i == warmup:
            start = time.perf_counter()
        train_step(model, optimizer, b, packed)
        if i >= warmup:
            tokens += b["tokens"]
            timed += 1
            if args.max_seconds and time.perf_counter() - start > args.max_seconds:
                break
    train_seconds = time.perf_counter() - start

    model.eval()
    infer_tokens, infer_start = 0, time.perf_counter()
    with torch.no_grad():
        infer_timed = 0
        for i, b in enumerate(infer):
            if i == 1:  # the first inference batch is warm-up, as in tagbench
                infer_start = time.perf_counter()
            model(b, packed=packed)
            if i >= 1:
                infer_tokens += b["tokens"]
                infer_timed += 1
                if args.max_seconds and time.perf_counter() - infer_start > args.max_seconds:
                    break
    infer_seconds = time.perf_counter() - infer_start

    return {
        "mode": "padded" if args.padded else "packed", "shape_warmup_seconds": shape_warmup,
        "torch": torch.__version__, "threads": torch.get_num_threads(),
        "cell": cfg["cell"], "layers": cfg["layers"], "bidirectional": cfg["bidirectional"],
        "char_cnn": with_chars, "dropout": cfg.get("dropout", 0),
        "warmup": warmup, "train_batches": len(train) - warmup, "train_batches_timed": timed,
        "train_tokens": tokens, "train_seconds": train_seconds,
        "train_tokens_per_s": tokens / train_seconds if train_seconds > 0 else 0.0,
        "infer_batches": max(0, len(infer) - 1), "infer_batches_timed": infer_timed, "infer_batch": len(infer[0]["lengths"]) if infer else 0,
        "infer_tokens": infer_tokens, "infer_seconds": infer_seconds,
        "infer_tokens_per_s": infer_tokens / infer_seconds if infer_seconds > 0 and infer_tokens else 0.0,
        "peak_rss_mib": peak_rss_mib(),
    }


def run_micro(args):
    lengths = [int(x) for x in args.lengths.split(",") if x.strip()]
    if not lengths:
        sys.exit("torch_reference.py: --micro needs --lengths")
    torch.manual_seed(2)
    cell = nn.LSTM if args.cell == "lstm" else nn.GRU
    rnn = cell(args.input, args.hidden, num_layers=1, bidirectional=args.bidirectional, batch_first=True)
    B, T = len(lengths), max(lengths)
    x = torch.empty(B, T, args.input).uniform_(-1, 1)
    lengths_t = torch.tensor(lengths)
    N, D = sum(lengths), 2 if args.bidirectional else 1
    dout = torch.empty(N, D * args.hidden).uniform_(-1, 1)
    best, began, done = float("inf"), time.perf_counter(), 0
    for rep in range(args.repeats + 2):
        if args.max_seconds and rep >= 3 and time.perf_counter() - began > args.max_seconds:
            break  # best of the repetitions done so far
        t = time.perf_counter()
        xi = x.detach().requires_grad_(True)
        packed = pack_padded_sequence(xi, lengths_t, batch_first=True, enforce_sorted=False)
        out, _ = rnn(packed)
        out.data.backward(dout)  # the packed data is [N, D*H], as tagbench's dOut
        rnn.zero_grad(set_to_none=True)
        best = min(best, time.perf_counter() - t)
        done += 1
    G = (4 if args.cell == "lstm" else 3) * args.hidden
    flops = 3 * 2 * N * G * (args.input + args.hidden) * D
    # The same-run peak for PyTorch: a 1024 square float32 matmul, best of 5.
    a, b = torch.rand(1024, 1024), torch.rand(1024, 1024)
    peak = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        torch.mm(a, b)
        peak = min(peak, time.perf_counter() - t)
    peak_gflops = 2 * 1024 ** 3 / peak / 1e9
    return {
        "mode": "micro", "torch": torch.__version__, "threads": torch.get_num_threads(),
        "cell": args.cell, "input": args.input, "hidden_size": args.hidden, "bidirectional": args.bidirectional,
        "micro_batch_lengths": lengths, "micro_repeats": done, "micro_ms": best * 1000, "micro_gflops": flops / best / 1e9,
        "sgemm_peak_gflops": peak_gflops, "fraction_of_peak": flops / best / 1e9 / peak_gflops,
        "peak_rss_mib": peak_rss_mib(),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batches", nargs="?", help="JSON written by `tagbench bench --export-batches`")
    ap.add_argument("--padded", action="store_true", help="run the RNN over the padding instead of packing")
    ap.add_argument("--no-shape-warmup", action="store_true",
                    help="--padded: do not warm up oneDNN on every distinct batch shape before timing")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (default 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-seconds", type=float, default=0,
                    help="stop each timed loop after this many seconds (0: run every batch); "
                         "the figure is then over the batches done, reported as *_batches_timed")
    ap.add_argument("--micro", action="store_true", help="time one RNN layer's forward + backward")
    ap.add_argument("--lengths", default="", help="--micro: comma-separated sentence lengths")
    ap.add_argument("--cell", choices=["lstm", "gru"], default="lstm")
    ap.add_argument("--input", type=int, default=100, help="--micro: input size")
    ap.add_argument("--hidden", type=int, default=256, help="--micro: hidden size")
    ap.add_argument("--bidirectional", action="store_true")
    ap.add_argument("--repeats", type=int, default=20)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if args.micro:
        result = run_micro(args)
    elif args.batches:
        result = run_batches(args)
    else:
        ap.error("give BATCHES.json (or --micro)")
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        for key in sorted(result):
            value = result[key]
            print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
