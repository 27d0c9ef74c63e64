#!/usr/bin/env python3
"""Write the tests of phrase-query-positions: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against a scan of every position; random cases are seeded, so running
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


MODULE = "phrase_search.py"
ROOT = Path(__file__).resolve().parent.parent
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def scan(documents, phrases):
    def occurs(tokens, phrase):
        m = len(phrase)
        return any(tokens[s:s + m] == phrase for s in range(len(tokens) - m + 1))
    return [[i for i, d in enumerate(documents) if occurs(d, p)] for p in phrases]


def call(documents, phrases, brute: bool = True) -> dict:
    result = REFERENCE.phrase_matches(copy.deepcopy(documents), copy.deepcopy(phrases))
    if brute:
        assert result == scan(documents, phrases)
    return {"call": "phrase_matches", "args": [documents, phrases], "expect": result}


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def vocabulary(size: int) -> list[str]:
    """Short distinct tokens, shortest first: the most frequent tokens get the shortest names."""
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


def corpus(rng, docs, words, lo, hi, skew):
    weights = [1.0 / (r + 1) ** skew for r in range(len(words))]
    return [rng.choices(words, weights, k=rng.randint(lo, hi)) for _ in range(docs)]


def phrases_for(rng, documents, words, count, lo, hi):
    """Mostly spans cut out of random documents (they match), some shuffled or random ones."""
    out = []
    for _ in range(count):
        m = rng.randint(lo, hi)
        doc = rng.choice(documents) if documents else []
        r = rng.random()
        if r < 0.6 and len(doc) >= m:
            s = rng.randint(0, len(doc) - m)
            out.append(doc[s:s + m])
        elif r < 0.8 and len(doc) >= m:
            out.append(rng.sample(doc, m))  # the tokens of a document, out of order
        else:
            out.append([rng.choice(words) for _ in range(m)])
    return out


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(5150)
    example = [["connection", "reset", "by", "peer"], ["peer", "reset", "connection"],
               ["retry", "retry", "failed", "connection", "reset"]]
    example_phrases = [["connection", "reset"], ["reset", "by", "peer"], ["peer", "connection"],
                       ["retry", "failed"], ["retry", "retry", "failed"]]
    write("sample/1-example", "the statement's example", [call(example, example_phrases)])
    write("secret/01-empty-archive-or-batch", "no documents, no phrases, empty documents",
          [call([], [["a"], ["a", "b"]]), call(example, []), call([], []), call([[], ["x"]], [["x"], ["x", "x"]])])
    write("secret/02-empty-phrase-matches-everything", "a phrase with no tokens",
          [call(example, [[], ["peer"], []]), call([[], ["a"]], [[]]), call([], [[]])])
    write("secret/03-words-present-but-apart", "every word occurs, but not adjacent or not in order",
          [call([["disk", "full", "on", "node"], ["node", "disk", "full", "x"], ["full", "disk"], ["disk", "x", "full"]],
                [["disk", "full"], ["full", "disk"], ["node", "full"], ["disk", "full", "node"], ["on", "node", "disk"]])])
    write("secret/04-no-wrap-at-document-edges", "a phrase's tail at a document's start and its head at the end",
          [call([["b", "c", "x", "a"], ["a", "b", "a", "b"], ["c", "a", "b"]], [["a", "b", "c"], ["x", "a", "b"], ["b", "a", "b", "c"]]),
           call([["tail", "mid", "head"], ["head", "tail", "mid"]], [["head", "tail"], ["mid", "head", "tail"], ["tail", "mid", "head", "tail"]])])
    write("secret/05-phrase-twice-in-one-document", "a document with several occurrences is listed once",
          [call([["gpu", "oom", "gpu", "oom", "gpu", "oom"], ["oom", "gpu"], ["gpu", "oom"]], [["gpu", "oom"], ["oom", "gpu"], ["oom", "gpu", "oom"]])])
    write("secret/06-repeated-word-in-phrase", "phrases that repeat a token, overlapping occurrences",
          [call([["retry", "retry", "retry", "failed"], ["retry", "failed", "retry"], ["a", "a", "b", "a", "a", "a"]],
                [["retry", "retry", "failed"], ["retry", "retry", "retry", "retry"], ["a", "a", "a"], ["a", "b", "a"], ["retry"]])])
    write("secret/07-longer-than-document", "phrases longer than some documents, exact token comparison",
          [call([["a"], ["a", "b"], ["A", "b", "c"], ["a", "bc"]], [["a", "b", "c"], ["a", "b"], ["A", "b"], ["a", "bc"], ["ab"]])])
    calls = []
    for _ in range(30):
        words = vocabulary(rng.randint(2, 5))
        documents = corpus(rng, rng.randint(1, 8), words, 0, 7, 0.3)
        calls.append(call(documents, phrases_for(rng, documents, words, rng.randint(1, 8), 1, 4)))
    write("secret/08-random-small", "small random archives over tiny vocabularies", calls)
    calls = []
    for _ in range(3):
        words = vocabulary(200)
        documents = corpus(rng, 400, words, 3, 25, 1.0)
        calls.append(call(documents, phrases_for(rng, documents, words, 200, 1, 4)))
    write("secret/09-random-medium", "medium archives with skewed token frequencies", calls)
    # large: a scan tries every one of ~92 000 positions for each of 8 000 phrases; the index
    # touches only the occurrences of each phrase's rarest token.
    words = vocabulary(3900)
    documents = corpus(rng, 4600, words, 10, 30, 0.5)
    write("secret/large/1-log-archive", "4 600 documents (~92 000 tokens), 8 000 phrases",
          [call(documents, phrases_for(rng, documents, words, 8000, 2, 4), brute=False)])


if __name__ == "__main__":
    main()
