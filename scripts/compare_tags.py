#!/usr/bin/env python3
"""Compare the UPOS column of two CoNLL-U files token by token.

Usage: python3 scripts/compare_tags.py GOLD.conllu PRED.conllu [--list] [--by-form]

GOLD is the reference annotation (e.g. Assets/corpus/train.conllu), PRED the
same sentences as tagged by a model (`tagbench tag ... --output-format conllu`).
The two files must hold the same sentences with the same tokens in the same
order. Prints the agreement (tokens and %) and the disagreements counted by
(gold -> predicted) pair; with --list, every disagreement with its sentence
(the token in [brackets]); with --by-form, the disagreements counted by
(lowercased form, gold, predicted).
"""
import sys
from collections import Counter


def read(path):
    sents, cur, meta = [], [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append((meta.get("sent_id", "?"), cur))
                cur, meta = [], {}
            elif line.startswith("#"):
                if "=" in line:
                    k, v = line[1:].split("=", 1)
                    meta[k.strip()] = v.strip()
            else:
                c = line.split("\t")
                if "-" in c[0] or "." in c[0]:
                    continue
                cur.append((c[1], c[3]))
    if cur:
        sents.append((meta.get("sent_id", "?"), cur))
    return sents


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    gold, pred = read(args[0]), read(args[1])
    if len(gold) != len(pred):
        sys.exit(f"sentence count differs: {len(gold)} vs {len(pred)}")
    total = agree = 0
    pairs, forms, listing = Counter(), Counter(), []
    for (sid, g), (_, p) in zip(gold, pred):
        if [f for f, _ in g] != [f for f, _ in p]:
            sys.exit(f"{sid}: tokens differ")
        for i, ((form, gt), (_, pt)) in enumerate(zip(g, p)):
            total += 1
            if gt == pt:
                agree += 1
                continue
            pairs[(gt, pt)] += 1
            forms[(form.lower(), gt, pt)] += 1
            text = " ".join(f"[{f}]" if j == i else f for j, (f, _) in enumerate(g))
            listing.append(f"{sid}\t{form}\t{gt} -> {pt}\t{text}")
    print(f"tokens {total}  agree {agree}  disagree {total - agree}  "
          f"agreement {100.0 * agree / total:.2f}%")
    print("disagreements by (gold -> predicted):")
    for (gt, pt), n in sorted(pairs.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {n:5d}  {gt} -> {pt}")
    if "--by-form" in argv:
        print("disagreements by (form, gold -> predicted):")
        for (f, gt, pt), n in sorted(forms.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {n:5d}  {f}\t{gt} -> {pt}")
    if "--list" in argv:
        print("disagreements:")
        for line in listing:
            print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
