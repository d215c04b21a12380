#!/usr/bin/env python3
"""Writes synthetic documents that the real pipeline turns into about N distinct dated events (default 10,000)."""
import os, random, sys

out, total = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
subjects = ["fishing boats", "trade delegation", "foreign ministers", "border guards", "island residents", "treaty negotiators",
            "energy companies", "cultural envoys", "naval vessels", "customs officials"]
verbs = ["met in", "signed an agreement in", "held talks in", "opened an office in", "protested in", "announced sanctions in"]
places = ["Tokyo", "Moscow", "Sapporo", "Vladivostok", "Kunashir", "Sakhalin", "Hakodate", "Nemuro", "Khabarovsk", "Osaka"]
random.seed(42)
os.makedirs(out, exist_ok=True)
per_doc = 100
for d in range(total // per_doc):
    lines = ["---", f"title: Synthetic chronicle {d:03}", "source: https://example.org/synthetic/%03d" % d, "published: 2024-01-01", "---", ""]
    for i in range(per_doc):
        n = d * per_doc + i
        year = random.randint(1855, 2025)
        lines.append(f"On {random.randint(1, 28)} {random.choice(months)} {year}, the {random.choice(subjects)} number {n} "
                     f"{random.choice(verbs)} {random.choice(places)} about matter {n}.")
        lines.append("")
    with open(os.path.join(out, f"synthetic_{d:03}.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
