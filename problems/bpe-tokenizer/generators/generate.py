#!/usr/bin/env python3
"""Write data/sample and data/secret of bpe-tokenizer from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import random

from testkit import Test, load_reference, write_tests

ref = load_reference("submissions/accepted/bpe.py")
CLS = "BPETokenizer"

WORDS = ("the model learns to predict the next token from the previous tokens and the training loss "
         "falls as the tokenizer merges frequent pairs into new tokens lower lowest newer newest wider "
         "widest attention layer layers learning learned relearn unlearn token tokens tokenize").split()
UNICODE_WORDS = ["café", "naïve", "résumé", "日本語", "東京", "Straße", "señor", "🙂", "数据", "ÅÄÖ"]


def corpus(rng: random.Random, n_words: int, unicode_share: float = 0.0) -> str:
    words = []
    for _ in range(n_words):
        pool = UNICODE_WORDS if rng.random() < unicode_share else WORDS
        words.append(rng.choice(pool))
        if rng.random() < 0.08:
            words[-1] += rng.choice([".", ",", "!\n"])
    return " ".join(words)


def round_trip(t: Test, text: str) -> None:
    index = t.call("encode", text)
    ids = t.value(index)
    t.call("decode", ids)
    assert t.value(len(t.calls)) == text


def samples() -> dict:
    t = Test(ref, "the textbook example: three merges on aaabdaaabac")
    t.new(CLS)
    t.call("train", "aaabdaaabac", 259)
    t.call("vocab_size")
    t.call("encode", "aaabdaaabac")
    t.call("encode", "abaab")
    t.call("decode", [258, 100, 256])
    return {"1-aaabdaaabac": t}


def secrets() -> dict:
    rng = random.Random(6)
    tests = {}

    t = Test(ref, "ties between equally frequent pairs go to the smallest (left, right) ids")
    t.new(CLS)
    t.call("train", "zyzy abab", 258)
    t.call("train", "xyxy yzyz", 257)
    t.call("train", "ba ba ab ab", 260)
    t.call("train", "dcdc baba", 258)
    tests["01-tie-breaking"] = t

    t = Test(ref, "training stops early when no pair occurs twice")
    t.new(CLS)
    t.call("train", "abcdef", 300)
    t.call("vocab_size")
    t.call("train", "abab cdcd", 1000)
    t.call("vocab_size")
    t.call("train", "hello", 256)
    t.call("vocab_size")
    tests["02-early-stop"] = t

    t = Test(ref, "runs of one byte: pairs counted with overlaps, merged without")
    t.new(CLS)
    t.call("train", "aaaaaaa", 260)
    t.call("encode", "aaaaaaa")
    t.call("encode", "aaa")
    t.call("encode", "aaaaaaaaaaa")
    t.call("train", "aaa bbb", 258)
    t.call("encode", "aaaa")
    tests["03-runs"] = t

    t = Test(ref, "encoding applies merges in training order, also on text not seen in training")
    t.new(CLS)
    t.call("train", corpus(rng, 120), 300)
    for text in ["the tokenizer learns", "newest lowest widest", "unseen words: zebra quartz", "a"]:
        t.call("encode", text)
    tests["04-encode-unseen"] = t

    t = Test(ref, "decode(encode(s)) == s for ASCII, accents, CJK and emoji")
    t.new(CLS)
    t.call("train", corpus(rng, 200, 0.3), 320)
    for text in ["café naïve", "東京の日本語データ", "emoji 🙂🙂 and Straße", corpus(rng, 30, 0.5), "\n\t  spaces  "]:
        round_trip(t, text)
    tests["05-round-trip-unicode"] = t

    t = Test(ref, "decoding across multi-byte characters: join bytes first, then decode")
    t.new(CLS)
    t.call("train", "日本 日本 日本 本日 本日", 270)
    t.call("merges")
    ids = t.value(t.call("encode", "日本本日"))
    t.call("decode", ids)
    t.call("decode", [230, 151, 165])
    t.call("decode", [230, 151])
    t.call("decode", [255, 104, 105])
    tests["06-multibyte"] = t

    t = Test(ref, "empty inputs")
    t.new(CLS)
    t.call("train", "", 300)
    t.call("vocab_size")
    t.call("encode", "")
    t.call("decode", [])
    t.call("train", "x", 300)
    t.call("encode", "x")
    tests["07-empty"] = t

    t = Test(ref, "invalid arguments raise ValueError")
    t.new(CLS)
    t.raises("train", "abab", 255)
    t.call("train", "abab abab", 258)
    t.raises("decode", [97, 258])
    t.raises("decode", [-1])
    t.call("decode", [257, 32])
    tests["08-errors"] = t

    t = Test(ref, "before training, encode returns the UTF-8 bytes")
    t.new(CLS)
    t.call("encode", "hi é")
    t.call("decode", [104, 105, 32, 195, 169])
    t.call("vocab_size")
    tests["09-untrained"] = t

    t = Test(ref, "training again forgets the previous merges")
    t.new(CLS)
    t.call("train", "abababab", 260)
    t.call("encode", "abab")
    t.call("train", "cdcdcdcd", 258)
    t.call("encode", "abab")
    t.call("encode", "cdcd")
    t.call("merges")
    tests["10-retrain"] = t

    t = Test(ref, "a larger corpus: 150 merges over about 4000 characters")
    t.new(CLS)
    text = corpus(rng, 650, 0.1)
    t.call("train", text, 406)
    t.call("vocab_size")
    t.call("encode", text[:600])
    round_trip(t, text[600:1400])
    tests["11-larger-corpus"] = t

    t = Test(ref, "two tokenizers are independent")
    t.new(CLS, name="a")
    t.new(CLS, name="b")
    t.call("train", "abab abab", 258, on="a")
    t.call("train", "xyxy xyxy", 258, on="b")
    t.call("encode", "abxy", on="a")
    t.call("encode", "abxy", on="b")
    tests["12-independent-instances"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
