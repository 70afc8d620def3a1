#!/usr/bin/env python3
"""Generates the big inputs of RELIABILITY.md's memory measurements (never commit them).

    scripts/make_big_corpus.py conllu /tmp/big.conllu [--sentences 1000000]
    scripts/make_big_corpus.py text /tmp/big.txt [--bytes 1000000000]
    scripts/make_big_corpus.py text - --bytes 1000000000 | tagbench tag --model m

`conllu`: SENTENCES sentences of 1 to 25 words (mean 13), words drawn with a Zipf-like law
from a vocabulary of 50,000 made-up words, each word's tag fixed by the word, so a model
can learn it. `text`: lines of the same words, one sentence per line, until BYTES bytes;
`-` writes to standard output, so a stream of any size needs no disk. Seeded: the same
arguments give the same bytes.
"""
import argparse
import itertools
import random
import sys

TAGS = ["NOUN", "VERB", "DET", "ADP", "ADJ", "PRON", "PUNCT", "ADV", "AUX", "PROPN",
        "CCONJ", "PART", "NUM", "SCONJ", "INTJ", "SYM", "X"]
VOCABULARY = 50_000


def words(rng):
    """The vocabulary, its tags, and cumulative Zipf weights for random.choices."""
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "gi"]
    vocab = []
    for i in range(VOCABULARY):
        n, w = i, ""
        while True:
            w += syllables[n % len(syllables)]
            n //= len(syllables)
            if n == 0:
                break
        vocab.append(w)
    tags = [TAGS[rng.randrange(len(TAGS))] for _ in vocab]
    weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(VOCABULARY)))
    return vocab, tags, weights


def sentences(rng, vocab, weights):
    """Endless lists of word indices, 1 to 25 long."""
    index = range(VOCABULARY)
    while True:
        yield rng.choices(index, cum_weights=weights, k=rng.randint(1, 25))


def write_conllu(out, count, rng):
    vocab, tags, weights = words(rng)
    # One pre-built tail per word: FORM, LEMMA, UPOS, XPOS and the rest.
    tails = [f"\t{w}\t{w}\t{t}\t_\t_\t0\tdep\t_\t_\n" for w, t in zip(vocab, tags)]
    ids = [str(i) for i in range(1, 26)]
    block = []
    for n, sentence in enumerate(itertools.islice(sentences(rng, vocab, weights), count)):
        block.append(f"# sent_id = {n + 1}\n")
        block.extend(ids[i] + tails[w] for i, w in enumerate(sentence))
        block.append("\n")
        if len(block) > 100_000:
            out.write("".join(block))
            block.clear()
    out.write("".join(block))


def write_text(out, size, rng):
    vocab, _, weights = words(rng)
    # A 16 MB block of lines, repeated: the stream's content does not matter, its size does.
    lines, total = [], 0
    for sentence in sentences(rng, vocab, weights):
        line = " ".join(vocab[w] for w in sentence) + " .\n"
        lines.append(line)
        total += len(line)
        if total >= 16 << 20:
            break
    block = "".join(lines).encode()
    written = 0
    while written < size:
        chunk = block[: size - written]
        out.write(chunk)
        written += len(chunk)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["conllu", "text"])
    parser.add_argument("path", help="output file, or - for standard output")
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--bytes", type=int, default=1_000_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.kind == "conllu":
        out = sys.stdout if args.path == "-" else open(args.path, "w", encoding="utf-8")
        write_conllu(out, args.sentences, rng)
    else:
        out = sys.stdout.buffer if args.path == "-" else open(args.path, "wb")
        try:
            write_text(out, args.bytes, rng)
        except BrokenPipeError:
            pass
    out.flush()


if __name__ == "__main__":
    main()
