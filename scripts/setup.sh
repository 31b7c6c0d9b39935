#!/usr/bin/env bash
# Installs what Dyad needs (Debian packages, only those missing), builds the release
# preset and runs Dyad on the bundled example articles. Safe to run again.
#
#   scripts/setup.sh            install + build + run the examples
#   scripts/setup.sh --build    install + build only (used by scripts/test.sh)
#   scripts/setup.sh --fuzz     also install clang's fuzzer runtime and build the fuzz preset
set -euo pipefail
cd "$(dirname "$0")/.."

mode=run
for arg in "$@"; do
  case "$arg" in
    --build) mode=build ;;
    --fuzz) mode=fuzz ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

packages=(
  g++ cmake ninja-build pkg-config
  zlib1g-dev libsimdjson-dev libgumbo-dev libutf8proc-dev libxxhash-dev libcli11-dev libsqlite3-dev libpugixml-dev
  libgtest-dev libgmock-dev libbenchmark-dev sqlite3
)
[ "$mode" = fuzz ] && packages+=(clang libclang-rt-14-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs=$(nproc 2>/dev/null || echo 2)
echo "==> building (release preset, $jobs jobs)"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"

if [ "$mode" = fuzz ]; then
  echo "==> building the fuzz targets (build/fuzz/fuzz/)"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs"
  exit 0
fi
[ "$mode" = build ] && exit 0

echo
echo "==> dyad analyze examples/ --format text   (the sentences of the bundled articles)"
./build/release/dyad analyze examples/ --format text
echo
echo "==> dyad ingest examples/ --db build/examples.db   (code them into an event store)"
./build/release/dyad ingest examples/ --db build/examples.db
echo
echo "==> dyad events --db build/examples.db --format tsv --header   (the first events)"
./build/release/dyad events --db build/examples.db --format tsv --header --limit 8 | cut -f 3-9,11-13
cat <<'NEXT'

Try next:
  build/release/dyad code examples/valdoria-ostrava-water-2025-03-04.txt     # events as JSON Lines
  build/release/dyad analyze examples/harbour-strike-2025-05-20.html --format conllu
  build/release/dyad stats --db build/examples.db --by day --root            # a time series (CSV)
  build/release/dyad --help                                                  # every subcommand
  scripts/test.sh                                                            # the test suite
NEXT
