# A private PostgreSQL cluster in a folder of the repository (e.g. .data/pg), on its own port,
# listening on 127.0.0.1 only, password-protected. Shared by run.sh and the benchmark scripts.
# Source, do not run. Needs the Debian 'postgresql' package (ensure_packages postgresql).
# shellcheck shell=bash

# Directory with initdb/pg_ctl/psql of the newest installed PostgreSQL.
pg_bin_dir() {
  local dir
  dir=$( (ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true) | sort -V | tail -n 1)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "error: PostgreSQL server binaries not found under /usr/lib/postgresql (install 'postgresql')." >&2
    return 1
  fi
  echo "$dir"
}

# initdb refuses to run as root: as root, the cluster belongs to the 'postgres' system user.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_new_password() {
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'
}

# pg_init DATA_DIR PASSWORD_FILE: creates the cluster once; the superuser password is written
# to PASSWORD_FILE (mode 600) on creation.
pg_init() {
  local data=$1 password_file=$2 bin password pwfile
  [ -f "$data/PG_VERSION" ] && return 0
  bin=$(pg_bin_dir)
  mkdir -p "$data"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$data"
    if ! runuser -u postgres -- test -w "$data"; then
      echo "error: the postgres user cannot reach $data (a parent folder is private, e.g. /root)." >&2
      echo "       Clone the repository somewhere world-traversable (e.g. /srv or /opt), or chmod o+x its parents." >&2
      return 1
    fi
  fi
  chmod 700 "$data"
  password=$(pg_new_password)
  pwfile=$(mktemp)
  printf '%s\n' "$password" >"$pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pwfile"
  pg_as_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  (umask 077 && printf '%s\n' "$password" >"$password_file")
}

pg_running() {
  local data=$1 bin
  bin=$(pg_bin_dir)
  pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pg_start DATA_DIR PORT: starts the cluster (TCP on 127.0.0.1 only, no Unix socket).
pg_start() {
  local data=$1 port=$2 bin
  bin=$(pg_bin_dir)
  pg_running "$data" && return 0
  if port_in_use "$port"; then
    echo "error: port $port is taken by another program; choose another with MSIX_PG_PORT." >&2
    return 1
  fi
  pg_as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null
}

pg_stop() {
  local data=$1 bin
  bin=$(pg_bin_dir)
  pg_running "$data" || return 0
  pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
}

# pg_psql PORT PASSWORD_FILE SQL: runs SQL as the superuser against the 'postgres' database.
pg_psql() {
  local port=$1 password_file=$2 sql=$3 bin
  bin=$(pg_bin_dir)
  PGPASSWORD=$(cat "$password_file") "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -qtAc "$sql"
}

# pg_ensure_database PORT PASSWORD_FILE NAME
pg_ensure_database() {
  local port=$1 password_file=$2 name=$3
  if [ -z "$(pg_psql "$port" "$password_file" "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
    pg_psql "$port" "$password_file" "CREATE DATABASE \"$name\""
  fi
}

# pg_ensure_login_role PORT PASSWORD_FILE ROLE ROLE_PASSWORD_FILE: a login role (no superuser, owns
# nothing) for the application; its password is made once and kept in ROLE_PASSWORD_FILE.
pg_ensure_login_role() {
  local port=$1 password_file=$2 role=$3 role_password_file=$4
  [ -f "$role_password_file" ] || (umask 077 && pg_new_password >"$role_password_file")
  if [ -z "$(pg_psql "$port" "$password_file" "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
    pg_psql "$port" "$password_file" "CREATE ROLE \"$role\" LOGIN PASSWORD '$(cat "$role_password_file")'"
  fi
}

# pg_connection_string PORT PASSWORD_FILE DATABASE [USER]: an Npgsql connection string.
pg_connection_string() {
  echo "Host=127.0.0.1;Port=$1;Database=$3;Username=${4:-postgres};Password=$(cat "$2")"
}
