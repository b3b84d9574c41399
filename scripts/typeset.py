#!/usr/bin/python3
"""Typesets a text filing as a word processor prints it, for scanned-page
tests: a proportional font at a point size, each TAB moving to the next tab
stop (every half inch by default, as word processors set them), and long
lines wrapped at the right margin by the font's own glyph widths. Nothing is
put in columns: a row of values and the row of captions under it only line
up where the typist's tabs happen to make them. Pages are US letter with
one-inch margins; the output is one grey PNG per page plus the text exactly
as printed (NAME.gt.txt, pages separated by form feeds).

Usage: scripts/typeset.py [--font serif|sans|mono] [--size PT] [--dpi DPI]
           [--tab INCHES] [--pages N] [--noise] TEXT_FILE OUT_PREFIX
Writes OUT_PREFIX-p1.png, OUT_PREFIX-p2.png, ... and OUT_PREFIX.gt.txt, and
prints the number of pages. Needs Debian's python3-pil and fonts-liberation
(scripts/setup.sh installs them). Deterministic: the same input gives the
same pixels.
"""
import argparse
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--font", default="serif", choices=sorted(FONTS))
    ap.add_argument("--size", type=float, default=11.0, help="points")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--tab", type=float, default=0.5, help="tab stop, inches")
    ap.add_argument("--pages", type=int, default=3, help="at most this many")
    ap.add_argument("--noise", action="store_true",
                    help="slight blur and speckle, as a photocopy")
    ap.add_argument("text")
    ap.add_argument("prefix")
    a = ap.parse_args()

    dpi = a.dpi
    width, height = int(8.5 * dpi), int(11 * dpi)
    margin = dpi
    right = width - margin
    px = round(a.size * dpi / 72)
    font = ImageFont.truetype(FONTS[a.font], px)
    pitch = round(px * 1.2)
    rows = (height - 2 * margin) // pitch
    stop = a.tab * dpi

    def w(s):
        return font.getlength(s)

    # Each printed row is a list of (x, text) runs.
    rows_out = []
    text = open(a.text, encoding="utf-8", errors="replace").read()
    for raw in text.replace("\r", "").split("\n"):
        if "\f" in raw or raw.strip().upper() == "<PAGE>":
            rows_out.append(None)  # page break
            raw = raw.replace("\f", "")
            if raw.strip().upper() == "<PAGE>":
                continue
        raw = raw.rstrip()
        if not raw.strip():
            rows_out.append([])
            continue
        # Leading blanks and tabs indent the first row only.
        x = margin
        i = 0
        while i < len(raw) and raw[i] in " \t":
            x = (margin + (int((x - margin) / stop) + 1) * stop
                 if raw[i] == "\t" else x + w(" "))
            i += 1
        row, run, run_x = [], "", x
        for piece in _tokens(raw[i:]):
            if piece == "\t":
                if run:
                    row.append((run_x, run))
                    x = run_x + w(run)
                    run = ""
                x = margin + (int((x - margin) / stop) + 1) * stop
                if x >= right:  # past the last stop: a new row
                    rows_out.append(row)
                    row, x = [], margin
                run_x = x
                continue
            candidate = run + piece
            if run_x + w(candidate.rstrip()) > right and run.strip():
                row.append((run_x, run.rstrip()))
                rows_out.append(row)
                row, run, run_x = [], piece.lstrip(), margin
            else:
                run = candidate
        if run.strip():
            row.append((run_x, run.rstrip()))
        rows_out.append(row)

    pages, cur = [], []
    for row in rows_out:
        if row is None or len(cur) >= rows:
            if cur:
                pages.append(cur)
            cur = []
            if row is None:
                continue
        if not cur and not row:
            continue
        cur.append(row)
    if cur:
        pages.append(cur)
    pages = pages[: a.pages]

    rng = random.Random(1)
    truth = []
    for n, page in enumerate(pages, 1):
        img = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(img)
        lines = []
        for i, row in enumerate(page):
            y = margin + i * pitch
            for x, s in row:
                draw.text((round(x), y), s, font=font, fill=0)
            lines.append("\t".join(s for _, s in row))
        if a.noise:
            img = img.filter(ImageFilter.GaussianBlur(0.6))
            pix = img.load()
            for _ in range(width * height // 400):
                px_x, px_y = rng.randrange(width), rng.randrange(height)
                pix[px_x, px_y] = rng.choice((0, 96, 160))
        img.save(f"{a.prefix}-p{n}.png", dpi=(dpi, dpi))
        truth.append("\n".join(lines) + "\n")
    with open(f"{a.prefix}.gt.txt", "w", encoding="utf-8") as f:
        f.write("\f".join(truth))
    print(len(pages))


def _tokens(s):
    """Words with their trailing blanks, and each TAB on its own."""
    out, cur = [], ""
    for ch in s:
        if ch == "\t":
            if cur:
                out.append(cur)
            out.append("\t")
            cur = ""
        elif ch == " ":
            cur += ch
        else:
            if cur.endswith(" "):
                out.append(cur)
                cur = ""
            cur += ch
    if cur:
        out.append(cur)
    return out


if __name__ == "__main__":
    main()
