#!/usr/bin/env python3
"""Sends N varied GET requests (timeline pages, API searches, exports, event and source pages) to a server on loopback,
a few at a time, and prints the server's resident memory every tenth of the run. Usage: memory-load.py BASE PID DB N."""
import concurrent.futures, json, os, random, sqlite3, sys, time, urllib.error, urllib.parse, urllib.request

base, pid, db, total = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
assert urllib.parse.urlparse(base).hostname == "127.0.0.1", "loopback only"
random.seed(7)
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
event_ids = [r[0] for r in con.execute("SELECT Id FROM Events ORDER BY random() LIMIT 2000")]
document_ids = [r[0] for r in con.execute("SELECT Id FROM Documents ORDER BY random() LIMIT 200")]
eras = [r[0] for r in con.execute("SELECT Id FROM Eras")]
topics = [r[0] for r in con.execute("SELECT Id FROM Topics")]
places = [r[0] for r in con.execute("SELECT DISTINCT Name FROM EventEntities WHERE Kind = 'Place' LIMIT 20")]
words = ["Moscow", "\"trade delegation\"", "vlad*", "Kunashiri", "treaty", "fishing boats", "sanctions", "Sakhalin"]
con.close()


def filters():
    q = {}
    if random.random() < 0.4: q["era"] = random.choice(eras)
    if random.random() < 0.4: q["topic"] = random.choice(topics)
    if random.random() < 0.2: q["place"] = random.choice(places) if places else "Moscow"
    if random.random() < 0.3:
        start = random.randint(1855, 2020); q["from"] = start; q["to"] = min(2025, start + random.randint(0, 40))
    if random.random() < 0.4: q["q"] = random.choice(words)
    return q


def url():
    kind = random.random()
    if kind < 0.30: return "/?" + urllib.parse.urlencode({**filters(), "page": random.randint(1, 5)})
    if kind < 0.60: return "/api/events?" + urllib.parse.urlencode({**filters(), "page": random.randint(1, 5), "pageSize": random.choice([25, 50, 200]),
                                                                  "sort": random.choice(["date", "-date", "relevance"])})
    if kind < 0.80: return "/events/" + random.choice(event_ids)
    if kind < 0.90: return "/sources/" + str(random.choice(document_ids))
    if kind < 0.97: return "/api/events/" + random.choice(event_ids)
    # Exports of one era and a decade or so: a few hundred to a few thousand events each.
    start = random.randint(1855, 2015)
    return "/api/export?" + urllib.parse.urlencode({"format": random.choice(["json", "csv", "timelinejs"]), "era": random.choice(eras), "from": start, "to": start + 10})


def status_mb(field):
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith(field + ":")) / 1024


def rss_mb():
    return status_mb("VmRSS")


def parts():
    """Anonymous (heaps, caches), file-backed (assemblies) and shared (the runtime's double-mapped code) resident memory."""
    return " + ".join(f"{status_mb(f):.0f}" for f in ("RssAnon", "RssFile", "RssShmem")) + " (anon + file + shmem)"


def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=120) as r:
            r.read(); return r.status
    except urllib.error.HTTPError as e:
        return e.code


statuses = {}
print(f"start: RSS {rss_mb():.0f} MB = {parts()}; database {os.path.getsize(db) / 2**20:.0f} MiB; load {os.getloadavg()[0]:.1f}", flush=True)
started = time.time()
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    for step in range(10):
        for status in pool.map(get, [url() for _ in range(total // 10)]):
            statuses[status] = statuses.get(status, 0) + 1
        print(f"{(step + 1) * total // 10:6d} requests: RSS {rss_mb():.0f} MB = {parts()}; {time.time() - started:.0f} s; load {os.getloadavg()[0]:.1f}; statuses {statuses}", flush=True)
