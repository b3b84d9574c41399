#!/usr/bin/env python3
"""Measures the OCR corrector on real filings with injected OCR confusions.

For every filing of the chosen part of eval/split.tsv (the shared corpus,
divided once by company into `tune` and `test`), the text secx reads
(`secx text`) is taken as the truth. A seeded generator puts OCR-style glyph
confusions into some of its tokens, by token type:

  name        capitalised or upper-case words ("Clinical" -> "Clinlcal",
              "GROUP" -> "6ROUP")
  identifier  digit groups joined by '-' or '/' (EIN, file number, phone,
              zip+4, dates: "98-1O29639")
  number      amounts, years, counts ("2O18", "$1,O00")
  word        lower-case words of three letters or more ("innovativc")

The confusions are the glyph pairs Tesseract is known to mix up (l/1/I,
O/0, S/5, B/8, G/6, Z/2, e/c, i/l, rn/m, cl/d, u/n, h/b, ...), each drawn
with the weight the real-error table (extract/correct/data/confusions.tsv,
learned from ../shared/corpus/ocr-confusions/) gives it. A confusion that
turns the token into another real word or a token of the same document is
drawn again: such a real-word error cannot be seen in the token itself.
Most corrupted forms keep clean occurrences elsewhere in the filing; in one
filing in four every occurrence of the chosen forms is corrupted, so the
corrector must do without the document's own spelling.

Scans are left out: an image-only scan has no text to take as the truth,
and a scanned PDF with a text layer has OCR's errors in that layer.

The noisy text goes through `secx fix-ocr` (correction forced on). Tokens
are compared with the truth: an injected token is repaired when it comes
back exactly as printed, a token that was right and comes back different is
a false change. Reported by token type: injected errors, repaired share,
false changes per 100,000 tokens.

Calibration (--calibrate): runs the tune part with every proposal of the
vocabulary rule applied, records each (the scorer's features, right or not,
company) and runs scripts/train-repair-scorer.py on them, which fits the
logistic scorer and its threshold and writes
extract/correct/data/calibration.tsv. With several seeds (--seed 1,2,3,
as the embedded calibration was made) each seed's proposals are kept in
EVENTS.seedN and the scorer is fitted on all of them.

Usage:
  scripts/correction-eval.py [--part tune|test|all] [--secx build/secx]
                             [--seed N] [--jobs N]
                             [--calibrate [--seed 1,2,3] [--events FILE]]
                             [--examples FILE] [--text-cache DIR]
"""
import argparse
import collections
import concurrent.futures
import difflib
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "corpus")
if not os.path.isdir(SHARED):
    SHARED = "/work/shared/corpus"

# Glyph confusions (printed -> read), by the class of the printed glyphs.
LETTER_CONFUSIONS = [
    ("l", "1"), ("l", "I"), ("I", "1"), ("I", "l"), ("i", "l"), ("i", "1"),
    ("O", "0"), ("o", "0"), ("S", "5"), ("s", "5"), ("B", "8"), ("Z", "2"),
    ("G", "6"), ("g", "9"), ("e", "c"), ("c", "e"), ("rn", "m"), ("m", "rn"),
    ("cl", "d"), ("d", "cl"), ("u", "n"), ("n", "u"), ("h", "b"), ("b", "h"),
    ("t", "f"), ("f", "t"), ("a", "o"), ("e", "o"), ("C", "G"), ("E", "F"),
    ("w", "vv"), ("ri", "n"), ("y", "v"), ("li", "h"), ("D", "O"),
]
DIGIT_CONFUSIONS = [
    ("0", "O"), ("0", "o"), ("1", "l"), ("1", "I"), ("5", "S"), ("8", "B"),
    ("2", "Z"), ("6", "G"), ("1", "i"), ("0", "D"), ("9", "g"),
]

PUNCT = "()[]{}\"'`,;:.!?*“”‘’<>"
IDENTIFIER = re.compile(r"[0-9]{1,5}(?:[-/][0-9]{1,9})+")
NUMBER = re.compile(r"[$]?[0-9][0-9,]*(?:\.[0-9]+)?%?")
NAME = re.compile(r"[A-Z][A-Za-z&.'-]*[A-Za-z]")
WORD = re.compile(r"[a-z]{3,}")
TYPES = ("name", "identifier", "number", "word")


def load_weights():
    """Events per (correct, ocr) pair from the real-error table."""
    w = {}
    path = os.path.join(ROOT, "extract", "correct", "data", "confusions.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) >= 3:
            w[(f[1], f[0])] = int(f[2])
    return w


def core_span(chunk):
    s, e = 0, len(chunk)
    while s < e and chunk[s] in PUNCT:
        s += 1
    while e > s and chunk[e - 1] in PUNCT:
        e -= 1
    return s, e


def token_type(core):
    if IDENTIFIER.fullmatch(core):
        return "identifier"
    if NUMBER.fullmatch(core) and sum(c.isdigit() for c in core) >= 2:
        return "number"
    if NAME.fullmatch(core) and len(core) >= 3:
        return "name"
    if WORD.fullmatch(core):
        return "word"
    return None


CLASSES = ("mixed", "name", "word", "name_short", "word_short")


def reading_class(s):
    """The corrector's ReadingClass of a reading (vocabulary.h)."""
    if any(ch.isdigit() for ch in s):
        return "mixed"
    cls = "name" if s[:1].isupper() else "word"
    return cls + "_short" if sum(ch.isalpha() for ch in s) <= 4 else cls


def chunks(text):
    return [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]


_dict = None


def english():
    global _dict
    if _dict is None:
        _dict = set()
        # The lists the corrector reads (extract/correct/lexicon.cc): a
        # confusion that makes a word of any of them is a real-word error.
        for path, min_length in (("/usr/share/dict/words", 0),
                                 ("/usr/share/dict/american-english-large", 5),
                                 ("/usr/share/dict/british-english", 5)):
            try:
                for line in open(path, encoding="utf-8"):
                    w = line.strip()
                    if len(w) >= min_length:
                        _dict.add(w.lower())
            except OSError:
                pass
    return _dict


def corrupt(core, kind, rng, weights, vocab):
    """One confusion in `core`, or None when none applies."""
    table = DIGIT_CONFUSIONS if kind in ("identifier", "number") else LETTER_CONFUSIONS
    for _ in range(20):
        options = []
        for good, bad in table:
            wt = max(1, weights.get((good, bad), weights.get((bad, good), 1)))
            start = 0
            while True:
                k = core.find(good, start)
                if k < 0:
                    break
                options.append((k, good, bad, wt))
                start = k + 1
        if not options:
            return None
        total = sum(o[3] for o in options)
        r = rng.random() * total
        for k, good, bad, wt in options:
            r -= wt
            if r <= 0:
                break
        out = core[:k] + bad + core[k + len(good):]
        low = out.lower()
        if out in vocab or (low in english() and kind in ("name", "word")):
            continue  # a real-word error: drawn again
        return out
    return None


def inject(text, rng, weights):
    """Returns (noisy text, {chunk index: (type, truth core)})."""
    ch = chunks(text)
    info = []
    by_form = collections.defaultdict(list)
    vocab = set()
    for i, (_, c) in enumerate(ch):
        s, e = core_span(c)
        core = c[s:e]
        vocab.add(core)
        kind = token_type(core) if core else None
        info.append((kind, s, e))
        if kind:
            by_form[(kind, core)].append(i)
    no_clean = rng.random() < 0.25
    n_targets = max(4, min(60, len(ch) // 400))
    chosen = {}
    forms = {k: sorted(f for f in by_form if f[0] == k) for k in TYPES}
    for n in range(n_targets):
        kind = TYPES[n % len(TYPES)]
        if not forms[kind]:
            continue
        form = forms[kind][rng.randrange(len(forms[kind]))]
        idx = by_form[form]
        if no_clean:
            picked = idx
        elif len(idx) >= 2:
            picked = rng.sample(idx, max(1, len(idx) // 3))
        else:
            picked = idx
        for i in picked[:20]:
            chosen[i] = kind
    out = []
    last = 0
    injected = {}
    for i in sorted(chosen):
        pos, c = ch[i]
        kind, s, e = info[i]
        bad = corrupt(c[s:e], kind, rng, weights, vocab)
        if bad is None:
            continue
        out.append(text[last:pos + s])
        out.append(bad)
        last = pos + e
        injected[i] = (kind, c[s:e], bad)
    out.append(text[last:])
    return "".join(out), injected


def align(a, b):
    """Index map a -> b over whitespace chunks."""
    if len(a) == len(b):
        return {i: i for i in range(len(a))}
    m = {}
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                m[i1 + k] = j1 + k
    return m


TEXT_CACHE = None  # --text-cache: directory of `secx text` outputs


def read_text(secx, path):
    cached = None
    if TEXT_CACHE:
        st = os.stat(path)
        key = re.sub(r"[^A-Za-z0-9._-]", "_", f"{path}.{st.st_size}.{int(st.st_mtime)}")
        cached = os.path.join(TEXT_CACHE, key)
        if os.path.exists(cached):
            return open(cached, encoding="utf-8", newline="").read()
    # --ocr never: an image-only scan has no text to take as the truth (its
    # OCR text has errors of its own), so it gives no text and is skipped.
    r = subprocess.run([secx, "text", "--ocr", "never", path], capture_output=True)
    text = r.stdout.decode("utf-8", errors="replace")
    if cached:
        with open(cached + ".tmp", "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(cached + ".tmp", cached)
    return text


def scanned_pdf(path):
    """True for a PDF whose every page is a scanned image: its text layer, if
    any, is OCR output with errors of its own ("0MB" for "OMB"), no truth."""
    if not path.lower().endswith(".pdf"):
        return False
    r = subprocess.run(["pdfimages", "-list", path], capture_output=True)
    pages = set()
    for line in r.stdout.decode("utf-8", errors="replace").splitlines()[2:]:
        f = line.split()
        if len(f) > 4 and f[3].isdigit() and int(f[3]) >= 1000:
            pages.add(f[0])
    r = subprocess.run(["pdfinfo", path], capture_output=True)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout.decode("utf-8", errors="replace"), re.M)
    return m is not None and len(pages) >= int(m.group(1))


def run_one(args):
    secx, path, seed, margin = args
    if scanned_pdf(path):
        return None
    text = read_text(secx, path)
    ch = chunks(text)
    if len(ch) < 200:
        return None
    rng = random.Random(f"{seed}:{os.path.basename(path)}")
    noisy, injected = inject(text, rng, WEIGHTS)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "noisy.txt")
        rep = os.path.join(tmp, "repairs.json")
        with open(src, "w", encoding="utf-8") as f:
            f.write(noisy)
        cmd = [secx, "fix-ocr", "--repairs", rep, src]
        if margin is not None:
            cmd[2:2] = ["--vocabulary-margin", str(margin)]
        # CPU time of fix-ocr (user + system), which other work on the
        # machine does not inflate as it does wall time.
        timing = os.path.join(tmp, "time.txt")
        if os.path.exists("/usr/bin/time"):
            cmd = ["/usr/bin/time", "-f", "%U %S", "-o", timing] + cmd
        t0 = time.monotonic()
        r = subprocess.run(cmd, capture_output=True)
        seconds = time.monotonic() - t0
        if os.path.exists(timing):
            try:
                seconds = sum(float(x) for x in open(timing).read().split()[-2:])
            except ValueError:
                pass
        fixed = r.stdout.decode("utf-8", errors="replace")
        repairs = json.load(open(rep)) if os.path.exists(rep) else []
    truth = [c for _, c in ch]
    # How often each injected form is still printed right in the noisy text.
    noisy_cores = collections.Counter()
    for _, c in chunks(noisy):
        s, e = core_span(c)
        noisy_cores[c[s:e]] += 1
    fixed_ch = chunks(fixed)
    got = [c for _, c in fixed_ch]
    m = align(truth, got) if len(got) != len(truth) else None
    counts = collections.Counter()
    events = []  # (log_odds, right) of vocabulary-rule repairs
    # Which chunk each repair landed in (offsets into the corrected text).
    # (repair offsets are bytes of the UTF-8 text)
    starts, at, nbytes = [], 0, 0
    for p, _ in fixed_ch:
        nbytes += len(fixed[at:p].encode("utf-8"))
        at = p
        starts.append(nbytes)
    import bisect
    by_chunk = {}
    for rp in repairs:
        j = bisect.bisect_right(starts, rp["start"]) - 1
        by_chunk.setdefault(j, []).append(rp)
    examples = []
    for i, c in enumerate(truth):
        j = i if m is None else m.get(i)
        out = got[j] if j is not None and j < len(got) else None
        rules = ",".join(sorted({rp.get("rule", "?") for rp in
                                 (by_chunk.get(j, []) if j is not None else [])})) or "-"
        kind, s, e = None, 0, 0
        s, e = core_span(c)
        kind = token_type(c[s:e]) or "other"
        if i in injected:
            kind = injected[i][0]
            counts[kind + ":injected"] += 1
            clean = "clean" if noisy_cores[injected[i][1]] > 0 else "unique"
            counts[kind + ":" + clean + ":injected"] += 1
            if out == c:
                counts[kind + ":repaired"] += 1
                counts[kind + ":" + clean + ":repaired"] += 1
                examples.append(("repaired", kind, c, injected[i][2], out, rules))
            elif out is not None and out != c[:s] + injected[i][2] + c[e:]:
                counts[kind + ":wrong"] += 1
                examples.append(("wrong", kind, c, injected[i][2], out, rules))
            else:
                examples.append(("missed", kind, c, injected[i][2], out, rules))
        else:
            counts[kind + ":tokens"] += 1
            if out != c:
                counts[kind + ":false"] += 1
                examples.append(("false", kind, c, "", out, rules))
        for rp in by_chunk.get(j, []) if j is not None else []:
            if "log_odds" in rp and rp.get("rule") == "vocabulary":
                events.append((rp["log_odds"], out == c, i in injected,
                               reading_class(rp["from"]), COMPANY.get(path, path),
                               rp.get("features", []), rp["from"], rp["to"]))
    counts["bytes"] += len(noisy.encode("utf-8"))
    counts["microseconds"] += int(seconds * 1e6)
    return os.path.basename(path), counts, events, examples


COMPANY = {}  # path -> company of eval/split.tsv


def files_of(part):
    out = []
    for line in open(os.path.join(ROOT, "eval", "split.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "source" or len(f) < 4:
            continue
        if part != "all" and f[2] != part:
            continue
        for name in f[3].split():
            out.append(os.path.join(SHARED, f[0], name))
            COMPANY[out[-1]] = f[1]
    return out


WEIGHTS = load_weights()


def report(title, total, ndocs):
    print(f"\n{title} ({ndocs} filings)")
    print(f"| token type | tokens | injected errors | repaired | wrong repair | "
          f"repaired share | false changes | per 100,000 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = list(TYPES) + ["other", "all"]
    for k in rows:
        ks = TYPES + ("other",) if k == "all" else (k,)
        tok = sum(total[x + ":tokens"] for x in ks)
        inj = sum(total[x + ":injected"] for x in ks)
        rep = sum(total[x + ":repaired"] for x in ks)
        wr = sum(total[x + ":wrong"] for x in ks)
        fa = sum(total[x + ":false"] for x in ks)
        share = f"{100 * rep / inj:.1f}%" if inj else "-"
        rate = f"{100000 * fa / tok:.2f}" if tok else "-"
        print(f"| {k} | {tok} | {inj} | {rep} | {wr} | {share} | {fa} | {rate} |")
    print("\nRepaired share by whether the filing still prints the form right "
          "somewhere (clean) or every occurrence is corrupted (unique):\n")
    print("| token type | clean: injected | clean: repaired | unique: injected | "
          "unique: repaired |")
    print("|---|---:|---:|---:|---:|")
    for k in TYPES + ("all",):
        ks = TYPES if k == "all" else (k,)
        cells = []
        for clean in ("clean", "unique"):
            inj = sum(total[f"{x}:{clean}:injected"] for x in ks)
            rep = sum(total[f"{x}:{clean}:repaired"] for x in ks)
            cells.append(str(inj))
            cells.append(f"{100 * rep / inj:.1f}%" if inj else "-")
        print(f"| {k} | " + " | ".join(cells) + " |")
    if total["microseconds"]:
        print(f"\nfix-ocr: {total['bytes'] / 1e3:.0f} KB in "
              f"{total['microseconds'] / 1e6:.1f} s of CPU time summed over "
              f"files ({total['bytes'] / total['microseconds'] * 1e3:.0f} KB/s, "
              f"process start-up included)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="test", choices=("tune", "test", "all"))
    ap.add_argument("--secx", default=os.path.join(ROOT, "build", "secx"))
    ap.add_argument("--seed", default="1")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--margin", type=float, default=None,
                    help="vocabulary margin to run with (default: learned)")
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--target", type=float, default=0.2,
                    help="false changes per 100,000 allowed when calibrating")
    ap.add_argument("--events", default="",
                    help="with --calibrate: keep the proposals in this file")
    ap.add_argument("--examples", default="",
                    help="write repairs, misses and false changes here (file, "
                         "outcome, type, truth, noisy, corrected, rules)")
    ap.add_argument("--text-cache", default="",
                    help="keep `secx text` outputs in this directory between runs "
                         "(while iterating on the corrector only)")
    a = ap.parse_args()
    global TEXT_CACHE
    if a.text_cache:
        os.makedirs(a.text_cache, exist_ok=True)
        TEXT_CACHE = a.text_cache
    if a.calibrate:
        # Every vocabulary proposal applied, so that each is seen right or
        # not; the learned decision is then fitted on them.
        a.part, a.margin = "tune", -100.0
    files = files_of(a.part)
    # --calibrate with several seeds ("1,2,3"): each seed's proposals are
    # recorded and the scorer is fitted on all of them.
    seeds = a.seed.split(",") if a.calibrate else [a.seed]
    event_files = []
    for seed in seeds:
        total = collections.Counter()
        events = []
        examples = []
        ndocs = 0
        company_tokens = collections.Counter()
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
            for path, res in zip(files, pool.map(
                    run_one, [(a.secx, f, seed, a.margin) for f in files])):
                if res is None:
                    continue
                company_tokens[COMPANY.get(path, path)] += sum(
                    res[1][k + ":tokens"] for k in TYPES + ("other",))
                ndocs += 1
                name, c, ev, ex = res
                total.update(c)
                events.extend(ev)
                examples.extend((name,) + e for e in ex)
        report(f"part {a.part}, seed {seed}" +
               (f", margin {a.margin}" if a.margin is not None else ""),
               total, ndocs)
        if a.examples:
            with open(a.examples, "w", encoding="utf-8") as f:
                for e in examples:
                    f.write("\t".join(str(x) for x in e) + "\n")
        if a.calibrate:
            path = a.events or os.path.join(tempfile.gettempdir(),
                                            "secx-calibration-events.jsonl")
            if len(seeds) > 1:
                path = f"{path}.seed{seed}"
            write_events(path, events, company_tokens)
            event_files.append(path)
    if a.calibrate:
        subprocess.run([sys.executable,
                        os.path.join(ROOT, "scripts", "train-repair-scorer.py")]
                       + event_files + ["--target", str(a.target)], check=True)


def write_events(path, events, company_tokens):
    """The vocabulary proposals, one JSON object a line, for
    scripts/train-repair-scorer.py."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"tokens": company_tokens}) + "\n")
        for lo, right, injected, cls, company, features, frm, to in events:
            f.write(json.dumps({"log_odds": lo, "right": right,
                                "injected": injected, "class": cls,
                                "company": company, "features": features,
                                "from": frm, "to": to}) + "\n")


if __name__ == "__main__":
    main()
