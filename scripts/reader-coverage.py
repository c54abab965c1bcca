#!/usr/bin/env python3
"""How much of each source's text the product's sections hold (issue 10: readers lose no text).

    python3 scripts/reader-coverage.py --cli "dotnet src/HauGiang.LegalKb.Cli/bin/Release/net10.0/legalkb.dll" \
        [--real-docs ../shared/real-docs] [--formats docx,doc] [--min 98] [-v]

Copies the sources of the real-docs set into a temporary corpus (with an empty catalogue.json), runs `CLI index`,
finds each file's document in `CLI documents --json` (by sourcePath), and gathers its section texts from
`CLI show ID --json` (heading and text of every section, walking the "sections" tree). Each file also gets a
reference extraction made without the product:

  .docx       the w:t text of word/document.xml (what `unzip -p FILE word/document.xml` holds, tags stripped)
  .doc        `antiword -w 0 FILE`
  .pdf        `pdftotext -layout FILE -`
  .txt .md    the file itself
  .html .htm  the file with script/style removed, tags stripped, entities decoded

Both sides are put in NFC with Ð (U+00D0) read as Đ, as the product normalises, and cut into words: maximal runs
of letters and digits (punctuation, spaces and line breaks do not count). The figures, per file:

  in order   the share of the reference's letters and digits that lie in words matched IN ORDER with the section
             texts. The matching is difflib.SequenceMatcher over the two word lists (autojunk off): its matching
             blocks form a common subsequence, so this is a lower bound of the longest common subsequence of words.
             Text that comes out in the wrong place counts as lost here.
  multiset   the share of the reference's letters and digits found anywhere in the section texts, as a multiset of
             characters (order ignored). The gap between the two figures shows text that is present but out of order.
  body       "in order" without the reference's words before the first run of five words the sections share: the
             document header (organ, number, place and date, type, title), which the product keeps as document facts
             rather than section text. The gap between "in order" and "body" is the header, not the reader.
  clean      "body" on a reference without the lines a reader drops on purpose because they are not the document's
             text (FURNITURE: page numbers, the Công báo running head and gazette headings, e-signature stamp lines).
             This is the figure held to --min (issue 10: >= 98%); a scan is measured by its units (check.py) instead,
             its text layer being empty or garbage.

Section texts are each section's heading, its title when the heading does not hold it ("Chương I" above "NHỮNG QUY
ĐỊNH CHUNG"), and its text.

Text the product adds (rendered list numbers such as "Điều 5.", which a text dump of a .docx does not hold) is not
counted against it; text the reference holds twice (a text box kept in both branches of mc:AlternateContent) or
that is hidden counts against the product. The done-when of issue 10 is "in order" >= 98% for the files read.

A measuring tool: it always exits 0 and uses the standard library only (antiword and pdftotext when present).
"""
import argparse
import difflib
import html
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REAL_DOCS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "real-docs"))
WORD = re.compile(r"[^\W_]+", re.UNICODE)


# ---------------------------------------------------------------- normalisation and words
def normalise(text):
    text = unicodedata.normalize("NFC", text or "")
    return text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")


def words(text):
    return WORD.findall(normalise(text))


# ---------------------------------------------------------------- reference extraction
def docx_reference(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8", errors="replace")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", xml, flags=re.S)
    out = []
    for p in paragraphs:
        # A line break or tab between two w:t is a word boundary, not a join.
        p = re.sub(r"<w:(?:br|cr|tab)\b[^>]*/>", "<w:t> </w:t>", p)
        out.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", p)))
    return "\n".join(out)


def run_tool(argv):
    if shutil.which(argv[0]) is None:
        return None, f"{argv[0]} not installed"
    try:
        p = subprocess.run(argv, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as e:
        return None, str(e)
    if p.returncode != 0:
        return None, f"{argv[0]} exited {p.returncode}"
    return p.stdout.decode("utf-8", errors="replace"), None


def html_reference(path):
    with open(path, "rb") as fh:
        raw = fh.read().decode("utf-8", errors="replace")
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>|</tr\s*>|</li\s*>", "\n", raw)
    return html.unescape(re.sub(r"(?s)<[^>]*>", " ", raw))


# Lines a reader leaves out on purpose because they are not the document's text: page numbers, the Công báo running
# head and its gazette headings, and the stamp an e-signature prints on each page.
FURNITURE = re.compile(
    r"^\s*(?:\d{1,4}|-\s*\d{1,4}\s*-|C[ÔO]NG\s+B[ÁA]O\b.*|VĂN BẢN QUY PHẠM PHÁP LUẬT|"
    r"(?:Ký bởi|Người ký|Email|Cơ quan|Thời gian ký|Ngày ký)\s*:.*)\s*$", re.IGNORECASE)


def without_furniture(text):
    return "\n".join(line for line in text.splitlines() if not FURNITURE.match(normalise(line)))


def reference(path):
    """(text, None) or (None, why not)."""
    ext = os.path.splitext(path)[1].lower()
    try:
        if ext == ".docx":
            return docx_reference(path), None
        if ext == ".doc":
            return run_tool(["antiword", "-w", "0", path])
        if ext == ".pdf":
            return run_tool(["pdftotext", "-layout", path, "-"])
        if ext in (".html", ".htm"):
            return html_reference(path), None
        with open(path, "rb") as fh:
            return fh.read().decode("utf-8", errors="replace"), None
    except (OSError, zipfile.BadZipFile, KeyError) as e:
        return None, str(e)


# ---------------------------------------------------------------- the product
class Cli:
    def __init__(self, cmd, corpus, index, timeout):
        self.cmd, self.corpus, self.index, self.timeout = cmd, corpus, index, timeout

    def run(self, *args):
        argv = self.cmd + list(args) + ["--index", self.index, "--corpus", self.corpus]
        try:
            p = subprocess.run(argv, capture_output=True, text=True, timeout=self.timeout,
                               encoding="utf-8", errors="replace")
            return p.returncode, p.stdout, p.stderr
        except (OSError, subprocess.SubprocessError) as e:
            return -1, "", str(e)

    def json(self, *args):
        rc, out, err = self.run(*args, "--json")
        if rc != 0:
            return None
        try:
            return json.loads(out)
        except ValueError:
            return None


def section_texts(sections):
    parts = []
    for node in sections or []:
        if not isinstance(node, dict):
            continue
        heading, title = node.get("heading") or "", node.get("title") or ""
        parts.append(heading)
        if title and title not in heading:
            parts.append(title)  # "Chương I" with its title on the next line
        parts.append(node.get("text") or "")
        parts.extend(section_texts(node.get("children")))
    return parts


# ---------------------------------------------------------------- measures
def letters(ws):
    return sum(len(w) for w in ws)


def in_order(ref_words, prod_words):
    """Letters and digits of reference words matched in order, and the unmatched reference runs (for -v)."""
    matcher = difflib.SequenceMatcher(None, ref_words, prod_words, autojunk=False)
    matched, gaps, last = 0, [], 0
    for block in matcher.get_matching_blocks():
        matched += letters(ref_words[block.a:block.a + block.size])
        if block.a > last:
            gaps.append(ref_words[last:block.a])
        last = block.a + block.size
    return matched, gaps


def header_words(ref_words, prod_words):
    """How many reference words come before the section texts start: the document header (organ, number, date, type,
    title), which the product keeps as document facts rather than section text. The sections start at the first run
    of at least five words matched in order."""
    matcher = difflib.SequenceMatcher(None, ref_words, prod_words, autojunk=False)
    for block in matcher.get_matching_blocks():
        if block.size >= 5:
            return block.a
    return 0


def multiset(ref_words, prod_words):
    ref = Counter("".join(ref_words))
    prod = Counter("".join(prod_words))
    return sum(min(n, prod[c]) for c, n in ref.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.environ.get("LEGALKB_CLI"),
                    help='how to run the CLI, e.g. "dotnet src/HauGiang.LegalKb.Cli/bin/Release/net10.0/legalkb.dll"')
    ap.add_argument("--real-docs", default=DEFAULT_REAL_DOCS, help="the real-docs folder (holding sources/)")
    ap.add_argument("--formats", default="", help="comma-separated extensions to report (docx,doc); default all")
    ap.add_argument("--min", type=float, default=98.0, help="the in-order share a file must reach (percent)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds for one CLI call")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the longest passages the sections lack")
    args = ap.parse_args()

    work = None
    try:
        if not args.cli:
            print("no --cli given (or LEGALKB_CLI)")
            return 0
        sources = os.path.join(args.real_docs, "sources")
        wanted = {"." + f.strip().lstrip(".").lower() for f in args.formats.split(",") if f.strip()}
        files = sorted(f for f in os.listdir(sources)
                       if not wanted or os.path.splitext(f)[1].lower() in wanted)
        work = tempfile.mkdtemp(prefix="reader-coverage-")
        corpus, index = os.path.join(work, "corpus"), os.path.join(work, "index")
        os.makedirs(os.path.join(corpus, "sources"))
        with open(os.path.join(corpus, "catalogue.json"), "w", encoding="utf-8") as fh:
            json.dump({"documents": []}, fh)
        for f in files:
            shutil.copyfile(os.path.join(sources, f), os.path.join(corpus, "sources", f))

        cli = Cli(shlex.split(args.cli), corpus, index, args.timeout)
        rc, out, err = cli.run("index")
        if rc != 0:
            print(f"index exited {rc}: {(err or out).strip().splitlines()[-1:]}")
        listed = cli.json("documents") or {}
        by_file = {}
        for item in listed.get("documents", []) if isinstance(listed, dict) else listed:
            if isinstance(item, dict) and item.get("hasFullText") and item.get("sourcePath"):
                by_file[normalise(os.path.basename(item["sourcePath"].replace("\\", "/")))] = item["id"]

        print(f"{'file':40} {'reference':>9} {'in order':>9} {'multiset':>9} {'body':>9} {'clean':>9}")
        worst = None
        for f in files:
            ref_text, why = reference(os.path.join(sources, f))
            if ref_text is None:
                print(f"{f:40} reference unavailable: {why}")
                continue
            ref_words = words(ref_text)
            total = letters(ref_words)
            doc_id = by_file.get(normalise(f))
            shown = cli.json("show", doc_id) if doc_id else None
            if not isinstance(shown, dict) or total == 0:
                print(f"{f:40} {total:>9} {'not indexed' if total else 'empty reference':>19}")
                worst = 0.0 if total else worst
                continue
            prod_words = words("\n".join(section_texts(shown.get("sections"))))
            ordered, gaps = in_order(ref_words, prod_words)
            share, bag = 100.0 * ordered / total, 100.0 * multiset(ref_words, prod_words) / total
            body_words = ref_words[header_words(ref_words, prod_words):]
            body_ordered, _ = in_order(body_words, prod_words)
            body = 100.0 * body_ordered / max(letters(body_words), 1)
            clean_words = words(without_furniture(ref_text))
            clean_words = clean_words[header_words(clean_words, prod_words):]
            clean_ordered, _ = in_order(clean_words, prod_words)
            clean = 100.0 * clean_ordered / max(letters(clean_words), 1)
            worst = clean if worst is None else min(worst, clean)
            flag = "" if clean >= args.min else "  < " + f"{args.min:g}%"
            print(f"{f:40} {total:>9} {share:>8.2f}% {bag:>8.2f}% {body:>8.2f}% {clean:>8.2f}%{flag}")
            if args.verbose:
                for gap in sorted(gaps, key=letters, reverse=True)[:5]:
                    if letters(gap) >= 10:
                        print(f"    lacks ({letters(gap)}): {' '.join(gap)[:160]}")
        if worst is not None:
            print(f"reader-coverage: lowest clean in-order share {worst:.2f}% on {len(files)} files "
                  f"({'meets' if worst >= args.min else 'below'} {args.min:g}%)")
    except Exception as e:  # a measuring tool never crashes the caller
        print(f"reader-coverage.py: unexpected error: {type(e).__name__}: {e}")
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    try:
        main()
    finally:
        sys.exit(0)
