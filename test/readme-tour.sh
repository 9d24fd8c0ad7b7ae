#!/usr/bin/env bash
# The README followed as a new user follows it: a fresh clone, the quick
# start's install step (into a prefix of our own, not the machine's), then
# every command of "A tour of the CLI", line by line, as written. And the
# tarball `npm pack` makes, installed into another prefix, runs.
# Run by .ci/run after the tests; needs git, npm (its cache serves the
# dependencies) and the current commit.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
npm_flags=(--no-audit --no-fund --prefer-offline)

step() { printf '\n== %s\n' "$*"; }

step "fresh clone of $(git -C "$repo" rev-parse --short HEAD)"
git clone -q "$repo" "$work/clone"
cd "$work/clone"

step "quick start: npm ci && npm install -g ."
export npm_config_prefix="$work/global"
npm ci "${npm_flags[@]}" >/dev/null
npm install -g . "${npm_flags[@]}" >/dev/null
export PATH="$work/global/bin:$PATH"
version=$(node -p 'require("./package.json").version')
[ "$(cd "$work" && albatross-ca --version)" = "$version" ]

step "npm pack, installed into a temporary prefix"
tarball=$(npm pack --silent --ignore-scripts)
npm install -g --prefix "$work/packed" "./$tarball" "${npm_flags[@]}" >/dev/null
[ "$("$work/packed/bin/albatross-ca" --version)" = "$version" ]
[ "$("$work/packed/bin/albatross-ca" decode --kind extension --hex 300c020105a007a205a103020114)" = "console subscribe number 20" ]

step "the tour's folder: web.hvt (a Solo5 image with a net device service) and albatross.dump (2.7.2's)"
mkdir "$work/tour"
cd "$work/tour"
node --input-type=module -e "
import fs from 'node:fs';
import { buildSolo5Image } from '$work/clone/dist/src/solo5/index.js';
fs.writeFileSync('web.hvt', buildSolo5Image({ target: 'hvt', devices: [{ name: 'service', type: 'net' }] }));
const state = JSON.parse(fs.readFileSync('$work/clone/test/vectors/2.7/state.json', 'utf8'));
fs.writeFileSync('albatross.dump', Buffer.from(state.cases.find((c) => c.id === 'state27-full').der_hex, 'hex'));
"
awk '/^## A tour of the CLI/ { tour = 1; next } /^## / { tour = 0 }
     tour && /^```sh/ { code = 1; next } tour && /^```/ { code = 0; next }
     tour && code' "$work/clone/README.md" > tour.sh
[ "$(grep -c '^albatross-ca\|| albatross-ca' tour.sh)" -ge 15 ]

step "the tour, line by line"
mapfile -t lines < tour.sh
for ((i = 0; i < ${#lines[@]}; i++)); do
  line=${lines[i]}
  case "$line" in '' | '#'*) continue ;; esac
  expected=""   # a command followed by "# error: ..." must fail with that message
  case "${lines[i + 1]:-}" in '# error: '*) expected=${lines[i + 1]#\# } ;; esac
  printf '$ %s\n' "$line"
  if bash -euo pipefail -c "$line" >"$work/out" 2>"$work/err"; then
    [ -z "$expected" ] || { echo "FAILED: exit 0, expected \"$expected\""; cat "$work/out"; exit 1; }
  else
    status=$?
    if [ -z "$expected" ]; then echo "FAILED (exit $status):"; cat "$work/out" "$work/err"; exit 1; fi
    grep -qF -- "$expected" "$work/err" || { echo "FAILED: expected \"$expected\", got:"; cat "$work/err"; exit 1; }
    cat "$work/err"
  fi
  head -c 300 "$work/out"; echo
done
echo "the README tour passed"
