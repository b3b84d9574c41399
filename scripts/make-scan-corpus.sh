#!/usr/bin/env bash
# Builds the scanned part of the regression corpus: renders labelled text,
# SGML and HTML filings from corpus/ into image-only scans with
# scripts/make-scans.sh, at two damage levels, each with a label file
# derived from the source sample's person-checked labels.
#
# Usage: scripts/make-scan-corpus.sh [-s SECX] [-j JOBS] [-n PAGES] OUT_DIR
#   -s  secx binary (default: $SECX, else build/secx); its hidden `secx text`
#       prints the primary document's text as the readers lay it out
#   -j  scans rendered at once (default: nproc)
#   -n  pages per scan (default 3: cover, body, and usually the signatures)
#
# Output, for each sample NAME and LEVEL (clean: 300 dpi PNG pages packed as
# an image-only PDF; degraded: 200 dpi, tilted, blurred, noisy JPEG pages
# packed as a multi-page TIFF):
#   OUT_DIR/NAME-LEVEL.{pdf,tif}                the scan
#   OUT_DIR/NAME-LEVEL.gt.txt                   the text exactly as on its pages
#   OUT_DIR/NAME-LEVEL.{pdf,tif}.expected.json  the label (corpus/README.md):
#     "kind": "scan", "reference_text" naming the .gt.txt (for CER), and
#     only those `fields` of the source label whose value is printed on the
#     rendered pages (signature fields only when after the signature
#     heading); header fields and records are not copied. "derived_from"
#     names the source sample relative to corpus/.
#   OUT_DIR/text/NAME.txt                       the text that was rendered
#
# Deterministic: make-scans.sh uses fixed seeds, so the same tree gives the
# same pixels. The scans are generated at test time (tests/golden/
# scan_golden_test.cc), not committed.
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)
secx=${SECX:-$root/build/secx}
jobs=$(nproc)
pages=3
while getopts "s:j:n:h" opt; do
  case $opt in
    s) secx=$OPTARG ;;
    j) jobs=$OPTARG ;;
    n) pages=$OPTARG ;;
    *) sed -n '2,28p' "$root/scripts/make-scan-corpus.sh"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { sed -n '2,28p' "$root/scripts/make-scan-corpus.sh"; exit 2; }
out=$1
# Paths given on the command line are relative to the caller's directory.
[[ $out == /* ]] || out=$caller/$out
[[ $secx == /* ]] || secx=$caller/$secx
[ -x "$secx" ] || { echo "make-scan-corpus: $secx is not an executable secx" >&2; exit 1; }
for tool in convert python3 img2pdf tiffcp; do
  command -v $tool >/dev/null || { echo "make-scan-corpus: $tool missing (run scripts/setup.sh)" >&2; exit 1; }
done

# Samples: path under corpus/, font. Monospaced type for the fixed-width
# text filings, the Form SD seed included (they were typed that way, and
# their cover columns line up only in a fixed-width font); proportional
# type for HTML filings. (Rendered in Liberation Serif, the Form SD's
# "Iidabashi" reads "lidabashi": Tesseract confuses a serif capital I with
# l, and no lexicon knows the word.) Every sample here is an 8-K except the
# Form SD seed.
samples=(
  "seeds/iij-form-sd-2015.txt mono"
  "sgml/1000685_8K_1997_0001000685-97-000006.txt mono"
  "sgml/104169_8K_1995_0000899243-95-000310.txt mono"
  "sgml/1002135_8K_1999_0000914760-99-000229.txt mono"
  "sgml/1000695_8K_2001_0000950117-01-500102.txt mono"
  "sgml/1001258_8K_2005_0001125282-05-004831.txt mono"
  "sgml/0000943374-24-000509.txt sans"
  "html/form8K.Blackrock.html serif"
  "html/1001250_8K_2012_0001104659-12-052648.htm sans"
  "html/1002047_8K_2021_0001193125-21-014704.htm serif"
  "html/1000180_8K_2011_0001193125-11-316242.htm sans"
  "html/1001039_8K_2014_0001001039-14-000258.htm serif"
)

# Writes the scan's label: the source label's `fields` that are printed on
# the rendered pages. A value counts as printed when its letters and digits
# appear, in order and case-folded, in the page text (so wrapped lines and
# punctuation do not matter); an ISO date when it appears as "May 27, 2016",
# "27 May 2016" or "5/27/16" and the like. Signature fields count only after
# the signature heading (or the first "/s/"), so a name quoted in a press
# release on page 2 does not stand in for a signature block on page 4.
derive_label() {  # source_label rel gt_text level font
  python3 - "$@" <<'PY'
import json, os, re, sys
label_path, rel, gt_path, level, font = sys.argv[1:6]
src = json.load(open(label_path, encoding="utf-8"))
text = re.sub(r"\s+", " ", open(gt_path, encoding="utf-8").read())

def alnum(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]

def date_printed(iso, hay):
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", iso)
    if not m:
        return False
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    full, abbr = MONTHS[mo - 1], MONTHS[mo - 1][:3]
    month = rf"(?:{full}|{abbr}\.?)"
    day = rf"0?{d}(?:st|nd|rd|th)?"
    year = rf"(?:{y}|'?{y % 100:02d})"
    pats = [rf"\b{month}\s*{day}\s*,?\s*{y}\b",
            rf"\b{day}\s+{month},?\s+{y}\b",
            rf"\b0?{mo}\s*[/.-]\s*0?{d}\s*[/.-]\s*{year}\b",
            # "from January 1 to December 31, 2015"
            rf"\b{month}\s*{day}\b[^.;]{{0,40}}?\b{y}\b"]
    return any(re.search(p, hay, re.I) for p in pats)

def printed(value, hay):
    if date_printed(value, hay):
        return True
    want = alnum(value)
    return bool(want) and want in alnum(hay)

# corpus/README.md: a title is left out when its lines have no joining
# word between them; the rendering may wrap a title the source had on one.
def wrapped_without_join(value, lines):
    want = alnum(value)
    if any(want in alnum(line) for line in lines):
        return False
    for a, b in zip(lines, lines[1:]):
        if want in alnum(a + " " + b) and want not in alnum(b):
            # "President and" / "Chief ..." joins; "Chairman," does not.
            return not re.search(r"(\band|\bof|\bfor|\bthe|&)$", a.rstrip(),
                                 re.I)
    return False

# Non-blank lines: a title may also run over a page break.
lines = [l for l in re.split(r"[\n\f]", open(gt_path, encoding="utf-8").read())
         if l.strip()]
sig = re.search(r"SIGNATURE|/s/", text, re.I)
after_sig = text[sig.start():] if sig else ""
kept, dropped = [], []
for f in src.get("fields", []):
    hay = after_sig if f["name"].startswith("signat") else text
    entry = {"name": f["name"], "value": f["value"]}
    if f.get("entity", 0):
        entry["entity"] = f["entity"]
    ok = printed(f["value"], hay)
    if ok and f["name"] == "signatory_title":
        ok = not wrapped_without_join(f["value"], lines)
    (kept if ok else dropped).append(entry)

base = os.path.basename(gt_path)
dpi = 300 if level == "clean" else 200
out = {
    "source": src.get("source", rel),
    "derived_from": rel,
    "form": src.get("form", ""),
    "year": src.get("year", 0),
    "kind": "scan",
    "labelled_by": f"derived from the person-checked labels of {rel}",
    "reference_text": base,
    "fields": kept,
    "notes": (f"Rendered by scripts/make-scan-corpus.sh: {font} type, "
              f"{level}, {dpi} dpi. Fields of the source label not printed "
              "on the rendered pages are left out: "
              + (", ".join(d["name"] for d in dropped) or "none") + "."),
}
json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
print()
PY
}

mkdir -p "$out/text" "$out/work"
out=$(cd "$out" && pwd)
: >"$out/work/jobs"
for entry in "${samples[@]}"; do
  read -r rel font <<<"$entry"
  src=$root/corpus/$rel
  name=$(basename "$rel"); name=${name%.*}
  # The primary document only, with trailing blanks dropped and runs of
  # blank lines folded to one, so the cover and signatures of a short 8-K
  # fit on the pages rendered.
  "$secx" text "$src" | sed 's/[ \t\r]*$//' | cat -s >"$out/text/$name.txt"
  echo "-o $out/work -f $font -l clean -k pdf -n $pages $out/text/$name.txt" >>"$out/work/jobs"
  echo "-o $out/work -f $font -l degraded -k tiff -n $pages $out/text/$name.txt" >>"$out/work/jobs"
done

# Rendering takes a few CPU seconds a page: skip it when the scans present
# were made from the same texts, labels and scripts.
labels=$(for e in "${samples[@]}"; do echo "corpus/${e%% *}.expected.json"; done)
stamp=$( (echo "pages=$pages"
  cat scripts/make-scan-corpus.sh scripts/make-scans.sh "$out"/text/*.txt $labels) |
  sha256sum | cut -d' ' -f1)
if [ -f "$out/STAMP" ] && [ "$(cat "$out/STAMP")" = "$stamp" ]; then
  rm -rf "$out/work"
  echo "make-scan-corpus: $out is up to date" >&2
  exit 0
fi
rm -f "$out/STAMP" "$out"/*.pdf "$out"/*.tif "$out"/*.gt.txt "$out"/*.expected.json
# One ImageMagick thread per render: the renders already run in parallel,
# and the noise is the same from run to run only on one thread.
export MAGICK_THREAD_LIMIT=1
xargs -P "$jobs" -L 1 bash "$root/scripts/make-scans.sh" <"$out/work/jobs" >/dev/null

for entry in "${samples[@]}"; do
  read -r rel font <<<"$entry"
  name=$(basename "$rel"); name=${name%.*}
  for level in clean degraded; do
    ext=pdf; [ $level = degraded ] && ext=tif
    mv "$out/work/$name-$font-$level.$ext" "$out/$name-$level.$ext"
    mv "$out/work/$name-$font-$level.gt.txt" "$out/$name-$level.gt.txt"
    derive_label "$root/corpus/$rel.expected.json" "$rel" \
      "$out/$name-$level.gt.txt" "$level" "$font" \
      >"$out/$name-$level.$ext.expected.json"
  done
done
rm -rf "$out/work"
echo "$stamp" >"$out/STAMP"
echo "make-scan-corpus: ${#samples[@]} samples x 2 levels in $out" >&2
