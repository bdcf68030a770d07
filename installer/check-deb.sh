#!/usr/bin/env bash
# Builds the .deb from a release build and checks it as a user's machine would see it:
# its Depends, its files, the desktop entry and AppStream metainfo (desktop-file-validate,
# appstreamcli), the MIME types (update-mime-database), then the installed files themselves:
# every binary's libraries resolve (ldd), `ouro --version` and `ouroboros --version` print the
# project version, and the installed app makes a screenshot of a file the installed `ouro` made.
#   installer/check-deb.sh BUILD_DIR VERSION SAMPLE.tif
set -euo pipefail
build="$1" version="$2" sample="$3"
fail() { echo "check-deb: $*" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$work/pkg/ouroboros_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb (made: $(ls "$work/pkg"))"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libqt6widgets6 libqt6openglwidgets6 libvtk9.1 libsqlite3-0 libtiff6 libblosc1 qt6-qpa-plugins shared-mime-info; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for f in ./usr/bin/ouroboros ./usr/bin/ouro \
  ./usr/share/applications/org.ouroboros.Ouroboros.desktop \
  ./usr/share/metainfo/org.ouroboros.Ouroboros.metainfo.xml \
  ./usr/share/mime/packages/ouroboros.xml \
  ./usr/share/icons/hicolor/scalable/apps/ouroboros.svg \
  ./usr/share/icons/hicolor/48x48/apps/ouroboros.png ./usr/share/icons/hicolor/256x256/apps/ouroboros.png; do
  grep -qx "$f" "$work/files" || fail "the package lacks $f"
done
echo "files: $(wc -l <"$work/files") entries, all expected ones present"

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.ouroboros.Ouroboros.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.ouroboros.Ouroboros.metainfo.xml" || fail "appstreamcli validate"
grep -q "version=\"$version\"" "$root/usr/share/metainfo/org.ouroboros.Ouroboros.metainfo.xml" || fail "metainfo lacks release $version"
# The MIME types compile next to the system's.
mkdir -p "$work/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/ouroboros.xml" "$work/mime/packages/"
XDG_DATA_DIRS="$work:/usr/share" update-mime-database "$work/mime" 2>"$work/mime.log" || { cat "$work/mime.log"; fail "update-mime-database"; }
[ -s "$work/mime.log" ] && { cat "$work/mime.log"; fail "update-mime-database warned"; }
grep -q "application/x-ouroboros" "$work/mime/types" || fail "application/x-ouroboros not compiled"

for bin in "$root"/usr/bin/*; do
  if ldd "$bin" | grep -q "not found"; then
    ldd "$bin" | grep "not found"
    fail "$(basename "$bin"): libraries not found"
  fi
done
out="$("$root/usr/bin/ouro" --version)"
grep -q "$version" <<<"$out" || fail "ouro --version says: $out"
out="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/ouroboros" --version 2>/dev/null)"
grep -q "$version" <<<"$out" || fail "ouroboros --version says: $out"
echo "installed binaries: libraries resolve; both print $version"

"$root/usr/bin/ouro" import "$sample" --into "$work/x.ouro" >/dev/null
[ -n "${DISPLAY:-}" ] || fail "no display for the screenshot (run under xvfb-run)"
XDG_CONFIG_HOME="$work/config" "$root/usr/bin/ouroboros" "$work/x.ouro" --screenshot "$work/shot.png" 2>/dev/null
[ -s "$work/shot.png" ] || fail "the installed app made no screenshot"
echo "installed app: screenshot of $(basename "$sample") made ($(stat -c %s "$work/shot.png") bytes)"
echo "OK"
