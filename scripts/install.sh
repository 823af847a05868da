#!/usr/bin/env bash
# Install everything docverify needs on Debian/Ubuntu: system packages (tesseract with
# French, English and orientation data, poppler, fonts used to render the samples), then
# a virtual environment in .venv with the package and its development tools. Chromium and
# its driver are for the browser tests of `docverify serve` and the HTML report.
# Idempotent: a second run with nothing to do takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd
  tesseract-ocr-deu tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-ita
  tesseract-ocr-ukr tesseract-ocr-rus tesseract-ocr-ara
  libgl1 libglib2.0-0 poppler-utils
  chromium chromium-driver
  fonts-dejavu-core fonts-liberation fonts-ocr-b fonts-dancingscript
  fonts-breip fonts-dkg-handwriting fonts-kaushanscript fonts-hosny-amiri
  python3 python3-venv python3-pip
  libtesseract-dev libleptonica-dev g++ pkg-config python3-dev
)

# `install.sh --blind`: the fonts the blind sets' generators draw with (tests/blind/*),
# so that bench/blind_bench.py renders them as they were measured
if [ "${1:-}" = "--blind" ]; then
  APT_PACKAGES+=(
    fonts-roboto fonts-crosextra-carlito fonts-crosextra-caladea fonts-lato fonts-open-sans
    fonts-freefont-ttf fonts-wqy-zenhei fonts-wqy-microhei fonts-femkeklaver
    fonts-ecolier-court fonts-rufscript fonts-humor-sans fonts-comic-neue fonts-urw-base35
  )
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing system packages: ${missing[*]}" >&2
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "docverify needs Python 3.11 or newer; $("$PYTHON" --version) found" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
stamp=.venv/.docverify-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # tesserocr is built against the system's libtesseract (the wheel bundles another
  # tesseract version): the in-process engine then reads exactly as the tesseract program
  # constraints.txt: the versions the suite was last run with, so that a fresh machine
  # installs what was tested (a newer OpenCV renders the samples differently)
  .venv/bin/python -m pip install -q --no-binary tesserocr -c constraints.txt -e '.[dev]'
  touch "$stamp"
fi
