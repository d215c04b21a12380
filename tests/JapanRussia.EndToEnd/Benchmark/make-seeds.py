#!/usr/bin/env python3
"""Writes synthetic documents that the real pipeline turns into about N distinct dated events (default 10,000)."""
import os, random, sys

out, total = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
subjects = ["fishing boats", "trade delegation", "foreign ministers", "border guards", "island residents", "treaty negotiators",
            "energy companies", "cultural envoys", "naval vessels", "customs officials"]
verbs = ["met in", "signed an agreement in", "hosted a conference in", "opened an office in", "protested in", "announced sanctions in"]
places = ["Tokyo", "Moscow", "Sapporo", "Vladivostok", "Kunashir", "Sakhalin", "Hakodate", "Nemuro", "Khabarovsk", "Osaka"]
syllables = ["ka", "ro", "vi", "tse", "mar", "lin", "do", "sha", "ku", "ber", "zan", "mo", "ri", "tal", "ne", "gor"]
random.seed(42)


def codename(n):
    """A made-up word unique to sentence n: what makes each sentence its own happening rather than a repeat of another."""
    word = ""
    for _ in range(4):
        word += syllables[n % len(syllables)]
        n //= len(syllables)
    return word.capitalize()


os.makedirs(out, exist_ok=True)
per_doc = 100
previous = []
for d in range(total // per_doc):
    lines = ["---", f"title: Synthetic chronicle {d:03}", "source: https://example.org/synthetic/%03d" % d, "published: 2024-01-01", "---", ""]
    sentences = []
    for i in range(per_doc):
        n = d * per_doc + i
        year = random.randint(1855, 2025)
        sentences.append(f"On {random.randint(1, 28)} {random.choice(months)} {year}, the {codename(n)} {random.choice(subjects)} "
                         f"{random.choice(verbs)} {random.choice(places)} about the {codename(n * 7 + 3).lower()} matter.")
    # A fifth of the previous chronicle's sentences restated here: events with several sources, as in the real documents.
    for sentence in sentences + previous[::5]:
        lines.append(sentence)
        lines.append("")
    previous = sentences
    with open(os.path.join(out, f"synthetic_{d:03}.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
