# Sourced by the scripts that try congkhai on a clean Debian (test-deb-debootstrap.sh,
# measure-site-deps.sh, test-image.sh). Needs root and debootstrap (apt-get install debootstrap).
#
#   debian_root DIR [SUITE]   makes DIR a fresh minimal Debian root (minbase, from deb.debian.org, with
#                             SUITE-updates and security in its sources; run apt-get update in it). The first
#                             run debootstraps and keeps a tarball in $CK_DEBIAN_CACHE (default
#                             ~/.cache/congkhai/debian-root); later runs unpack it in seconds.
#   root_enter DIR            mounts /proc, /sys, /dev, /dev/pts into DIR and copies resolv.conf
#   root_leave DIR            unmounts them again (call it from an EXIT trap)
#   in_root DIR CMD...        runs CMD in DIR with chroot, with a plain environment
DEBIAN_MIRROR="${CK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
DEBIAN_CACHE="${CK_DEBIAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/congkhai/debian-root}"

debian_root() {
  local dir="$1" suite="${2:-bookworm}"
  local tarball="$DEBIAN_CACHE/$suite-minbase.tar"
  if [[ ! -f "$tarball" ]]; then
    command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; return 1; }
    local fresh="$DEBIAN_CACHE/$suite-minbase.tmp"
    rm -rf "$fresh" && mkdir -p "$fresh"
    echo "debian-root: debootstrap $suite (minbase) from $DEBIAN_MIRROR into the cache, once" >&2
    debootstrap --variant=minbase "$suite" "$fresh" "$DEBIAN_MIRROR" >"$DEBIAN_CACHE/$suite-debootstrap.log" 2>&1 || {
      echo "debian-root: debootstrap failed; see $DEBIAN_CACHE/$suite-debootstrap.log" >&2
      return 1
    }
    local security="${DEBIAN_MIRROR%/debian}/debian-security"
    cat >"$fresh/etc/apt/sources.list" <<SOURCES
deb $DEBIAN_MIRROR $suite main
deb $DEBIAN_MIRROR $suite-updates main
deb $security $suite-security main
SOURCES
    rm -f "$fresh"/var/cache/apt/archives/*.deb
    tar -C "$fresh" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$fresh"
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  tar -C "$dir" -xf "$tarball"
}

root_enter() {
  local dir="$1"
  mount -t proc proc "$dir/proc"
  mount --rbind /sys "$dir/sys" && mount --make-rslave "$dir/sys"
  mount --rbind /dev "$dir/dev" && mount --make-rslave "$dir/dev"
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

root_leave() {
  local dir="$1" m
  [[ -d "$dir" ]] || return 0
  # Deepest mounts first.
  for m in $(awk -v d="$(readlink -f "$dir")/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
}

in_root() {
  local dir="$1"
  shift
  chroot "$dir" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}
