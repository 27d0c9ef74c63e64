#!/usr/bin/env python3
"""Write the tests of documents-with-all-terms: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against a scan of every document; random cases are seeded, so running
this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "all_terms.py"
ROOT = Path(__file__).resolve().parent.parent
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
LARGE_DOCS = 12000
LARGE_QUERIES = 20000


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def scan(documents, queries):
    sets = [set(d) for d in documents]
    return [[i for i, s in enumerate(sets) if set(q) <= s] for q in queries]


def call(documents, queries, brute: bool = True) -> dict:
    result = REFERENCE.matching_documents(copy.deepcopy(documents), copy.deepcopy(queries))
    if brute:
        assert result == scan(documents, queries)
    return {"call": "matching_documents", "args": [documents, queries], "expect": result}


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def vocabulary(size: int) -> list[str]:
    """Short distinct terms, shortest first: the most frequent terms get the shortest names."""
    words: list[str] = []
    length = 1
    while len(words) < size:
        for k in range(len(ALPHABET) ** length):
            word, x = "", k
            for _ in range(length):
                word, x = ALPHABET[x % len(ALPHABET)] + word, x // len(ALPHABET)
            words.append(word)
            if len(words) == size:
                break
        length += 1
    return words


def corpus(rng: random.Random, docs: int, words: list[str], lo: int, hi: int, skew: float):
    weights = [1.0 / (r + 1) ** skew for r in range(len(words))]
    return [rng.choices(words, weights, k=rng.randint(lo, hi)) for _ in range(docs)]


def queries_for(rng: random.Random, documents, words, count: int, hi: int):
    """Queries built around a term of a random document (so many match), plus some random ones."""
    out = []
    for _ in range(count):
        if rng.random() < 0.7 and documents:
            doc = rng.choice(documents)
            q = rng.sample(doc, min(len(doc), rng.randint(1, hi)))
        else:
            q = [rng.choice(words) for _ in range(rng.randint(1, hi))]
        out.append(q)
    return out


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(4000)
    example = [["gpu", "oom", "error", "trainer"], ["gpu", "timeout"], ["oom", "error", "dataloader"],
               ["error", "gpu", "oom"]]
    write("sample/1-example", "the statement's example",
          [call(example, [["gpu", "oom"], ["error"], ["timeout", "oom"], ["oom", "error", "gpu"]])])
    write("secret/01-empty-corpus-or-queries", "no documents, no queries",
          [call([], [["a"], ["a", "b"]]), call(example, []), call([], []), call([[]], [["x"]])])
    write("secret/02-empty-query-matches-everything", "a query with no terms",
          [call(example, [[], ["gpu"], []]), call([["a"], [], ["b"]], [[]]), call([], [[]])])
    write("secret/03-term-in-no-document", "one query term occurs nowhere",
          [call(example, [["gpu", "nccl"], ["nccl"], ["oom", "error", "segfault"]])])
    write("secret/04-repeated-terms", "a term repeated in a document or a query",
          [call([["oom", "oom", "gpu"], ["gpu", "gpu"], ["oom"]], [["oom"], ["gpu"], ["gpu", "gpu"], ["oom", "oom", "gpu"]]),
           call([["a", "b", "a", "b", "a"]], [["a", "b"], ["b", "a", "b"]])])
    write("secret/05-exact-terms", "terms compare whole and case-sensitive",
          [call([["Error", "log"], ["error", "logs"], ["err", "or"]], [["error"], ["Error"], ["log"], ["logs", "error"], ["er"]])])
    words = vocabulary(60)
    documents = corpus(rng, 400, words, 2, 6, 0.8)
    write("secret/06-document-ids-beyond-127", "400 documents: matches with large ids",
          [call(documents, [["a", "b"], ["b", "c"], ["a", "b", "c"]] + queries_for(rng, documents[200:], words, 60, 3))])
    calls = []
    for _ in range(30):
        words = vocabulary(rng.randint(2, 8))
        documents = corpus(rng, rng.randint(1, 8), words, 0, 4, 0.5)
        calls.append(call(documents, queries_for(rng, documents, words, rng.randint(1, 6), 3)))
    write("secret/07-random-small", "small random archives", calls)
    calls = []
    for _ in range(4):
        words = vocabulary(300)
        documents = corpus(rng, 600, words, 1, 8, 1.0)
        calls.append(call(documents, queries_for(rng, documents, words, 300, 3)))
    write("secret/08-random-medium", "medium archives with skewed term frequencies", calls)
    # large: scanning every document per query is D * Q document checks; the rarest term of a
    # query has a short posting list, so the index does little work per query.
    words = vocabulary(4000)
    documents = corpus(rng, LARGE_DOCS, words, 2, 6, 1.05)
    postings: dict[str, list[int]] = {}
    for i, doc in enumerate(documents):
        for t in set(doc):
            postings.setdefault(t, []).append(i)
    rare = [t for t in words if 0 < len(postings.get(t, [])) <= 6]
    queries = []
    while len(queries) < LARGE_QUERIES:
        if rng.random() < 0.6:  # a rare term of some document and one or two of its other terms
            anchor = rng.choice(rare)
            doc = documents[rng.choice(postings[anchor])]
            q = [anchor] + rng.sample(doc, min(len(doc), rng.randint(1, 2)))
        else:  # a rare term with random others: mostly no match
            q = [rng.choice(rare)] + [rng.choice(words[:400]) for _ in range(rng.randint(0, 2))]
        rng.shuffle(q)
        queries.append(q)
    write("secret/large/1-incident-archive", f"{LARGE_DOCS} documents, {LARGE_QUERIES} queries",
          [call(documents, queries, brute=False)])

if __name__ == "__main__":
    main()
