#!/usr/bin/env bash
# Installs every build and run-time dependency from Debian (idempotent).
# Run as root or with sudo available.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git  # g++ brings libasan, libubsan
  libre2-dev libsqlite3-dev sqlite3
  catch2
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng
  libjpeg-dev  # JPEG decoded by secx itself, its messages kept as notes
  libxml2-dev nlohmann-json3-dev libcli11-dev libssl-dev libarchive-dev
  libpoppler-cpp-dev poppler-utils
  libzstd-dev libcpp-httplib-dev curl  # stored texts; secx serve; serve-check.sh
  libphonenumber-dev libicu-dev  # numbering-plan check of OCR'd telephone numbers
  wamerican wamerican-large wbritish time python3 python3-pil
  imagemagick libtiff-tools img2pdf fonts-liberation fonts-dejavu-core qpdf
  clang libclang-rt-14-dev  # libFuzzer targets (scripts/fuzz.sh)
  slurm-wlm munge           # the one-node Slurm test (scripts/slurm/)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
