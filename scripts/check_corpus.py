#!/usr/bin/env python3
"""Validate tagbench's embedded CoNLL-U corpus and print counts.

Checks, per file: UTF-8, no CR, 10 tab-separated columns per token line,
token IDs 1..n consecutive (no ranges or empty nodes), UPOS one of the 17 UD
tags, non-empty FORM without spaces or tabs, `# sent_id` and `# text` comments
present (sent_id unique across all files), a blank line after each sentence,
HEAD a number in 0..n and DEPREL non-empty, MISC `_` or `SpaceAfter=No`, and
that `# text` equals the tokens joined according to SpaceAfter. Also checks
that no sentence text occurs in more than one file.

Prints sentences, tokens, per-tag counts and vocabulary size (distinct
lowercased forms) for each file and for all files together.

Usage: python3 scripts/check_corpus.py [FILE.conllu ...]
       (default: Assets/corpus/train.conllu and Assets/corpus/dev.conllu)
Exit status 0 when every file is valid, 1 otherwise.
"""
import collections
import os
import sys

UPOS = ("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT "
        "SCONJ SYM VERB X").split()


def check_file(path, errors, seen_ids, texts_by_file):
    stats = dict(sentences=0, tokens=0, tags=collections.Counter(), vocab=set())

    def err(lineno, msg):
        errors.append("%s:%d: %s" % (path, lineno, msg))

    raw = open(path, "rb").read()
    if b"\r" in raw:
        err(0, "contains CR characters")
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(0, "not valid UTF-8: %s" % e)
        return stats
    if data and not data.endswith("\n\n"):
        err(data.count("\n") + 1, "file must end with a blank line after the last sentence")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    block, start = [], 1

    def flush(block, start):
        if not block:
            return
        comments = [(n, l) for n, l in block if l.startswith("#")]
        toks = [(n, l) for n, l in block if not l.startswith("#")]
        meta = {}
        for n, l in comments:
            if " = " in l:
                key, val = l[1:].split(" = ", 1)
                meta[key.strip()] = val
        if "sent_id" not in meta:
            err(start, "missing '# sent_id' comment")
        elif meta["sent_id"] in seen_ids:
            err(start, "duplicate sent_id %s" % meta["sent_id"])
        else:
            seen_ids.add(meta["sent_id"])
        if "text" not in meta:
            err(start, "missing '# text' comment")
        if not toks:
            err(start, "sentence without tokens")
            return
        if any(n < c for c, _ in comments for n, _ in toks):
            err(start, "comment lines must precede token lines")
        rebuilt = []
        nt = len(toks)
        for i, (n, l) in enumerate(toks, 1):
            cols = l.split("\t")
            if len(cols) != 10:
                err(n, "expected 10 tab-separated columns, got %d" % len(cols))
                continue
            tid, form, lemma, upos, xpos, feats, head, deprel, deps, misc = cols
            if tid != str(i):
                err(n, "ID %r, expected %d (IDs must be 1..n, no ranges)" % (tid, i))
            if not form or " " in form or "\t" in form:
                err(n, "FORM must be non-empty without spaces: %r" % form)
            if not lemma or " " in lemma:
                err(n, "LEMMA must be non-empty without spaces: %r" % lemma)
            if upos not in UPOS:
                err(n, "UPOS %r is not one of the 17 UD tags" % upos)
            if not head.isdigit() or int(head) > nt:
                err(n, "HEAD %r must be a number in 0..%d" % (head, nt))
            if not deprel or deprel == "_":
                err(n, "DEPREL must be set")
            if misc not in ("_", "SpaceAfter=No"):
                err(n, "unexpected MISC %r" % misc)
            stats["tags"][upos] += 1
            stats["vocab"].add(form.lower())
            rebuilt.append(form + ("" if misc == "SpaceAfter=No" else " "))
        if "text" in meta and "".join(rebuilt).rstrip() != meta["text"]:
            err(start, "# text %r does not match tokens/SpaceAfter %r" % (meta["text"], "".join(rebuilt).rstrip()))
        if "text" in meta:
            texts_by_file[meta["text"]].add(path)
        stats["sentences"] += 1
        stats["tokens"] += nt

    for n, line in enumerate(lines, 1):
        if line == "":
            if not block:
                err(n, "unexpected extra blank line")
            flush(block, start)
            block = []
            continue
        if not block:
            start = n
        if line.startswith("#") and block and not block[-1][1].startswith("#"):
            err(n, "comment after token lines: missing blank line between sentences?")
        block.append((n, line))
    if block:
        err(start, "last sentence not followed by a blank line")
        flush(block, start)
    return stats


def report(name, st):
    print("%s: %d sentences, %d tokens, vocabulary %d" % (name, st["sentences"], st["tokens"], len(st["vocab"])))
    for tag in UPOS:
        c = st["tags"][tag]
        pct = 100.0 * c / st["tokens"] if st["tokens"] else 0.0
        print("  %-6s %6d  %5.1f%%" % (tag, c, pct))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sys.argv[1:] or [os.path.join(here, "..", "Assets", "corpus", n) for n in ("train.conllu", "dev.conllu")]
    errors, seen_ids = [], set()
    texts_by_file = collections.defaultdict(set)
    total = dict(sentences=0, tokens=0, tags=collections.Counter(), vocab=set())
    for path in files:
        path = os.path.normpath(path)
        if not os.path.exists(path):
            errors.append("%s: no such file" % path)
            continue
        st = check_file(path, errors, seen_ids, texts_by_file)
        report(path, st)
        total["sentences"] += st["sentences"]
        total["tokens"] += st["tokens"]
        total["tags"].update(st["tags"])
        total["vocab"] |= st["vocab"]
    for text, where in sorted(texts_by_file.items()):
        if len(where) > 1:
            errors.append("sentence occurs in %s: %r" % (", ".join(sorted(where)), text))
    if len(files) > 1:
        report("all", total)
        missing = [t for t in UPOS if total["tags"][t] == 0]
        if missing:
            print("note: tags never used: %s" % " ".join(missing))
    for e in errors[:200]:
        print("ERROR " + e, file=sys.stderr)
    if errors:
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
