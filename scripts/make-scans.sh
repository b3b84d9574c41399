#!/usr/bin/env bash
# Renders text filings into realistic scanned pages for OCR tests and
# benchmarks: proportional or monospaced type, 150-300 dpi, and at the
# "degraded" level slight rotation, blur, noise and JPEG artefacts. Pages are
# packed as an image-only PDF (img2pdf) and a multi-page TIFF (tiffcp), with
# the text exactly as laid out on the pages next to them (NAME.gt.txt, pages
# separated by form feeds) for scripts/ocr-accuracy.sh.
#
# Usage: scripts/make-scans.sh [-o DIR] [-l clean|degraded|both]
#            [-f serif|sans|mono|all] [-d DPI] [-D DEGRADED_DPI] [-n MAX_PAGES]
#            [-k png|pdf|tiff|all]
#            FILE.txt...
# Output: DIR/BASE-FONT-LEVEL-pN.{png,jpg}, DIR/BASE-FONT-LEVEL.{pdf,tif},
#         DIR/BASE-FONT-LEVEL.gt.txt. Default DIR: ./scans.
# Needs: imagemagick, img2pdf, libtiff-tools, fonts-liberation, python3
# (scripts/setup.sh installs them). Deterministic: the same input gives the
# same pixels.
set -euo pipefail

out=scans
levels=both
fonts=all
dpi_clean=300
dpi_degraded=200
max_pages=3
kinds=all
while getopts "o:l:f:d:D:n:k:h" opt; do
  case $opt in
    o) out=$OPTARG ;;
    l) levels=$OPTARG ;;
    f) fonts=$OPTARG ;;
    d) dpi_clean=$OPTARG ;;
    D) dpi_degraded=$OPTARG ;;
    n) max_pages=$OPTARG ;;
    k) kinds=$OPTARG ;;
    *) sed -n '2,18p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { sed -n '2,18p' "$0"; exit 2; }
for tool in convert python3; do
  command -v $tool >/dev/null || { echo "make-scans: $tool missing (run scripts/setup.sh)" >&2; exit 1; }
done
mkdir -p "$out"

fontdir=/usr/share/fonts/truetype
font_file() {
  case $1 in
    serif) echo $fontdir/liberation/LiberationSerif-Regular.ttf ;;
    sans) echo $fontdir/dejavu/DejaVuSans.ttf ;;
    mono) echo $fontdir/liberation/LiberationMono-Regular.ttf ;;
  esac
}

# Lays TEXT out on letter pages at DPI and writes one ImageMagick MVG
# drawing per page plus the ground-truth text. Paragraphs are wrapped to the
# page width; tab-separated fields (the columns of a cover page) go to
# equal-width columns, as printed forms set them, wrapping inside their
# column when too wide for it.
layout() {  # text font_name font_file dpi prefix max_pages
  python3 - "$@" <<'PY'
import sys, textwrap
src, name, font, dpi, prefix, max_pages = sys.argv[1:7]
dpi, max_pages = int(dpi), int(max_pages)
text = open(src, encoding="utf-8", errors="replace").read()
text = text.replace("\r", "")
W, H = int(8.5 * dpi), int(11 * dpi)
margin = dpi  # one inch
px = round(10 * dpi / 72) if name != "mono" else round(9.5 * dpi / 72)
advance = {"mono": 0.60, "serif": 0.47, "sans": 0.55}[name]  # em per char
cols = int((W - 2 * margin) / (px * advance))
pitch = round(px * 1.25)
rows = (H - 2 * margin) // pitch

# A tab-separated row is a table row: n equal columns, each field starting
# at its column and spanning the empty cells after it (as an HTML cell with
# colspan would). A field too wide for its span wraps inside it, over as
# many rows as it needs, instead of running over the next column.
def table_rows(raw):
    cells = [c.strip() for c in raw.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    n = len(cells)
    colw = (W - 2 * margin) / n
    filled = [k for k, c in enumerate(cells) if c]
    wrapped = []
    for i, k in enumerate(filled):
        span = (filled[i + 1] if i + 1 < len(filled) else n) - k
        fit = max(4, int(span * colw / (px * advance)) - 1)  # one char gap
        wrapped.append((k, textwrap.wrap(cells[k], fit) or [""]))
    depth = max(len(w) for _, w in wrapped)
    return [("tabs", (n, [(k, w[r]) for k, w in wrapped if r < len(w)]))
            for r in range(depth)]

lines = []  # (kind, payload): ("text", str) | ("tabs", (n, [(col, str)])) | ("page", None)
for raw in text.split("\n"):
    if raw.strip().upper() == "<PAGE>" or "\f" in raw:
        lines.append(("page", None))
        raw = raw.replace("\f", "")
        if raw.strip().upper() == "<PAGE>":
            continue
    if "\t" in raw.strip("\t "):
        cells = [c.strip() for c in raw.split("\t") if c.strip()]
        if len(cells[0]) > 2 or len(cells) == 1:
            lines.extend(table_rows(raw))
            continue
        # "\u2610<TAB>Written communications ...": a check box or bullet
        # column is narrow; the row is a paragraph after its mark.
        raw = " ".join(cells)
    raw = raw.rstrip()
    if not raw:
        lines.append(("text", ""))
        continue
    indent = len(raw) - len(raw.lstrip(" "))
    for piece in textwrap.wrap(raw.strip(), max(10, cols - indent)) or [""]:
        lines.append(("text", " " * indent + piece))

def esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")

pages, cur = [], []
for kind, payload in lines:
    if kind == "page" or len(cur) >= rows:
        if cur:
            pages.append(cur)
        cur = []
        if kind == "page":
            continue
    if not cur and kind == "text" and payload == "":
        continue  # no blank line at the top of a page
    cur.append((kind, payload))
if cur:
    pages.append(cur)
pages = pages[:max_pages]

gt = []
for n, page in enumerate(pages, 1):
    mvg = [f"viewbox 0 0 {W} {H}", "fill white", f"rectangle 0,0 {W},{H}",
           "fill black", f"font '{font}'", f"font-size {px}"]
    truth = []
    for i, (kind, payload) in enumerate(page):
        y = margin + (i + 1) * pitch
        if kind == "tabs":
            ncols, fields = payload
            colw = (W - 2 * margin) / ncols
            for k, field in fields:
                mvg.append(f"text {round(margin + k * colw)},{y} '{esc(field)}'")
            truth.append(" ".join(field for _, field in fields))
        else:
            # Leading blanks keep their width in any font.
            stripped = payload.lstrip(" ")
            x = margin + round((len(payload) - len(stripped)) * px * advance)
            if stripped:
                mvg.append(f"text {x},{y} '{esc(stripped)}'")
            truth.append(payload)
    with open(f"{prefix}-p{n}.mvg", "w", encoding="utf-8") as f:
        f.write("\n".join(mvg) + "\n")
    gt.append("\n".join(truth) + "\n")
with open(f"{prefix}.gt.txt", "w", encoding="utf-8") as f:
    f.write("\f".join(gt))
print(len(pages))
PY
}

# Draws one page and applies the level's damage. Seeds are fixed so the
# output is reproducible.
render_page() {  # mvg level dpi out_image page_no
  local mvg=$1 level=$2 dpi=$3 img=$4 n=$5
  if [ "$level" = clean ]; then
    convert mvg:"$mvg" -colorspace Gray -depth 8 \
      -units PixelsPerInch -density "$dpi" "$img"
  else
    # Alternate the tilt so a document is not uniformly skewed.
    local angle=0.8
    [ $((n % 2)) -eq 0 ] && angle=-0.6
    convert mvg:"$mvg" -colorspace Gray -seed $((1000 + n)) \
      -background white -rotate "$angle" -gravity center \
      -blur 0x0.7 -attenuate 0.35 +noise Gaussian \
      -level 8%,92% -depth 8 -quality 55 \
      -units PixelsPerInch -density "$dpi" "$img"
  fi
}

level_list=$levels; [ "$levels" = both ] && level_list="clean degraded"
font_list=$fonts; [ "$fonts" = all ] && font_list="serif sans mono"

for src in "$@"; do
  base=$(basename "$src"); base=${base%.*}
  for font in $font_list; do
    for level in $level_list; do
      dpi=$dpi_clean; ext=png
      [ "$level" = degraded ] && { dpi=$dpi_degraded; ext=jpg; }
      name="$out/$base-$font-$level"
      npages=$(layout "$src" "$font" "$(font_file "$font")" "$dpi" "$name" "$max_pages")
      images=()
      for n in $(seq 1 "$npages"); do
        render_page "$name-p$n.mvg" "$level" "$dpi" "$name-p$n.$ext" "$n"
        rm -f "$name-p$n.mvg"
        images+=("$name-p$n.$ext")
      done
      if [[ $kinds == all || $kinds == pdf ]] && command -v img2pdf >/dev/null; then
        img2pdf -o "$name.pdf" "${images[@]}"
      fi
      if [[ $kinds == all || $kinds == tiff ]] && command -v tiffcp >/dev/null; then
        tifs=()
        for img in "${images[@]}"; do
          convert "$img" -compress lzw "${img%.*}.tif"
          tifs+=("${img%.*}.tif")
        done
        tiffcp -c lzw "${tifs[@]}" "$name.tif"
        rm -f "${tifs[@]}"
      fi
      if [[ $kinds == pdf || $kinds == tiff ]]; then rm -f "${images[@]}"; fi
      echo "make-scans: $name ($npages pages, $dpi dpi, $font, $level)"
    done
  done
done
