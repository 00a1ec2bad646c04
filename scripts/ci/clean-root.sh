#!/bin/sh
# Runs a command in a fresh Debian 12 root that holds only what a new machine has: mmdebstrap's minbase plus
# a compiler toolchain, git and python3. The working tree (tracked and untracked files, not ignored ones) is
# copied to /src/quotadeck inside it, so anything the project's own scripts do not install is missing there.
#
#   scripts/ci/clean-root.sh [--keep] [--] COMMAND [ARGS...]     e.g. scripts/ci/clean-root.sh ./scripts/test.sh
#
# --keep leaves the root behind and prints where (to look at screenshots or build logs afterwards).
# Runs as root: the root is entered with unshare (own mount, PID, IPC and UTS namespaces) and pivot_root, not
# chroot, because a chrooted process may not create the user namespaces some tests make. /proc, a minimal
# /dev, /sys and a tmpfs /tmp are mounted; the host's network is shared (apt needs it).
#
# Cached in $QUOTADECK_CI_CACHE (default /var/tmp/quotadeck-ci), none of which can hide a missing step:
#   the bare root's tarball (rebuilt after 7 days or when its package list changes), Debian's downloaded
#   .deb archives (hard-linked in and out, so roots running side by side never share apt's lock), ccache.
set -eu

keep=0
while [ $# -gt 0 ]; do
    case $1 in
        --keep) keep=1; shift ;;
        --) shift; break ;;
        -*) echo "clean-root.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: scripts/ci/clean-root.sh [--keep] [--] COMMAND [ARGS...]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "clean-root.sh: run as root (it mounts and pivots into the root)" >&2; exit 1; }

src=$(cd "$(dirname "$0")/../.." && pwd)
cache=${QUOTADECK_CI_CACHE:-/var/tmp/quotadeck-ci}
suite=bookworm
include=g++,make,git,python3,ca-certificates,ccache
tarball=$cache/$suite-minbase-$(printf %s "$include" | cksum | cut -d' ' -f1).tar
mkdir -p "$cache/apt-archives" "$cache/ccache" "$cache/roots"

if ! command -v mmdebstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi

# The bare root, made once a week (one maker at a time; a run that waits reuses what the other made).
(
    flock 9
    if [ ! -f "$tarball" ] || [ ! -s "$tarball" ] || [ -n "$(find "$tarball" -mtime +7)" ]; then
        echo "clean-root: making the bare $suite root ($include)" >&2
        # --format: mmdebstrap guesses the format from the name, and "*.tar.new" would make a directory.
        rm -rf "$tarball" "$tarball.new"
        mmdebstrap --quiet --format=tar --variant=minbase --include="$include" "$suite" "$tarball.new" \
            "deb http://deb.debian.org/debian $suite main" \
            "deb http://deb.debian.org/debian $suite-updates main" \
            "deb http://deb.debian.org/debian-security $suite-security main" >&2
        mv "$tarball.new" "$tarball"
    fi
) 9>"$cache/tarball.lock"

root=$(mktemp -d "$cache/roots/root.XXXXXX")
cleanup() {
    status=$?
    # Keep what apt downloaded for the next run (new files only; never overwrite what another run keeps).
    if [ -d "$root/var/cache/apt/archives" ]; then
        find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec cp -n -l {} "$cache/apt-archives/" \; \
            2>/dev/null || true
    fi
    if [ "$keep" -eq 1 ]; then
        echo "clean-root: kept the root at $root" >&2
    else
        rm -rf "$root"
    fi
    exit "$status"
}
trap cleanup EXIT INT TERM
tar -xf "$tarball" -C "$root"
mkdir -p "$root/src/quotadeck" "$root/var/cache/apt/archives/partial" "$root/var/cache/ccache"
find "$cache/apt-archives" -maxdepth 1 -name '*.deb' -exec cp -l {} "$root/var/cache/apt/archives/" \;
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
# The working tree as a fresh clone would have it, with its history (some tools read git).
# shellcheck disable=SC2016 # expanded by the inner shell
(cd "$src" && git ls-files -z --cached --others --exclude-standard \
    | xargs -0 sh -c 'for f; do if [ -e "$f" ] || [ -L "$f" ]; then printf "%s\0" "$f"; fi; done' files \
    | tar --null -T - -cf -) | tar -xf - -C "$root/src/quotadeck"
cp -a "$src/.git" "$root/src/quotadeck/.git"

# Inside the new namespaces: mount what a booted system has, pivot into the root, drop the old one.
# shellcheck disable=SC2016 # expanded by the inner shell
unshare --mount --pid --ipc --uts --fork --propagation private -- /bin/sh -eu -c '
    root=$1 cache=$2; shift 2
    mount --bind "$root" "$root"
    mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
    mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/tmp"
    mount -t tmpfs -o mode=755,nosuid tmpfs "$root/dev"
    for node in null zero full random urandom tty; do
        touch "$root/dev/$node"
        mount --bind "/dev/$node" "$root/dev/$node"
    done
    mkdir -p "$root/dev/pts" "$root/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$root/dev/pts"
    ln -s pts/ptmx "$root/dev/ptmx"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
    ln -s /proc/self/fd "$root/dev/fd"
    ln -s /proc/self/fd/0 "$root/dev/stdin"
    ln -s /proc/self/fd/1 "$root/dev/stdout"
    ln -s /proc/self/fd/2 "$root/dev/stderr"
    mount --bind "$cache/ccache" "$root/var/cache/ccache"
    hostname quotadeck-clean-root
    cd "$root"
    mkdir -p .old-root
    pivot_root . .old-root
    cd /
    umount -l /.old-root
    rmdir /.old-root
    cd /src/quotadeck
    exec env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/sh TERM="${TERM:-dumb}" LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CCACHE_DIR=/var/cache/ccache CCACHE_MAXSIZE=8G QUOTADECK_CLEAN_ROOT=1 ${CI:+CI=$CI} ${FUZZ_SECONDS:+FUZZ_SECONDS=$FUZZ_SECONDS} \
        ${QUOTADECK_CI_TIME_SCALE:+QUOTADECK_CI_TIME_SCALE=$QUOTADECK_CI_TIME_SCALE} \
        "$@"
' clean-root "$root" "$cache" "$@"
