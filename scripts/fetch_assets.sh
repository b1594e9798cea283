#!/usr/bin/env bash
# Fetch the browser assets the offline map needs from the npm registry into
# layers/static/vendor/ (git-ignored). Run once at set-up; needs `npm` (Debian package).
# Usage: scripts/fetch_assets.sh [DEST]   (default: layers/static/vendor next to this repo)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$here/layers/static/vendor}"
# name@version and the folder inside the package to keep
packages=(
  "leaflet@1.9.4 dist"
)

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch_assets: npm not found; install it (apt-get install npm)" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$dest"
for entry in "${packages[@]}"; do
  spec="${entry%% *}"
  sub="${entry#* }"
  name="${spec%@*}"
  if [[ -f "$dest/$name/.version" && "$(cat "$dest/$name/.version")" == "$spec" ]]; then
    echo "fetch_assets: $spec already in $dest/$name"
    continue
  fi
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null 2>"$tmp/npm.log") || {
    cat "$tmp/npm.log" >&2
    echo "fetch_assets: npm pack $spec failed" >&2
    exit 1
  }
  tarball="$(ls "$tmp"/*.tgz | head -n1)"
  mkdir -p "$tmp/x"
  tar -xzf "$tarball" -C "$tmp/x"
  rm -rf "${dest:?}/$name"
  mkdir -p "$dest/$name"
  cp -r "$tmp/x/package/$sub/." "$dest/$name/"
  cp "$tmp/x/package/LICENSE" "$dest/$name/" 2>/dev/null || true
  echo "$spec" > "$dest/$name/.version"
  rm -rf "$tmp/x" "$tarball"
  echo "fetch_assets: $spec -> $dest/$name"
done
