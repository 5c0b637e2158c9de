#!/usr/bin/env bash
# Build the Linux bundle: PyInstaller one-folder build packed as a .tar.gz with a .desktop file,
# then run the smoke test of the frozen program. Usage: installer/build-linux.sh [--no-smoke]
# Output: dist/attt-desk-VERSION-linux-ARCH.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
  -r installer/requirements-build.txt -c constraints.txt
version=$(.venv/bin/python -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
arch=$(uname -m)
rm -rf build/attt-desk dist/attt-desk
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist installer/attt-desk.spec
cp installer/linux/attt-desk.desktop installer/linux/attt-desk.png dist/attt-desk/
cp installer/linux/install.sh dist/attt-desk/
name="attt-desk-${version}-linux-${arch}"
tar -C dist -czf "dist/${name}.tar.gz" --transform "s,^attt-desk,${name}," attt-desk
echo "dist/${name}.tar.gz"
if [ "${1:-}" != "--no-smoke" ]; then
  .venv/bin/python installer/smoke_test.py "dist/${name}.tar.gz"
fi
