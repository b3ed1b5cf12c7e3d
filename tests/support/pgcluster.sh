#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests.
#
#   pgcluster.sh start DIR   initdb (once) and start a server; writes its URL to DIR/url
#   pgcluster.sh stop DIR    stop it at once and delete its data
#   pgcluster.sh status DIR  exit 0 when it runs
#
# The server listens on a free TCP port of 127.0.0.1 and on a unix socket in DIR, authenticates
# with scram-sha-256 and a generated password, and trades durability for speed (fsync,
# synchronous_commit and full_page_writes off): its data is thrown away by `stop`.
# The URL is postgresql://ft:PASSWORD@127.0.0.1:PORT/postgres; the superuser is `ft`.
#
# initdb refuses to run as root: as root, DIR is given to the `postgres` user and the server runs
# as that user through runuser. Both commands are idempotent. With FT_TEST_PG_URL set, the tests
# use that server instead and this script does nothing.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop|status DIR" >&2
    exit 2
}
[[ $# -eq 2 ]] || usage
command=$1
dir=$2
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

if [[ -n "${FT_TEST_PG_URL:-}" ]]; then
    echo "pgcluster: FT_TEST_PG_URL is set; the tests use that server, nothing to $command"
    exit 0
fi

# The newest installed server's binaries (Debian keeps them out of PATH).
bindir=""
for candidate in ${FT_PG_BINDIR:-} $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
        bindir=$candidate
        break
    fi
done
if [[ -z "$bindir" ]] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    bindir=$(dirname "$(command -v initdb)")
fi
if [[ -z "$bindir" ]]; then
    echo "pgcluster: no PostgreSQL server found (initdb, pg_ctl); install the Debian package" \
         "'postgresql' (scripts/install-deps.sh --test)" >&2
    exit 1
fi

as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
    as_server_user=(runuser -u postgres --)
fi
run() { "${as_server_user[@]}" "$@"; }

# Where the cluster lives: DIR/data, unless the server user cannot reach DIR (a parent folder
# closed to others); then a private folder in /tmp, named in DIR/datadir.
datadir_file="$dir/datadir"
current_datadir() {
    if [[ -f "$datadir_file" ]]; then cat "$datadir_file"; else echo "$dir/data"; fi
}

is_running() {
    local data
    data=$(current_datadir)
    [[ -f "$data/postmaster.pid" ]] && run "$bindir/pg_ctl" status -D "$data" >/dev/null 2>&1
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop() {
    local data
    data=$(current_datadir)
    if [[ -f "$data/postmaster.pid" ]]; then
        run "$bindir/pg_ctl" stop -D "$data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    fi
    if [[ -f "$dir/tmpdirs" ]]; then
        xargs -r rm -rf <"$dir/tmpdirs"
    fi
    rm -rf "$data" "$dir/data" "$dir/url" "$datadir_file" "$dir/tmpdirs" "$dir"/.s.PGSQL.*
    echo "pgcluster: stopped"
}

start() {
    if is_running && [[ -s "$dir/url" ]]; then
        echo "pgcluster: already running: $(sed 's/:[^:@]*@/:***@/' "$dir/url")"
        return 0
    fi
    stop >/dev/null

    local data=$dir/data socketdir=$dir logfile=$dir/server.log
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            socketdir=$(mktemp -d /tmp/ft-pgtest.XXXXXX)
            echo "$socketdir" >>"$dir/tmpdirs"
            chown postgres: "$socketdir"
            data=$socketdir/data
            logfile=$socketdir/server.log
            echo "$data" >"$datadir_file"
        fi
    fi
    # A unix socket path is limited to 107 bytes.
    if (( ${#socketdir} > 80 )); then
        socketdir=$(mktemp -d /tmp/ft-pgsock.XXXXXX)
        echo "$socketdir" >>"$dir/tmpdirs"
        [[ $(id -u) -eq 0 ]] && chown postgres: "$socketdir"
    fi

    local password
    password=$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$password" >"$pwfile"
    chmod 0644 "$pwfile"
    if ! run "$bindir/initdb" -D "$data" -U ft --pwfile="$pwfile" --auth=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        rm -f "$pwfile"
        echo "pgcluster: initdb failed:" >&2
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    rm -f "$pwfile"
    run tee -a "$data/postgresql.conf" >/dev/null <<EOF

# pgcluster.sh: a throwaway test server
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socketdir'
max_connections = 50
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 128MB
wal_level = minimal
max_wal_senders = 0
logging_collector = off
log_min_messages = warning
EOF

    local attempt port
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + RANDOM % 40000 ))
        port_in_use "$port" && continue
        if run "$bindir/pg_ctl" start -D "$data" -o "-p $port" -l "$logfile" -w -t 60 \
                >/dev/null 2>&1; then
            local url="postgresql://ft:$password@127.0.0.1:$port/postgres"
            (umask 077; printf '%s\n' "$url" >"$dir/url")
            echo "pgcluster: started on 127.0.0.1:$port (data in $data)"
            return 0
        fi
        # Most likely the port was taken meanwhile: try another one.
        echo "pgcluster: start on port $port failed (attempt $attempt)" >&2
    done
    echo "pgcluster: the server did not start; its log:" >&2
    cat "$logfile" >&2 || true
    exit 1
}

case "$command" in
start) start ;;
stop) stop ;;
status) if is_running; then echo "pgcluster: running"; else echo "pgcluster: stopped"; exit 1; fi ;;
*) usage ;;
esac
