# Shared helpers for the scripts: privileges and Debian packages. Source, do not run.
# shellcheck shell=bash

# Runs a command as root: directly when root, through sudo otherwise, else explains and fails.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: '$*' needs root. Run this script as root or install and configure sudo." >&2
    return 1
  fi
}

package_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Installs the named Debian packages that are missing (apt-get update first, only if needed).
ensure_packages() {
  local missing=() package
  for package in "$@"; do
    package_installed "$package" || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing packages ${missing[*]} and no apt-get to install them (Debian 12 expected)." >&2
    return 1
  fi
  echo "Installing ${missing[*]} ..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Node.js and npm restore the U.S. Web Design System during the build. Debian's packages are
# used only when no node/npm is on PATH (a NodeSource node already brings npm).
ensure_node() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    return 0
  fi
  ensure_packages nodejs npm
  node --version >/dev/null
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: the .NET 10 SDK is required (dotnet on PATH)." >&2
    return 1
  fi
}
