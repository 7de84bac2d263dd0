#!/usr/bin/env python3
"""Fills the English numerus forms of translations/homecoming_en.ts (made by
`lupdate -pluralonly`): singular and plural from the source's "(s)" and a few plural nouns.
Run after lupdate adds a new %n string; check_translations.sh fails while any is unfinished."""
import html
import re
import sys

SINGULAR = [(" hold two", " holds two"), ("(s)", ""), ("entities", "entity"), ("rows", "row"), ("characters", "character"),
            ("families", "family"), ("people", "person")]


def forms(source):
    one = source
    for plural, singular in SINGULAR:
        one = one.replace(plural, singular)
    return one, source.replace("(s)", "s")


def fill(match):
    source = html.unescape(match.group(2))
    one, many = forms(source)
    return (f'{match.group(1)}<translation>\n            <numerusform>{html.escape(one, quote=False)}'
            f'</numerusform>\n            <numerusform>{html.escape(many, quote=False)}</numerusform>\n'
            f'        </translation>')


path = sys.argv[1] if len(sys.argv) > 1 else "translations/homecoming_en.ts"
text = open(path, encoding="utf-8").read()
# One message at a time: the source and its comment hold no '<' (lupdate escapes them), so a
# match never runs on into the next message.
text = re.sub(r'(<source>([^<]*)</source>\n\s*(?:<comment>[^<]*</comment>\n\s*)?)'
              r'<translation type="unfinished">[^<]*(?:<numerusform>[^<]*</numerusform>\s*)*</translation>',
              fill, text)
open(path, "w", encoding="utf-8").write(text)
