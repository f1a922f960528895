#!/usr/bin/env python3
"""Turns the CAMEO verb dictionary (PETRARCH's CAMEO.2.0.txt, MIT) into Diurna's English predicate rows.

Usage: scripts/dictionaries/cameo_lexicon.py [CAMEO.2.0.txt] > diurna-core/src/main/resources/org/diurna/events/predicates-en-cameo.tsv

What it takes from the dictionary, and why only that:
- every single-word verb of a synonym block that has a default CAMEO code (or its own code), minus the verbs
  cameo-skip.tsv names (WordNet synonyms whose everyday sense is not the event: PETRARCH fires only with both actors
  coded, Diurna's rows may fire with one side missing);
- the block's patterns of the form "* NOUN" / "* (PREP NOUN)" / "* {WORDS}", one row per verb the pattern names in its
  comment, as a requirement that the pattern's content word be near the verb ("rush aid" -> 070): the word order and
  the actor markers of PETRARCH's pattern engine are not carried over, the UD parse decides where the actors are.
The PLOVER type, mode and argument slots come from cameo-plover.tsv (the longest CAMEO prefix). Every row gets a test
sentence of the same shape ("France condemned Germany on Monday.") and what it must read; diurna lexicon-check and
EnglishLexiconIT read them all, and rows listed in --drop (ids whose sentence does not read) are left out.
"""
import argparse, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', '..', 'diurna-core', 'src', 'main', 'resources', 'org', 'diurna', 'events')
STOP = {'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'over', 'as', 'and',
        'or', 'not', 'no', 'its', 'their', 'his', 'her', 'will', 'be', 'is', 'are', 'was', 'were', 'up', 'out', 'off',
        'down', 'against', 'toward', 'towards', 'about', 'after', 'before', 'under', 'between', 'that', 'this', 'it',
        'when', 'who', 'which', 'than', 'more', 'all', 'any', 'some', 'new'}


def tsv(path, first):
    rows = []
    head = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        cells = line.split('\t')
        if head is None:
            head = cells
            assert head[0] == first, path
            continue
        rows.append(dict(zip(head, cells + [''] * (len(head) - len(cells)))))
    return rows


def parse(path):
    synsets, blocks, mode = {}, [], 'pre'
    cur = None
    for ln in open(path, encoding='latin-1'):
        ln = ln.rstrip('\n')
        body = '' if ln.startswith('#') else ln.split('#')[0].rstrip()
        if ln.startswith('####### VERB PATTERNS'):
            mode = 'verbs'; continue
        if ln.startswith('######## TRANSFORMATIONS'):
            mode = 'end'; continue
        if mode == 'pre':
            if body.startswith('&'):
                cur = body.strip(); synsets[cur] = []
            elif body.startswith('+') and cur:
                synsets[cur].append(body[1:].strip().strip('_').replace('_', ' ').lower())
            continue
        if mode != 'verbs':
            continue
        m = re.match(r'^---\s+(\S+)\s+\[([^\]]*)\]', ln)
        if m:
            blocks.append({'name': m.group(1), 'code': m.group(2), 'verbs': [], 'patterns': []}); continue
        if not body.strip() or not blocks:
            continue
        b = blocks[-1]
        if body.startswith('-'):
            m = re.match(r'^-\s*(.*?)\s*\[([^\]]*)\]', ln)
            if m:
                com = ln.split('#', 1)[1].strip() if '#' in ln else ''
                b['patterns'].append({'pat': m.group(1), 'code': m.group(2), 'verb': com.split()[0] if com else ''})
        else:
            m = re.match(r'^(\+?)([A-Z_\-]+)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?', body.strip())
            if m:
                forms = m.group(3)[1:-1].split() if m.group(3) else []
                b['verbs'].append({'word': m.group(2), 'multi': bool(m.group(1)),
                                   'forms': [f.lstrip('+').lower() for f in forms], 'code': m.group(5)})
    return synsets, blocks


class Conj:
    """The simple past of a verb, by conjugation-en.tsv's classes (the same rules the Java Conjugator applies)."""
    def __init__(self):
        self.classes = tsv(os.path.join(RES, 'conjugation-en.tsv'), 'class')

    def klass(self, verb, named=None):
        if named:
            return next(c for c in self.classes if c['class'] == named)
        best = None
        for c in self.classes:
            if c['class'].startswith('double-'):
                continue
            if verb.endswith(c['ending']) and (best is None or len(c['ending']) > len(best['ending'])):
                best = c
        return best

    def past(self, verb, named=None):
        c = self.klass(verb, named)
        stem = verb[:len(verb) - len(c['ending'])] if c['ending'] else verb
        return stem + c['simple_past'].split('|')[0]

    def forms(self, verb, named=None):
        c = self.klass(verb, named)
        stem = verb[:len(verb) - len(c['ending'])] if c['ending'] else verb
        out = {verb}
        for col in ('present', 'simple_past', 'participle'):
            out |= {stem + s for s in c[col].split('|') if s}
        return out


def doubling(verb, forms, conj):
    """The double-X class a verb needs when the dictionary spells its forms with a doubled final consonant (an
    irregular verb, "cut", has its own class already)."""
    if conj.klass(verb)['ending'] == verb:
        return ''
    for f in forms:
        if f in (verb + verb[-1] + 'ed', verb + verb[-1] + 'ing'):
            return 'double-' + verb[-1]
    return ''


def crosswalk(rows, code):
    best = None
    for r in rows:
        if code.startswith(r['cameo']) and (best is None or len(r['cameo']) > len(best['cameo'])):
            best = r
    return best


def example(past, row, words):
    """A sentence of the row's target shape, with the required words, and what it must read."""
    tgt = [x for x in row['target'].split('|') if x != '?']
    src = row['source'].split('|')[0]
    who = 'FRA MIL' if row['plover'] in ('ASSAULT', 'MOBILIZE') else 'FRA GOV'
    req = ' '.join(w.split('|')[0] for w in words)
    if src == 'obj':  # host: the visitor is the object
        return f'Germany {past} France on Monday.', 'FRA GOV > DEU GOV'
    preps = [x[4:] for x in tgt if x.startswith('obl:') and x not in ("obl:'s", 'obl:between')]
    if words:
        # the required words stand where the object would, the target after its preposition
        if preps:
            return f'France {past} {req} {preps[0]} Germany on Monday.', f'{who} > DEU GOV'
        if 'placec' in tgt or 'place' in tgt:
            return f'France {past} {req} in Germany on Monday.', f'{who} > DEU -'
        return f'France {past} {req} on Monday.', f'{who} > -'
    first = tgt[0] if tgt else '?'
    if first in ('obj', 'holder'):
        return f'France {past} Germany on Monday.', f'{who} > DEU GOV'
    if preps:
        return f'France {past} {preps[0]} Germany on Monday.', f'{who} > DEU GOV'
    if first in ('placec', 'place'):
        return f'France {past} in Germany on Monday.', f'{who} > DEU -'
    return f'France {past} on Monday.', f'{who} > -'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('cameo', nargs='?', default=os.path.join(HERE, '..', '..', '..', 'shared', 'dictionaries',
                                                              'petrarch', 'CAMEO.2.0.txt'))
    ap.add_argument('--drop', default=os.path.join(HERE, 'cameo-drop.txt'),
                    help='file of row ids to leave out, one per line with the reason: rows whose test sentence does '
                         'not read as the row says (diurna lexicon-check --lang en lists them)')
    ap.add_argument('--no-patterns', action='store_true')
    a = ap.parse_args()
    drop = set()
    if a.drop and os.path.exists(a.drop):
        drop = {l.split()[0] for l in open(a.drop) if l.strip() and not l.startswith('#')}
    synsets, blocks = parse(a.cameo)
    cross = tsv(os.path.join(RES, 'cameo-plover.tsv'), 'id')
    skip = {r['word'] for r in tsv(os.path.join(HERE, 'cameo-skip.tsv'), 'word')}
    # reporting verbs introduce what others do ("said he would not provide support"): never an event of their own
    skip |= {r['verb'] for r in tsv(os.path.join(RES, 'reporting-en.tsv'), 'verb')}
    hand = {r['trigger'] for r in tsv(os.path.join(RES, 'predicates-en.tsv'), 'id') if r['pos'] == 'VERB'
            and not r['requires']}
    conj = Conj()
    cols = ['id', 'trigger', 'pos', 'class', 'plover', 'mode', 'cameo', 'source', 'target', 'requires', 'symmetric',
            'habitual', 'mil', 'factuality', 'mode_if', 'example', 'expect', 'note']
    print('# English event predicates derived from the CAMEO verb dictionary (PETRARCH CAMEO.2.0.txt, MIT, (c) 2015 Open')
    print('# Event Data Alliance) by scripts/dictionaries/cameo_lexicon.py: do not edit, regenerate. Read after')
    print('# predicates-en.tsv (whose hand-written rows win); same columns; cameo is the dictionary code of the row,')
    print('# note names the synonym block and pattern it comes from.')
    print('# version: 1')
    print('\t'.join(cols))
    seen, per = set(), {}
    out = []

    def emit(verb, klass, code, words, note):
        cw = crosswalk(cross, code)
        if cw is None or cw['plover'] == '-':
            return
        key = (verb, code, tuple(words))
        if key in seen:
            return
        seen.add(key)
        n = per[verb] = per.get(verb, 0) + 1
        rid = f'enc-{verb}-{n}'
        if rid in drop:
            return
        sent, expect = example(conj.past(verb, klass or None), cw, words)
        if not words and cw['target'].endswith('?') and expect.endswith('> -'):
            pass
        req = ';'.join('word:' + w for w in words)
        sym = 'yes' if cw['symmetric'] == 'yes' else ''
        target = cw['target'] if words or cw['target'].endswith('?') else cw['target']
        out.append([rid, verb, 'VERB', klass, cw['plover'], cw['mode'], code, cw['source'], target, req, sym, '', '',
                    '', '', sent, expect, note])

    for b in blocks:
        verbs = {}
        for v in b['verbs']:
            if v['multi'] or '_' in v['word'] or '-' in v['word']:
                continue
            w = v['word'].lower()
            verbs[w] = v
        # patterns first: the first row of a trigger whose requirements hold wins
        if not a.no_patterns:
            for p in b['patterns']:
                code = p['code']
                if not re.fullmatch(r'\d{2,4}(:\d{2,4})?', code):
                    continue
                code = code.split(':')[0]
                verb = p['verb'].lower()
                if verb not in verbs or verb in skip:
                    continue
                words = content(p['pat'], synsets)
                if words is None:
                    continue
                v = verbs[verb]
                emit(verb, doubling(verb, v['forms'], conj), code, words, f"{b['name']}: - {p['pat']} [{p['code']}]")
        for w, v in verbs.items():
            code = v['code'] or b['code']
            if not re.fullmatch(r'\d{2,4}(:\d{2,4})?', code or ''):
                continue
            code = code.split(':')[0]
            if w in skip or w in hand:
                continue
            emit(w, doubling(w, v['forms'], conj), code, [], f"{b['name']} [{b['code']}]")
    for r in out:
        print('\t'.join(r))
    print(f'{len(out)} rows', file=sys.stderr)


def content(pat, synsets):
    """The required words of a simple pattern: one or two content words after the verb, synonym sets expanded to
    alternatives ("a|b"); None when the pattern is not of a shape Diurna can read as word requirements."""
    if any(ch in pat for ch in '$+%^'):
        return None
    toks = pat.replace('(', ' ').replace(')', ' ').replace('{', ' ').replace('}', ' ').split()
    if '*' not in toks or toks.index('*') != 0:
        return None
    words = []
    for t in toks[1:]:
        if t.startswith('&'):
            alts = [x for x in synsets.get(t, []) if ' ' not in x]
            if not alts:
                return None
            words.append('|'.join(sorted(set(alts))[:40]))
        else:
            t = t.lower().strip('_')
            if not re.fullmatch(r'[a-z][a-z\-]*', t) or t in STOP:
                continue
            words.append(t)
    if not words or len(words) > 2:
        return None
    return words


if __name__ == '__main__':
    main()
