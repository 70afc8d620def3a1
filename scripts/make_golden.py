#!/usr/bin/env python3
"""Golden fixtures for the packed LSTM/GRU tagger: forward and backward from PyTorch.

Usage:
    python3 scripts/make_golden.py            # build, verify, write, read back
    python3 scripts/make_golden.py --check    # rebuild in memory, compare with files on disk

Requires torch==2.13.0+cpu (PyPI) and numpy. The safetensors format is written and
parsed by hand here (no dependency on the `safetensors` package).

Every case is built exactly as a user would build the article's tagger, in float32,
with a fixed seed. The reference values (outputs, loss, gradients) are then computed
by a float64 copy of that same model (float32 weights widened exactly) and rounded to
F32 on writing: the most accurate reference for the float32 Swift engine. See
Tests/ModelTests/Fixtures/README.md for the contents of a fixture.
"""

import argparse
import copy
import json
import math
import os
import struct
import sys

import numpy as np
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "ModelTests", "Fixtures")

VOCAB, EMB, HIDDEN, TAGS = 11, 5, 4, 6
# Character features (the *_char cases): char vocabulary, char embedding size c,
# filters f, width w; each word has 1..MAX_CHARS characters.
CHAR_VOCAB, CHAR_EMB, CHAR_FILTERS, CHAR_WIDTH, MAX_CHARS = 12, 3, 4, 3, 6
MAX_BYTES = 50 * 1024

# name -> (cell, layers, bidirectional, lengths in caller order, seed, character features)
CASES = [
    ("lstm_l1_uni", "lstm", 1, False, [3, 5, 1, 3, 2], 1001, False),
    ("lstm_l2_bi", "lstm", 2, True, [3, 5, 1, 3, 2], 1002, False),
    ("gru_l1_uni", "gru", 1, False, [3, 5, 1, 3, 2], 1003, False),
    ("gru_l2_bi", "gru", 2, True, [3, 5, 1, 3, 2], 1004, False),
    ("lstm_l1_bi_ties", "lstm", 1, True, [4, 4, 1, 4, 1, 2], 1005, False),
    ("gru_l1_bi_single", "gru", 1, True, [1], 1006, False),
    ("lstm_l2_bi_char", "lstm", 2, True, [3, 5, 1, 3, 2], 1007, True),
    ("gru_l1_uni_char", "gru", 1, False, [3, 5, 1, 3, 2], 1008, True),
]


class Tagger(nn.Module):
    """The article's tagger: embedding (+ char CNN) -> packed (Bi)LSTM/GRU -> linear -> log-softmax."""

    def __init__(self, cell, layers, bidirectional, chars=False):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, EMB, padding_idx=0)
        rnn_input = EMB
        if chars:
            self.char_embedding = nn.Embedding(CHAR_VOCAB, CHAR_EMB, padding_idx=0)
            self.char_cnn = nn.Conv1d(CHAR_EMB, CHAR_FILTERS, CHAR_WIDTH, padding=(CHAR_WIDTH - 1) // 2)
            rnn_input += CHAR_FILTERS
        rnn_cls = nn.LSTM if cell == "lstm" else nn.GRU
        self.rnn = rnn_cls(rnn_input, HIDDEN, num_layers=layers, bidirectional=bidirectional,
                           batch_first=True, dropout=0.0)
        self.output = nn.Linear(HIDDEN * (2 if bidirectional else 1), TAGS)

    def char_features(self, chars):
        """chars [B, T, M] (0-padded, real chars >= 1) -> [B, T, f], as docs/model-format.md."""
        B, T, M = chars.shape
        flat = chars.reshape(B * T, M)
        char_lengths = (flat != 0).sum(dim=1).clamp(min=1)           # padded words: 1
        own = torch.arange(M)[None, :] < char_lengths[:, None]       # [B*T, M]
        e = self.char_embedding(flat) * own[..., None]               # zeros outside each word
        y = self.char_cnn(e.transpose(1, 2))                         # [B*T, f, M]
        f = y.masked_fill(~own[:, None, :], float("-inf")).max(dim=2).values
        return f.reshape(B, T, -1)

    def forward(self, words, lengths, tags, chars=None):
        x = self.embedding(words)                                   # [B, T, E]
        if chars is not None:
            x = torch.cat([x, self.char_features(chars)], dim=2)    # [B, T, E+f]
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        padded, _ = pad_packed_sequence(out, batch_first=True)      # [B, T, D*H]
        padded.retain_grad()
        logits = self.output(padded)                                # [B, T, K]
        log_probs = torch.log_softmax(logits, dim=-1)               # [B, T, K]
        B, T = words.shape
        flat_lp = log_probs.reshape(B * T, TAGS)
        flat_tags = tags.reshape(B * T)
        mask = (torch.arange(T).unsqueeze(0) < lengths.unsqueeze(1)).reshape(B * T)
        mask = mask.to(log_probs.dtype)
        picked = flat_lp.gather(1, flat_tags.unsqueeze(1)).squeeze(1)
        loss = -(picked * mask).sum() / mask.sum()
        return packed, padded, logits, log_probs, loss


def build_case(name, cell, layers, bidirectional, lengths, seed, with_chars):
    """Returns (metadata dict, ordered list of (name, numpy array)) for one case."""
    torch.manual_seed(seed)
    model = Tagger(cell, layers, bidirectional, with_chars)  # float32, as a user builds it
    with torch.no_grad():
        model.embedding.weight.normal_(0.0, 1.0)
        model.embedding.weight[0].zero_()
        if with_chars:
            model.char_embedding.weight.normal_(0.0, 1.0)
            model.char_embedding.weight[0].zero_()
            model.char_cnn.weight.uniform_(-0.5, 0.5)
            model.char_cnn.bias.uniform_(-0.5, 0.5)
        for p in model.rnn.parameters():
            p.uniform_(-0.5, 0.5)
        model.output.weight.uniform_(-0.5, 0.5)
        model.output.bias.uniform_(-0.5, 0.5)

    B, T = len(lengths), max(lengths)
    lengths_t = torch.tensor(lengths, dtype=torch.int64)
    words = torch.zeros(B, T, dtype=torch.int64)
    tags = torch.zeros(B, T, dtype=torch.int64)
    for b, n in enumerate(lengths):
        words[b, :n] = torch.randint(1, VOCAB, (n,))
        tags[b, :n] = torch.randint(0, TAGS, (n,))
    chars = None
    if with_chars:
        # Every character length 1..MAX_CHARS occurs; which word gets which is random.
        N = sum(lengths)
        char_lengths = [(i % MAX_CHARS) + 1 for i in torch.randperm(N).tolist()]
        chars = torch.zeros(B, T, MAX_CHARS, dtype=torch.int64)
        k = 0
        for b, n in enumerate(lengths):
            for t in range(n):
                chars[b, t, :char_lengths[k]] = torch.randint(1, CHAR_VOCAB, (char_lengths[k],))
                k += 1

    param_names = [n for n, _ in model.named_parameters()]
    params32 = {n: p.detach().clone() for n, p in model.named_parameters()}

    # Reference: float64 copy of the float32 model (exact widening of the weights).
    m64 = copy.deepcopy(model).double()
    packed, padded, logits, log_probs, loss = m64(words, lengths_t, tags, chars)
    loss.backward()

    # The float32 model itself, as a sanity bound on what float32 can reach.
    p32, padded32, _, lp32, loss32 = model(words, lengths_t, tags, chars)
    loss32.backward()

    # ---- verification (assert before anything is written) ----
    # 1. loss equals the naive masked loop over real tokens
    total, count = 0.0, 0
    for b, n in enumerate(lengths):
        for t in range(n):
            total += -float(log_probs.detach()[b, t, int(tags[b, t])])
            count += 1
    naive = total / count
    assert count == sum(lengths)
    assert math.isclose(naive, float(loss.detach()), rel_tol=1e-12), (name, naive, float(loss.detach()))
    # 2. padded positions of out.rnn are zero, and so is their gradient
    for b, n in enumerate(lengths):
        assert torch.all(padded[b, n:] == 0), name
        assert torch.all(padded.grad[b, n:] == 0), name
    # 3. gradient of embedding row 0 is zero
    assert torch.all(m64.embedding.weight.grad[0] == 0), name
    # 4. packing: each sentence run alone (no packing, no padding) gives the same output,
    #    so the reverse direction starts at each sentence's own last word.
    with torch.no_grad():
        for b, n in enumerate(lengths):
            x = m64.embedding(words[b:b + 1, :n])
            if with_chars:
                x = torch.cat([x, m64.char_features(chars[b:b + 1, :n])], dim=2)
            alone, _ = m64.rnn(x)
            assert torch.allclose(alone[0], padded[b, :n], rtol=0, atol=1e-12), (name, b)
    # 5. packing metadata agrees with the lengths
    bs = packed.batch_sizes
    assert bs.tolist() == [sum(1 for n in lengths if n > t) for t in range(T)], name
    si = packed.sorted_indices
    assert sorted(si.tolist()) == list(range(B)), name
    assert all(lengths[si[i]] >= lengths[si[i + 1]] for i in range(B - 1)), name
    assert torch.equal(p32.sorted_indices, si) and torch.equal(p32.batch_sizes, bs), name
    # 6. the float32 model agrees with the float64 reference to well within 1e-4
    def close32(a32, a64, what):
        a32, a64 = a32.detach().double(), a64.detach()
        err = (a32 - a64).abs().max().item()
        scale = max(a64.abs().max().item(), 1e-3)
        assert err <= 1e-5 * scale, (name, what, err, scale)
    close32(padded32, padded, "out.rnn")
    close32(lp32, log_probs, "log_probs")
    close32(loss32, loss, "loss")
    for n, p in model.named_parameters():
        close32(p.grad, dict(m64.named_parameters())[n].grad, "grad." + n)
    # 7. character features: each word alone, by the one-word definition
    #    F.conv1d(emb.T[None], W, b, padding=(w-1)//2)[0, :, :L].max(dim=1), equal the
    #    batched, masked ones; no word's maximum is a near tie (so the gradient's route
    #    through the max is unambiguous); the padding char row gets no gradient.
    if with_chars:
        with torch.no_grad():
            batched = m64.char_features(chars)
            for b, n in enumerate(lengths):
                for t in range(n):
                    ids = chars[b, t][chars[b, t] != 0]
                    emb = m64.char_embedding(ids)                      # [L, c]
                    y = torch.nn.functional.conv1d(emb.T[None], m64.char_cnn.weight, m64.char_cnn.bias,
                                                   padding=(CHAR_WIDTH - 1) // 2)[0, :, :len(ids)]
                    assert torch.allclose(y.max(dim=1).values, batched[b, t], rtol=0, atol=1e-12), (name, b, t)
                    if len(ids) > 1:
                        top2 = y.topk(2, dim=1).values
                        assert (top2[:, 0] - top2[:, 1]).min().item() > 1e-3, (name, b, t, "near tie")
        assert torch.all(m64.char_embedding.weight.grad[0] == 0), name
    # 8. the float64 copy holds exactly the float32 weights
    for n, p in m64.named_parameters():
        assert torch.equal(p.detach().float(), params32[n]), (name, n)

    def f32(t):
        a = t.detach().to(torch.float32).numpy().astype("<f4", copy=True)
        return a + np.float32(0.0)  # turn any -0.0 into +0.0

    def i64(t):
        return t.detach().to(torch.int64).numpy().astype("<i8", copy=True)

    tensors = []
    for n in param_names:
        tensors.append((n, f32(params32[n])))
    tensors += [
        ("input.lengths", i64(lengths_t)),
        ("input.words", i64(words)),
        ("input.tags", i64(tags)),
    ]
    if with_chars:
        tensors.append(("input.chars", i64(chars)))
    tensors += [
        ("packed.batch_sizes", i64(bs)),
        ("packed.sorted_indices", i64(si)),
        ("out.rnn", f32(padded)),
        ("out.logits", f32(logits)),
        ("out.log_probs", f32(log_probs)),
        ("out.loss", f32(loss.reshape(1))),
    ]
    grads = dict(m64.named_parameters())
    for n in param_names:
        tensors.append(("grad." + n, f32(grads[n].grad)))
    tensors.append(("grad.out.rnn", f32(padded.grad)))

    metadata = {
        "cell": cell,
        "layers": str(layers),
        "bidirectional": "true" if bidirectional else "false",
        "embedding_dim": str(EMB),
        "hidden_size": str(HIDDEN),
        "num_tags": str(TAGS),
        "vocab_size": str(VOCAB),
        "torch_version": torch.__version__,
        "loss": repr(float(loss.detach())),
        "seed": str(seed),
    }
    if with_chars:
        metadata.update({
            "char_vocab_size": str(CHAR_VOCAB),
            "char_embedding_dim": str(CHAR_EMB),
            "char_filters": str(CHAR_FILTERS),
            "char_width": str(CHAR_WIDTH),
        })
    return metadata, tensors


# ---------------------------------------------------------------- safetensors by hand

DTYPES = {np.dtype("<f4"): "F32", np.dtype("<i8"): "I64"}
NP_DTYPES = {"F32": np.dtype("<f4"), "I64": np.dtype("<i8")}


def encode_safetensors(metadata, tensors):
    header, offset, chunks = {}, 0, []
    for name, arr in tensors:
        assert name not in header and name != "__metadata__", name
        data = np.ascontiguousarray(arr).tobytes()
        header[name] = {"dtype": DTYPES[arr.dtype], "shape": list(arr.shape),
                        "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        chunks.append(data)
    header["__metadata__"] = metadata
    hbytes = json.dumps(header, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    hbytes += b" " * ((-len(hbytes)) % 8)
    return struct.pack("<Q", len(hbytes)) + hbytes + b"".join(chunks)


def decode_safetensors(blob):
    """Independent strict parser: returns (metadata, ordered list of (name, array))."""
    assert len(blob) >= 8
    (n,) = struct.unpack("<Q", blob[:8])
    assert n % 8 == 0 and 8 + n <= len(blob), n
    raw = blob[8:8 + n]
    assert raw == raw.rstrip(b" ") + b" " * (len(raw) - len(raw.rstrip(b" ")))
    header = json.loads(raw.decode("utf-8"))
    metadata = header.pop("__metadata__", {})
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items())
    data = blob[8 + n:]
    entries = sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0])
    pos, out = 0, []
    for name, h in entries:
        begin, end = h["data_offsets"]
        assert begin == pos, (name, begin, pos)  # contiguous, no gaps or overlaps
        dt = NP_DTYPES[h["dtype"]]
        count = int(np.prod(h["shape"], dtype=np.int64)) if h["shape"] else 1
        assert end - begin == count * dt.itemsize, name
        arr = np.frombuffer(data[begin:end], dtype=dt).reshape(h["shape"])
        out.append((name, arr))
        pos = end
    assert pos == len(data), "trailing bytes after the last tensor"
    return metadata, out


def compare(path, metadata, tensors):
    with open(path, "rb") as f:
        blob = f.read()
    md, got = decode_safetensors(blob)
    assert md == metadata, (path, md, metadata)
    assert [n for n, _ in got] == [n for n, _ in tensors], (path, "names/order differ")
    for (n, a), (_, b) in zip(got, tensors):
        assert a.dtype == b.dtype and a.shape == b.shape, (path, n)
        assert a.tobytes() == b.tobytes(), (path, n, "values differ")
    assert len(blob) < MAX_BYTES, (path, len(blob))
    return len(blob)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="rebuild in memory and compare with the fixtures on disk; write nothing")
    args = ap.parse_args()
    if torch.__version__ != "2.13.0+cpu":
        print(f"warning: torch {torch.__version__}, fixtures were made with 2.13.0+cpu",
              file=sys.stderr)
    torch.use_deterministic_algorithms(True)
    os.makedirs(FIXTURES, exist_ok=True)
    failed = False
    for name, cell, layers, bi, lengths, seed, with_chars in CASES:
        metadata, tensors = build_case(name, cell, layers, bi, lengths, seed, with_chars)
        path = os.path.join(FIXTURES, name + ".safetensors")
        if args.check:
            try:
                size = compare(path, metadata, tensors)
            except (AssertionError, OSError) as e:
                print(f"FAIL {name}: {e}")
                failed = True
                continue
            print(f"ok   {name:18s} {size:6d} bytes  loss={metadata['loss']}")
        else:
            blob = encode_safetensors(metadata, tensors)
            assert len(blob) < MAX_BYTES, (name, len(blob))
            tmp = path + ".tmp"
            with open(tmp, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
            size = compare(path, metadata, tensors)
            si = dict(tensors)["packed.sorted_indices"].tolist()
            print(f"wrote {name:18s} {size:6d} bytes  loss={metadata['loss']}  "
                  f"sorted_indices={si}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
