#!/usr/bin/env python3
"""English left in the Chinese UI: fails on a finished zh_CN message whose source has real words
and whose translation (each numerus form) is the source itself or holds no Chinese character.
A real word is a run of 3+ Latin letters once placeholders (%1, %n, %L1), HTML tags and
entities, accelerators (&), command-line options (--db), codes (public_report), file names and
patterns (*.csv, report.pdf) and the names that stay in Latin letters in Chinese (ALLOWED) are
taken out: "Cancel" kept as "Cancel" fails, "CSV" or "--db FILE" does not."""
import re
import sys
import xml.etree.ElementTree as ET

ALLOWED = {"Homecoming", "CSV", "PNG", "SVG", "PDF", "Excel", "XLSX", "UTF", "BOM", "SQLite", "Qt",
           "FTS", "GB18030", "Argon2id", "ICU", "libsodium", "libcsv", "Boost", "Graph", "YYYY",
           "English", "Enter", "Ctrl", "Shift", "Tab", "Esc", "Backspace", "PostgreSQL", "JSON",
           "TLS", "ZIP", "URL", "HTTP", "HTTPS", "WAL", "GB2260", "USB"}


CJK = re.compile(r"[\u3400-\u9fff]")


def words(text):
    text = re.sub(r"<[^>]*>|&[a-z]+;|%L?[0-9n]|&(?=\w)|--[\w-]+|\w+_\w+|[\w*]*\.\w+", " ", text)
    return {w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in ALLOWED}


def main(path):
    bad = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            if words(source) and (form == source or not CJK.search(form)):
                bad.append(f"{source!r} -> {form!r}")
    for line in bad[:40]:
        print(line)
    print(f"zh_CN: {len(bad)} translations left in English")
    return 1 if bad else 0


sys.exit(main(sys.argv[1]))
