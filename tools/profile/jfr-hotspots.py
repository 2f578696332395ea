#!/usr/bin/env python3
"""Hot spots of a JFR recording: the top methods by own samples, and the share of samples under each stage.

    tools/profile/jfr-hotspots.py RECORDING.jfr [--top 25] [--threads REGEX]

Reads `jfr print --json --stack-depth 200 --events jdk.ExecutionSample` (the JDK's own tool). A stage is the
first frame, from the top of the stack, whose method matches one of STAGES below; samples under none are
"other". Only threads whose name matches --threads count (default: all)."""
import argparse
import collections
import json
import re
import subprocess

# (stage, regex over "class.method"), checked from the innermost frame outwards: the first match names the stage
STAGES = [
    ("SUTime", r"edu\.stanford\.nlp\.time\.|TimeAnnotator"),
    ("dependency parse (NndepParser)", r"NndepParser\.|edu\.stanford\.nlp\.parser\.nndep\."),
    ("dependency graphs", r"SemanticGraphFactory|GrammaticalStructure|UniversalEnglishGrammaticalStructure"),
    ("NER (CRF)", r"edu\.stanford\.nlp\.ie\.crf\.|CRFClassifier|NERClassifierCombiner"),
    ("NER (numbers, quantifiable)", r"NumberSequenceClassifier|QuantifiableEntityNormalizer|NumberNormalizer"),
    ("NER (other)", r"NERCombinerAnnotator|edu\.stanford\.nlp\.ie\."),
    ("POS", r"edu\.stanford\.nlp\.tagger\."),
    ("lemma", r"Morphology|MorphaAnnotator"),
    ("tokenize, ssplit", r"PTBLexer|PTBTokenizer|WordToSentenceProcessor|TokenizerAnnotator|WordsToSentencesAnnotator"),
    ("semgrex rules", r"edu\.stanford\.nlp\.semgraph\.semgrex\."),
    ("language check (Lingua)", r"com\.github\.pemistahl\.lingua"),
    ("corpus reading", r"io\.claimwatch\.corpus\."),
    ("store (SQLite)", r"io\.claimwatch\.store\.|org\.sqlite\."),
    ("link", r"io\.claimwatch\.link\."),
    ("Claimwatch rules", r"io\.claimwatch\.extract\."),
    ("model load", r"ObjectInputStream|loadClassifier|readObject|ClassLoader"),
]


def frames(event):
    return [f'{f["method"]["type"]["name"].replace("/", ".")}.{f["method"]["name"]}' for f in event["values"]["stackTrace"]["frames"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--threads", default=".")
    args = ap.parse_args()
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                          args.recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    own = collections.Counter()
    stages = collections.Counter()
    threads = collections.Counter()
    n = 0
    compiled = [(s, re.compile(r)) for s, r in STAGES]
    for e in events:
        thread = e["values"]["sampledThread"]["javaName"] or "?"
        if not re.search(args.threads, thread):
            continue
        fs = frames(e)
        if not fs:
            continue
        n += 1
        threads[re.sub(r"\d+", "N", thread)] += 1
        own[fs[0]] += 1
        stage = next((s for f in fs for s, r in compiled if r.search(f)), "other")
        stages[stage] += 1
    print(f"{n} samples")
    print("\n| thread | share |\n|:---|---:|")
    for t, c in threads.most_common(8):
        print(f"| {t} | {100 * c / n:.1f}% |")
    print("\n| stage (innermost matching frame) | share |\n|:---|---:|")
    for s, c in stages.most_common():
        print(f"| {s} | {100 * c / n:.1f}% |")
    print(f"\n| top methods, own samples | share |\n|:---|---:|")
    for m, c in own.most_common(args.top):
        print(f"| `{m}` | {100 * c / n:.1f}% |")


if __name__ == "__main__":
    main()
