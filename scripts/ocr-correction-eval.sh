#!/usr/bin/env bash
# Measures the OCR corrector.
#
# 1. False repairs: runs `secx fix-ocr` (correction forced on) over the
#    born-digital text of the shared corpus (EDGAR 8-Ks and SGML
#    submissions) and reports repairs per 100,000 tokens; the target is under
#    1. Also reports how many clean files LooksLikeOcrText flags.
# 2. Seeds: the dividend seed against its hand-checked expected text.
# 3. Rendered scans: the first two pages (the cover page and what follows)
#    of a fixed, evenly spread set of plain-text 8-Ks from the shared corpus
#    plus the Form SD seed, rendered by scripts/make-scans.sh (fonts
#    rotating serif/sans/mono; clean 300 dpi, degraded 200 dpi and "poor",
#    the degraded damage at 150 dpi; fixed seeds), read by secx's OCR stage (secx-ocr next to the secx binary;
#    the tesseract CLI when it is missing), corrected by `secx fix-ocr`.
#    The OCR and the corrected text are aligned token by token with the
#    rendered text; tokens are classed as identifiers (EIN, file number,
#    phone, zip, form type, dates with digits), numbers, names (capitalised)
#    and words; drawn rules ("-----") are left out on both sides. The
#    ground truth is the text as printed: the RFC 934 dash stuffing of
#    submissions wrapped as privacy-enhanced messages ("- -----" for a line
#    that began with "-") is undone before rendering, as it is transport
#    encoding, not filing text; and characters the rendering font has no
#    glyph for (ImageMagick draws nothing for them, e.g. U+2714 in
#    Liberation Serif) are dropped from the truth. Nothing else is taken out
#    of the metric: punctuation, page numbers and quotes all count.
#    Prints CER and per-class token error rates before and after
#    correction, the share of errors repaired and the false repairs (a
#    token that was right and is wrong after correction).
#
# Usage: scripts/ocr-correction-eval.sh [SECX_BINARY] [CORPUS_DIR...]
# Environment:
#   SECX_EVAL_PARTS   digital,seed,scans (default: all three)
#   SECX_EVAL_SCANS   number of 8-Ks to render (default 12)
#   SECX_EVAL_CACHE   where rendered ground truth and OCR text are kept
#                     between runs (default /tmp/secx-ocr-eval-cache); the
#                     key covers the source text, make-scans.sh and the OCR
#                     binary, so only changed inputs are read again
#   SECX_EVAL_ERRORS  write every token error (level, class, truth, OCR,
#                     corrected) as TSV to this file
set -euo pipefail
cd "$(dirname "$0")/.."
secx=${1:-${SECX:-build/secx}}
shift || true
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  dirs=(/work/shared/corpus/edgar-8k /work/shared/corpus/edgar-sgml)
fi
[ -x "$secx" ] || { echo "ocr-eval: no secx binary at $secx (build first)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

parts=${SECX_EVAL_PARTS:-digital,seed,scans}
want_part() { [[ ",$parts," == *",$1,"* ]]; }

files=0 tokens=0 repairs=0 flagged=0 failed=0
want_part digital || dirs=()
for dir in "${dirs[@]}"; do
  while IFS= read -r -d '' f; do
    files=$((files + 1))
    if ! "$secx" fix-ocr --stats --repairs "$tmp/r.json" "$f" >/dev/null 2>"$tmp/err"; then
      failed=$((failed + 1))
      continue
    fi
    line=$(grep '^fix-ocr: ' "$tmp/err" | tail -1)
    t=$(sed -E 's/.*tokens=([0-9]+).*/\1/' <<<"$line")
    r=$(sed -E 's/.*repairs=([0-9]+).*/\1/' <<<"$line")
    o=$(sed -E 's/.*looks_like_ocr=([01]).*/\1/' <<<"$line")
    tokens=$((tokens + t))
    repairs=$((repairs + r))
    flagged=$((flagged + o))
    if [ "$r" -gt 0 ]; then
      echo "  $(basename "$f"): $r repair(s)"
      grep -o '"from": "[^"]*"\|"to": "[^"]*"\|"rule": "[^"]*"' "$tmp/r.json" |
        paste -d' ' - - - | sed 's/^/    /'
    fi
    if [ "$o" -eq 1 ]; then echo "  $(basename "$f"): looks like OCR text"; fi
  done < <(find "$dir" -type f ! -name '*.md' ! -name '*.csv' -print0 | sort -z)
done

if want_part digital; then
rate=$(awk -v r="$repairs" -v t="$tokens" 'BEGIN { printf "%.3f", t ? r * 100000 / t : 0 }')
echo "false repairs (born-digital, forced): $repairs in $tokens tokens over $files files = $rate per 100,000 tokens (target < 1)"
echo "clean files flagged as OCR text: $flagged of $files"
[ "$failed" -eq 0 ] || echo "files secx could not read: $failed"
fi

if want_part seed; then
seed=corpus/seeds/iij-dividend-2018-ocr.txt
want=corpus/seeds/iij-dividend-2018-ocr.expected-corrected.txt
"$secx" fix-ocr "$seed" >"$tmp/seed.txt" 2>"$tmp/seed.err"
n=$(wc -l <"$tmp/seed.err")
if cmp -s "$tmp/seed.txt" "$want"; then
  echo "dividend seed: $n repairs, corrected text equals the expected text"
else
  echo "dividend seed: $n repairs, corrected text DIFFERS from the expected text:"
  diff "$want" "$tmp/seed.txt" | head -20 || true
fi
fi

# Rendered scans. Ground truth and OCR text are cached (see the header);
# correction and scoring run every time.
want_part scans || exit 0
if ! command -v convert >/dev/null; then
  echo "scans: imagemagick (convert) missing; CER and identifier/number/name error rates not measured"
  exit 0
fi
ocr_tool=${SECX_OCR:-$(dirname "$secx")/secx-ocr}
if [ -x "$ocr_tool" ]; then
  engine=secx-ocr
elif command -v tesseract >/dev/null; then
  engine=tesseract
else
  echo "scans: neither secx-ocr nor tesseract found; CER not measured"
  exit 0
fi
export OMP_THREAD_LIMIT=1
cache=${SECX_EVAL_CACHE:-/tmp/secx-ocr-eval-cache}
mkdir -p "$cache" "$tmp/src" "$tmp/scans" "$tmp/fixed"

# The body of a submission's first document, as printed: SGML tags other
# than <PAGE> dropped. Empty when the body is HTML (not a text filing).
sgml_body() {  # in out
  python3 - "$1" "$2" <<'PY'
import re, sys
t = open(sys.argv[1], encoding="latin-1").read()
i = t.find("<TEXT>")
j = t.find("</TEXT>", i)
body = t[i + 6:j] if i >= 0 else t
if re.search(r"<(?:html|table|p|div|font)[ >]", body[:5000], re.I):
    sys.exit(1)
lines = [l for l in body.split("\n")
         if l.strip().upper() == "<PAGE>" or not re.fullmatch(r"\s*</?[A-Za-z-]+>.*", l)]
# Submissions wrapped as a privacy-enhanced message carry RFC 934 dash
# stuffing: every line that began with "-" has "- " put in front of it for
# transport. The filing as printed never had it; undo it.
if t.lstrip().startswith("-----BEGIN PRIVACY-ENHANCED MESSAGE-----"):
    lines = [l[2:] if l.startswith("- -") else l for l in lines]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines).lstrip("\n"))
PY
}

n_scans=${SECX_EVAL_SCANS:-12}
mapfile -t texts < <(ls /work/shared/corpus/edgar-8k/*.txt 2>/dev/null | sort)
sources=()
for f in "${texts[@]}"; do
  b=$(basename "$f" .txt)
  sgml_body "$f" "$tmp/src/$b.txt" 2>/dev/null && sources+=("$tmp/src/$b.txt")
done
# An even spread over the sorted list: deterministic, and across years.
picked=()
if [ ${#sources[@]} -gt 0 ]; then
  for k in $(seq 0 $((n_scans - 1))); do
    idx=$(( (k * ${#sources[@]}) / n_scans ))
    [ "$idx" -lt ${#sources[@]} ] && picked+=("${sources[$idx]}")
  done
fi
picked+=(corpus/seeds/iij-form-sd-2015.txt)

engine_id=$engine
[ "$engine" = secx-ocr ] && engine_id=secx-ocr-$(sha256sum "$ocr_tool" | cut -c1-10)
fonts=(serif sans mono)
# The font files scripts/make-scans.sh draws with (its font_file).
font_file() {
  case $1 in
    serif) echo /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ;;
    sans) echo /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ;;
    mono) echo /usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf ;;
  esac
}
list=$tmp/list.tsv
: >"$list"
k=0
for src in "${picked[@]}"; do
  font=${fonts[$((k % 3))]}
  k=$((k + 1))
  base=$(basename "$src" .txt)
  key=$(cat "$src" scripts/make-scans.sh | sha256sum | cut -c1-12)
  for level in clean degraded poor; do
    stem="$cache/$base-$font-$level-$key-$engine_id"
    if [ ! -s "$stem.ocr.txt" ] || [ ! -e "$stem.gt.txt" ]; then
      rm -f "$tmp"/scans/*
      # "poor": the degraded damage at 150 dpi (fax or cheap office scan).
      render=(-l "$level"); made=$level
      [ "$level" = poor ] && { render=(-l degraded -D 150); made=degraded; }
      bash scripts/make-scans.sh -o "$tmp/scans" "${render[@]}" -f "$font" -n 2 -k png "$src" >/dev/null
      mapfile -t images < <(ls "$tmp/scans/$base-$font-$made"-p*.* | sort -V)
      if [ "$engine" = secx-ocr ]; then
        "$ocr_tool" --jobs 1 "${images[@]}" >"$stem.ocr.tmp" 2>/dev/null || true
      else
        : >"$stem.ocr.tmp"
        for img in "${images[@]}"; do
          tesseract "$img" - 2>/dev/null >>"$stem.ocr.tmp" || true
          printf '\f' >>"$stem.ocr.tmp"
        done
      fi
      cp "$tmp/scans/$base-$font-$made.gt.txt" "$stem.gt.txt"
      mv "$stem.ocr.tmp" "$stem.ocr.txt"
    fi
    fixed="$tmp/fixed/$base-$font-$level.txt"
    "$secx" fix-ocr "$stem.ocr.txt" >"$fixed" 2>/dev/null
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$base-$font" "$level" "$stem.gt.txt" "$stem.ocr.txt" "$fixed" "$(font_file "$font")" >>"$list"
  done
done
echo "scans: ${#picked[@]} filings x clean (300 dpi) / degraded (200 dpi) / poor (degraded at 150 dpi), first 2 pages, OCR by $engine"
python3 - "$list" "${SECX_EVAL_ERRORS:-}" <<'PY'
import collections, difflib, re, subprocess, sys

MONTHS = {m.lower() for m in (
    "January February March April May June July August September October "
    "November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()}
PUNCT = "()[]{}\"'`,;:.!?*“”‘’"
IDENTIFIER = re.compile(
    r"\(?\d{3}\)|\d{3}[-.]\d{3}[-.]\d{4}|\d{5}(?:-\d{4})?|"
    r"\d{1,2}/\d{1,2}/\d{2,4}|[0-9A-Z]{1,4}(?:-[0-9A-Z]{1,9})+|\d{9}")

def core(w):
    return w.strip(PUNCT)

def classify(words):
    out = []
    for i, w in enumerate(words):
        c = core(w)
        prev = core(words[i - 1]).lower() if i > 0 else ""
        prev2 = core(words[i - 2]).lower() if i > 1 else ""
        if any(ch.isdigit() for ch in c):
            date = (prev in MONTHS and re.fullmatch(r"\d{1,2}", c)) or \
                   (prev2 in MONTHS and re.fullmatch(r"\d{4}", c))
            out.append("identifier" if date or IDENTIFIER.fullmatch(c) else "number")
        elif c[:1].isupper():
            out.append("name")
        else:
            out.append("word")
    return out

def lev(a, b):
    if len(a) < len(b):
        a, b = b, a
    if len(a) * len(b) > 4_000_000:
        return max(len(a), len(b))
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]

def pair_block(g, o, i1, j1):
    """Aligns a replaced run of tokens: substitution cost 1 - similarity."""
    n, m = len(g), len(o)
    if n * m > 20000:
        return [(i1 + k if k < n else None, j1 + k if k < m else None)
                for k in range(max(n, m))]
    gap = 0.7
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1): d[i][0] = i * gap
    for j in range(1, m + 1): d[0][j] = j * gap
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            sub = 1 - difflib.SequenceMatcher(None, g[i - 1], o[j - 1]).ratio()
            d[i][j] = min(d[i - 1][j - 1] + sub, d[i - 1][j] + gap, d[i][j - 1] + gap)
    pairs, i, j = [], n, m
    while i or j:
        if i and j and abs(d[i][j] - d[i - 1][j - 1] -
                           (1 - difflib.SequenceMatcher(None, g[i - 1], o[j - 1]).ratio())) < 1e-9:
            pairs.append((i1 + i - 1, j1 + j - 1)); i -= 1; j -= 1
        elif i and abs(d[i][j] - d[i - 1][j] - gap) < 1e-9:
            pairs.append((i1 + i - 1, None)); i -= 1
        else:
            pairs.append((None, j1 + j - 1)); j -= 1
    return pairs[::-1]

def align(g, o):
    """gt index -> hyp index (or None), and the character distance."""
    m = {}
    dist = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, g, o, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1): m[i1 + k] = j1 + k
            continue
        a, b = " ".join(g[i1:i2]), " ".join(o[j1:j2])
        dist += lev(a, b) + (0 if a and b else 1)
        if tag == "replace":
            for gi, oj in pair_block(g[i1:i2], o[j1:j2], i1, j1):
                if gi is not None: m[gi] = oj
    return m, dist

def read(p):
    return open(p, encoding="utf-8", errors="replace").read()

_charsets = {}
def printable(font):
    """Code points the font has glyphs for (fc-query), or None if unknown."""
    if font not in _charsets:
        cps = None
        try:
            out = subprocess.run(["fc-query", "-f", "%{charset}", font],
                                 capture_output=True, text=True, check=True).stdout
            cps = set()
            for r in out.split():
                a, _, b = r.partition("-")
                cps.update(range(int(a, 16), int(b or a, 16) + 1))
        except (OSError, subprocess.CalledProcessError, ValueError):
            cps = None
        _charsets[font] = cps
    return _charsets[font]

def as_printed(text, font):
    """The ground truth as the page shows it: ImageMagick draws nothing for
    a character the font has no glyph for (the check mark U+2714 in
    Liberation Serif), so no OCR engine can read it back."""
    cps = printable(font)
    if not cps:
        return text
    return "".join(ch for ch in text if ch.isspace() or ord(ch) in cps)

def words(text):
    """Whitespace tokens without drawn rules ("-----", "====="): OCR rightly
    reads a rule as a line, not as text, and no corrector can restore it."""
    return [w for w in text.split()
            if not (len(w) >= 3 and re.fullmatch(r"[-=_*.~]+", w))]

CLASSES = ("identifier", "number", "name", "word")
LEVELS = ("clean", "degraded", "poor", "all")
tot = {lv: collections.Counter() for lv in LEVELS}
errs_out = []
print(f"{'scan':42s} {'level':8s} {'CER before':>10s} {'after':>7s}  tokens err-before err-after")
for line in open(sys.argv[1], encoding="utf-8"):
    name, level, gp, op, fp, font = line.rstrip("\n").split("\t")
    g, o, f = words(as_printed(read(gp), font)), words(read(op)), words(read(fp))
    cls = classify(g)
    gm, dist_before = align(g, o)
    same_shape = len(o) == len(f)
    if not same_shape:
        fm, dist_after = align(g, f)
    else:
        _, dist_after = align(g, f)
    chars = len(" ".join(g))
    c = collections.Counter()
    c["chars"] += chars; c["cer_before"] += dist_before; c["cer_after"] += dist_after
    for i, w in enumerate(g):
        k = cls[i]
        j = gm.get(i)
        ob = o[j] if j is not None else None
        fa = (f[j] if j is not None else None) if same_shape else \
             (f[fm[i]] if fm.get(i) is not None else None)
        right_before, right_after = ob == w, fa == w
        c[k + ":tokens"] += 1
        c[k + ":before"] += not right_before
        c[k + ":after"] += not right_after
        c[k + ":repaired"] += (not right_before) and right_after
        c[k + ":broken"] += right_before and not right_after
        if not right_before or not right_after:
            errs_out.append((level, k, w, ob or "", fa or "", name))
    if same_shape:
        c["changed"] += sum(x != y for x, y in zip(o, f))
    for key in (level, "all"):
        tot[key].update(c)
    nt = sum(c[k + ":tokens"] for k in CLASSES)
    nb = sum(c[k + ":before"] for k in CLASSES)
    na = sum(c[k + ":after"] for k in CLASSES)
    print(f"{name:42s} {level:8s} {dist_before / max(1, chars):10.4f} "
          f"{dist_after / max(1, chars):7.4f}  {nt:6d} {nb:10d} {na:9d}")

def pct(a, b):
    return f"{100 * a / b:5.1f}%" if b else "    -"

for lv in LEVELS:
    c = tot[lv]
    if not c["chars"]:
        continue
    cb, ca = c["cer_before"], c["cer_after"]
    print(f"\n{lv}: CER {cb / c['chars']:.4f} -> {ca / c['chars']:.4f} "
          f"({cb} -> {ca} char errors in {c['chars']}; {pct(cb - ca, cb).strip()} repaired); "
          f"{c['changed']} tokens changed by fix-ocr")
    print(f"  {'class':11s} {'tokens':>7s} {'err before':>10s} {'rate':>7s} {'err after':>9s} "
          f"{'rate':>7s} {'repaired':>8s} {'% rep':>6s} {'false':>5s}")
    rows = list(CLASSES) + ["id+num+name", "total"]
    for r in rows:
        ks = {"id+num+name": CLASSES[:3], "total": CLASSES}.get(r, (r,))
        t = sum(c[k + ":tokens"] for k in ks)
        b = sum(c[k + ":before"] for k in ks)
        a = sum(c[k + ":after"] for k in ks)
        rep = sum(c[k + ":repaired"] for k in ks)
        br = sum(c[k + ":broken"] for k in ks)
        print(f"  {r:11s} {t:7d} {b:10d} {pct(b, t):>7s} {a:9d} {pct(a, t):>7s} "
              f"{rep:8d} {pct(rep, b):>6s} {br:5d}")
if len(sys.argv) > 2 and sys.argv[2]:
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("level\tclass\ttruth\tocr\tcorrected\tscan\n")
        for e in errs_out:
            out.write("\t".join(e) + "\n")
PY
