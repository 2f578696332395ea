#!/usr/bin/env python3
"""How many ucdp_ukraine events name, anywhere in their headlines, the party UCDP took the figure from.

usage: tools/eval/ucdp-source-ceiling.py ../shared/eval/ucdp_ukraine/dev

The reference scorer (score/score_ucdp_ukraine.py) counts a lead figure's primary source as right when its
normalised tokens have a Jaccard similarity >= 0.5 with source_original or one of its parts. This script asks,
with the scorer's own functions, whether ANY run of 1 to 8 words of a document's title and text would pass
that test: no extractor that reads only the headlines can do better on the events it fails. It also counts
the outlet (the agency that carried the headline), which the seed's gold keeps out of the source chain.
"""
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else 'ucdp_ukraine/dev'
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(corpus))), 'score'))
from score_ucdp_ukraine import best_match, JACCARD_MIN  # noqa: E402

MAX_WORDS = 8


def some_span_matches(text, source_original):
    words = re.findall(r"[\w'’.-]+", text)
    return any(best_match(' '.join(words[i:j]), source_original) >= JACCARD_MIN
               for i in range(len(words)) for j in range(i + 1, min(len(words), i + MAX_WORDS) + 1))


docs = {}
with open(os.path.join(corpus, 'docs.jsonl'), encoding='utf-8') as f:
    for line in f:
        d = json.loads(line)
        docs[d['id']] = d
named = in_text = with_outlet = 0
with open(os.path.join(corpus, 'gold.jsonl'), encoding='utf-8') as f:
    for line in f:
        g = json.loads(line)
        if not g.get('source_original'):
            continue
        d = docs[g['doc_id']]
        named += 1
        found = some_span_matches((d.get('title') or '') + '\n' + d['text'], g['source_original'])
        in_text += found
        with_outlet += found or best_match(d.get('outlet') or '', g['source_original']) >= JACCARD_MIN
print(f'{named} events name a source_original; some span of <= {MAX_WORDS} words of the headlines matches it '
      f'in {in_text} ({in_text / named:.3f}); counting the outlet too, {with_outlet} ({with_outlet / named:.3f})')
