#!/usr/bin/env python3
"""Rebuild a tagbench model directory in PyTorch and tag sentences with it.

Uses only what docs/model-format.md documents: config.json, vocab.json and
model.safetensors (read here with a small pure-Python reader, so the
`safetensors` package is not needed).

    python3 examples/load_in_pytorch.py MODEL_DIR < tokenised.txt

Input: one sentence per line, tokens separated by spaces (tokenise raw text
first, e.g. with `tagbench tag --output-format conllu`, or pass text that is
already tokenised). Output: `word/TAG word/TAG ...` per line, as `tagbench tag`
prints it. A model trained with `--decoder crf` is decoded with Viterbi over its
CRF tensors (a few lines of plain torch below; no extra package).
"""
import json
import struct
import sys
from pathlib import Path

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

DTYPES = {"F32": torch.float32, "F64": torch.float64, "I64": torch.int64, "I32": torch.int32}


def read_safetensors(path):
    data = Path(path).read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    body = data[8 + n:]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        t = torch.frombuffer(bytearray(body[begin:end]), dtype=DTYPES[info["dtype"]])
        tensors[name] = t.reshape(info["shape"]).clone()
    return tensors


class CRF(nn.Module):
    """The linear-chain CRF of a `"decoder": "crf"` model (pytorch-crf's names and shapes):
    transitions[i, j] scores tag i followed by tag j."""

    def __init__(self, num_tags):
        super().__init__()
        self.start_transitions = nn.Parameter(torch.zeros(num_tags))
        self.end_transitions = nn.Parameter(torch.zeros(num_tags))
        self.transitions = nn.Parameter(torch.zeros(num_tags, num_tags))

    def viterbi(self, scores):
        """scores: [n, K] one sentence's tag scores; returns its best tag sequence.
        Ties go to the lowest tag id, as in tagbench."""
        best = self.start_transitions + scores[0]                      # [K]
        pointers = []
        for t in range(1, scores.shape[0]):
            # candidates[i, j] = best[i] + transitions[i, j]; max over i (first on ties)
            top, arg = (best[:, None] + self.transitions).max(dim=0)
            best = top + scores[t]
            pointers.append(arg)
        tag = int((best + self.end_transitions).max(dim=0).indices)
        path = [tag]
        for arg in reversed(pointers):
            tag = int(arg[tag])
            path.append(tag)
        return path[::-1]


class Tagger(nn.Module):
    def __init__(self, config, vocab):
        super().__init__()
        self.embedding = nn.Embedding(len(vocab["words"]), config["embedding_dim"], padding_idx=0)
        rnn_input = config["embedding_dim"]
        cnn = config.get("char_cnn")
        if cnn:
            self.char_embedding = nn.Embedding(len(vocab["chars"]), cnn["embedding_dim"], padding_idx=0)
            self.char_cnn = nn.Conv1d(cnn["embedding_dim"], cnn["filters"], cnn["width"], padding=(cnn["width"] - 1) // 2)
            rnn_input += cnn["filters"]
        cell = nn.LSTM if config["cell"] == "lstm" else nn.GRU
        self.rnn = cell(rnn_input, config["hidden_size"], num_layers=config["layers"],
                        bidirectional=config["bidirectional"], batch_first=True)
        directions = 2 if config["bidirectional"] else 1
        self.output = nn.Linear(config["hidden_size"] * directions, config["num_tags"])
        self.has_chars = bool(cnn)
        if config.get("decoder", "softmax") == "crf":
            self.crf = CRF(config["num_tags"])
        elif config.get("decoder", "softmax") != "softmax":
            sys.exit(f"unknown decoder {config['decoder']!r} (expected softmax or crf)")

    def char_features(self, chars):
        """chars: one list of character ids per token; returns [tokens, filters]."""
        width = max(len(c) for c in chars)
        ids = torch.zeros(len(chars), width, dtype=torch.long)
        for i, c in enumerate(chars):
            ids[i, :len(c)] = torch.tensor(c)
        conv = self.char_cnn(self.char_embedding(ids).transpose(1, 2))  # [tokens, f, width]
        lengths = torch.tensor([len(c) for c in chars])
        own = torch.arange(width)[None, :] < lengths[:, None]           # the word's own positions
        conv = conv.masked_fill(~own[:, None, :], float("-inf"))
        return conv.max(dim=2).values

    def scores(self, words, lengths, chars=None):
        """Tag scores [B, T, K] before the log-softmax (the CRF's emissions)."""
        x = self.embedding(words)                                       # [B, T, E]
        if self.has_chars:
            flat = [c for sentence in chars for c in sentence]
            features = self.char_features(flat)
            padded = torch.zeros(words.shape[0], words.shape[1], features.shape[1])
            k = 0
            for b, sentence in enumerate(chars):
                padded[b, :len(sentence)] = features[k:k + len(sentence)]
                k += len(sentence)
            x = torch.cat([x, padded], dim=2)
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return self.output(out)

    def tag_ids(self, words, lengths, chars=None):
        """The predicted tag ids of each sentence: argmax per token, or Viterbi with a CRF."""
        scores = self.scores(words, lengths, chars)
        if hasattr(self, "crf"):
            return [self.crf.viterbi(scores[b, :n]) for b, n in enumerate(lengths.tolist())]
        return [row[:n].tolist() for row, n in zip(torch.log_softmax(scores, dim=-1).argmax(dim=-1), lengths.tolist())]


def lookup(table, index, item):
    if item in index:
        return index[item]
    return index.get(item.lower(), 1)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    directory = Path(sys.argv[1])
    config = json.loads((directory / "config.json").read_text())
    vocab = json.loads((directory / "vocab.json").read_text())
    model = Tagger(config, vocab)
    state = read_safetensors(directory / "model.safetensors")
    model.load_state_dict(state)
    model.eval()
    words_index = {w: i for i, w in reversed(list(enumerate(vocab["words"])))}
    chars_index = {c: i for i, c in reversed(list(enumerate(vocab["chars"])))}
    for line in sys.stdin:
        tokens = line.split()
        if not tokens:
            print()
            continue
        ids = torch.tensor([[lookup(vocab["words"], words_index, t) for t in tokens]])
        chars = [[[lookup(vocab["chars"], chars_index, ch) for ch in t] for t in tokens]]
        with torch.no_grad():
            tag_ids = model.tag_ids(ids, torch.tensor([len(tokens)]), chars if model.has_chars else None)
        tags = [vocab["tags"][k] for k in tag_ids[0]]
        print(" ".join(f"{t}/{g}" for t, g in zip(tokens, tags)))


if __name__ == "__main__":
    main()
