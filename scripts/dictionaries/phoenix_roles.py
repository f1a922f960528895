#!/usr/bin/env python3
"""English role nouns from the Phoenix agents dictionary (PETRARCH Phoenix.agents.txt, MIT) as Diurna role patterns.

Usage: scripts/dictionaries/phoenix_roles.py [Phoenix.agents.txt] > diurna-core/src/main/resources/org/diurna/actors/roles-phoenix.tsv

Each agent noun becomes "{DEM} noun" and "{DEM} nouns" (a demonym before it gives the country: "Filipino
peacekeepers" is PHL MIL), with the agent's first sector when Diurna codes that sector. Bare nouns are left to the
hand-written roles.tsv: without a demonym the country comes from context, which a list of 2,000 nouns would guess too
often. roles.tsv is read first and its longer patterns win.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SECTORS = {'GOV', 'MIL', 'REB', 'COP', 'OPP', 'JUD', 'LEG', 'MED', 'BUS', 'EDU', 'REL', 'LAB', 'NGO', 'CVL', 'IGO'}


def plural(w):
    head, _, last = w.rpartition(' ')
    if last.endswith('man'):
        p = last[:-3] + 'men'
    elif re.search(r'[^aeiou]y$', last):
        p = last[:-1] + 'ies'
    elif re.search(r'(s|sh|ch|x|z)$', last):
        p = last + 'es'
    else:
        p = last + 's'
    return (head + ' ' + p).strip()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', 'shared', 'dictionaries',
                                                              'petrarch', 'Phoenix.agents.txt')
    macros, rows, seen = {}, [], set()
    for line in open(path, encoding='latin-1'):
        line = line.split('#')[0].strip()
        m = re.match(r'^(!\w+!)\s*=\s*(.*)$', line)
        if m:
            macros[m.group(1)] = [x.strip() for x in m.group(2).split(',')]
            continue
        m = re.match(r'^([A-Z0-9_!\-]+)\s*\[~([A-Z]{3})', line)
        if not m:
            continue
        sector = m.group(2)
        if sector == 'GOV' and 'MIL' in line[m.end() - 3:m.end() + 3]:
            sector = 'MIL'
        if sector not in SECTORS:
            continue
        forms = [m.group(1)]
        for k, v in macros.items():
            forms = [f.replace(k, '_' + x) if k in f else f for f in forms for x in (v if k in f else [None])]
        for f in forms:
            w = re.sub(r'_+', ' ', f).strip().lower()
            if not re.fullmatch(r"[a-z][a-z \-']*", w) or len(w) < 4:
                continue
            for n in (w, plural(w)) if '!' not in f else (w,):
                if n not in seen:
                    seen.add(n)
                    rows.append(f'{{DEM}} {n}\ten\t{sector}\t\t\t')
    print('# English role nouns after a demonym, from the Phoenix agents dictionary (PETRARCH Phoenix.agents.txt, MIT,')
    print('# (c) Open Event Data Alliance) by scripts/dictionaries/phoenix_roles.py: do not edit, regenerate. Same columns')
    print('# as roles.tsv, read after it.')
    print('# version: 1')
    print('pattern\tlang\tsector\trole\tconflict_sector\tcontext')
    print('\n'.join(rows))
    print(f'{len(rows)} patterns', file=sys.stderr)


if __name__ == '__main__':
    main()
