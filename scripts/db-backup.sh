#!/usr/bin/env bash
# Backup and restore of the portal's database on a single machine (security.md 37), with
# pg_dump/pg_restore in PostgreSQL's custom format (compressed, restorable table by table).
#
#   scripts/db-backup.sh backup FILE     dumps the database $PGDATABASE to FILE
#   scripts/db-backup.sh restore FILE    restores FILE into $PGDATABASE, which must exist and be empty
#
# Connection: the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass, PGDATABASE),
# as the schema owner or a superuser. The restore runs in one transaction: all or nothing.
# What else a restore needs:
#   - the roles, which live in the cluster, not the database: on a fresh cluster create the owner
#     and the app role (msix_app) first (e.g. pg_dumpall --roles-only on the old one); then run
#     `MsixPortal migrate`, which re-grants the app role (audit trail append-only);
#   - the same Data Protection key-encryption certificate (DataProtection__CertificatePath): the key
#     ring is in the dump (data_protection_keys) but encrypted with it, and the authenticator keys
#     and cookies depend on that ring.
# Point-in-time recovery (base backup + WAL archiving, pgBackRest) belongs to the scale-out setup.
# Proved by tests/MsixPortal.Tests/Operations/BackupRestoreTests.
set -euo pipefail

usage() { echo "usage: $0 backup|restore FILE (connection from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE)" >&2; exit 2; }
[ $# -eq 2 ] || usage
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the portal database}"

# Client tools no older than the server: PG_BIN, else the newest Debian install, else PATH.
bin=${PG_BIN:-$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1)}
tool() { if [ -n "$bin" ] && [ -x "$bin/$1" ]; then echo "$bin/$1"; else command -v "$1"; fi; }

case $1 in
  backup)
    "$(tool pg_dump)" --format=custom --compress=6 --no-password --file "$2"
    echo "Backed up $PGDATABASE to $2 ($(stat -c %s "$2") bytes)."
    ;;
  restore)
    "$(tool pg_restore)" --exit-on-error --single-transaction --no-password --dbname "$PGDATABASE" "$2"
    echo "Restored $2 into $PGDATABASE."
    ;;
  *) usage ;;
esac
