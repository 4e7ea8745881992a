#!/usr/bin/env bash
# Builds and checks Tessera's Debian package (registered with CTest by CMakeLists.txt beside it).
#
#   check-deb.sh build-and-check BUILD_DIR OUT_DIR DEB
#       builds the `tessera` target, runs `cpack -G DEB` with OUT_DIR as package directory, and
#       checks that DEB (the file cpack must have written) holds exactly the expected files and
#       the expected control fields.
#   check-deb.sh check DEB
#       only the checks.
#   check-deb.sh self-test DEB WORK_DIR
#       repacks DEB without its .desktop file and passes only if `check` rejects that package
#       and names the missing file: proof that the check can fail.
#
# Expectations come from the environment (set by CTest): TESSERA_SOURCE_DIR, TESSERA_VERSION,
# TESSERA_DEB_ARCH, TESSERA_DEMOS (space-separated demo folder names), TESSERA_ICON_SIZES.
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

need_tool() {
  command -v "$1" >/dev/null 2>&1 || fail "$1 not found; install Debian package $2 (apt-get install $2)"
}

: "${TESSERA_SOURCE_DIR:?}" "${TESSERA_VERSION:?}" "${TESSERA_DEB_ARCH:?}" "${TESSERA_ICON_SIZES:?}"
TESSERA_DEMOS="${TESSERA_DEMOS-}"

# Every regular file the package must hold, relative to the package root, one per line, sorted.
expected_files() {
  echo "usr/bin/tessera"
  echo "usr/share/applications/io.tessera.Tessera.desktop"
  echo "usr/share/metainfo/io.tessera.Tessera.metainfo.xml"
  echo "usr/share/doc/tessera/copyright"
  echo "usr/share/icons/hicolor/scalable/apps/tessera.svg"
  local size demo
  for size in ${TESSERA_ICON_SIZES}; do
    echo "usr/share/icons/hicolor/${size}x${size}/apps/tessera.png"
  done
  # The app opens demo/countries when started without arguments: it is never optional.
  echo "usr/share/tessera/demo/countries/manifest.json"
  # The demo graph's model, committed beside it, is opened with it.
  (cd "${TESSERA_SOURCE_DIR}/resources/demo" && find models/countries-mygo -type f) |
    sed 's|^|usr/share/tessera/demo/|'
  for demo in ${TESSERA_DEMOS}; do
    echo "usr/share/tessera/demo/${demo}/manifest.json"
    (cd "${TESSERA_SOURCE_DIR}/resources/demo" && find "${demo}" -type f) |
      sed 's|^|usr/share/tessera/demo/|'
  done
}

# Regular files and symlinks of a `dpkg-deb -c` listing, without the leading "./".
packaged_files() {
  awk '$1 !~ /^d/' "$1" | sed -E 's/^([^ ]+ +){5}//; s/ -> .*$//; s|^\./||'
}

check_deb() {
  local deb="$1"
  need_tool dpkg-deb dpkg
  [[ -f "${deb}" ]] || fail "package ${deb} was not written (expected name tessera_<version>_<arch>.deb)"

  tmp="$(mktemp -d)"
  trap 'rm -rf "${tmp}"' EXIT
  dpkg-deb -c "${deb}" >"${tmp}/listing"
  expected_files | LC_ALL=C sort -u >"${tmp}/expected"
  packaged_files "${tmp}/listing" | LC_ALL=C sort -u >"${tmp}/actual"

  local missing unexpected errors=0
  missing="$(LC_ALL=C comm -23 "${tmp}/expected" "${tmp}/actual")"
  unexpected="$(LC_ALL=C comm -13 "${tmp}/expected" "${tmp}/actual")"
  if [[ -n "${missing}" ]]; then
    echo "missing from ${deb##*/}:" >&2
    sed 's/^/  /' <<<"${missing}" >&2
    errors=1
  fi
  if [[ -n "${unexpected}" ]]; then
    echo "not expected in ${deb##*/} (add an install() rule's output to check-deb.sh or drop it):" >&2
    sed 's/^/  /' <<<"${unexpected}" >&2
    errors=1
  fi

  # The executable must be executable, and every file owned by root.
  grep -Eq '^-rwxr-xr-x +root/root +[0-9]+ .* \./usr/bin/tessera$' "${tmp}/listing" ||
    { echo "usr/bin/tessera is not an executable owned by root" >&2; errors=1; }
  if awk '{print $2}' "${tmp}/listing" | grep -vqx 'root/root'; then
    echo "files not owned by root/root" >&2
    errors=1
  fi

  # Control fields.
  field() { dpkg-deb -f "${deb}" "$1"; }
  expect_field() {
    local name="$1" want="$2" got
    got="$(field "${name}")"
    [[ "${got}" == "${want}" ]] || { echo "control field ${name}: '${got}', expected '${want}'" >&2; errors=1; }
  }
  expect_field Package tessera
  expect_field Version "${TESSERA_VERSION}"
  expect_field Architecture "${TESSERA_DEB_ARCH}"
  expect_field Section science
  local depends
  depends="$(field Depends)"
  if [[ -z "${depends}" ]]; then
    echo "control field Depends is empty" >&2
    errors=1
  else
    # dpkg-shlibdeps must have found the shared libraries the binary links.
    local lib
    for lib in libc6 libqt6widgets6 libqt6svg6 libopenblas0-openmp; do
      grep -Eq "(^|, )${lib}( |,|$)" <<<"${depends}" ||
        { echo "Depends lacks ${lib}: ${depends}" >&2; errors=1; }
    done
  fi
  [[ -n "$(field Maintainer)" ]] || { echo "control field Maintainer is empty" >&2; errors=1; }
  [[ -n "$(field Description)" ]] || { echo "control field Description is empty" >&2; errors=1; }

  # Validate the installed metadata with the freedesktop tools when they are present.
  if command -v desktop-file-validate >/dev/null 2>&1 || command -v appstreamcli >/dev/null 2>&1; then
    dpkg-deb -x "${deb}" "${tmp}/root"
    if command -v desktop-file-validate >/dev/null 2>&1 &&
      [[ -f "${tmp}/root/usr/share/applications/io.tessera.Tessera.desktop" ]]; then
      desktop-file-validate --no-hints "${tmp}/root/usr/share/applications/io.tessera.Tessera.desktop" >&2 ||
        { echo "desktop-file-validate rejected the .desktop file" >&2; errors=1; }
    fi
    if command -v appstreamcli >/dev/null 2>&1 &&
      [[ -f "${tmp}/root/usr/share/metainfo/io.tessera.Tessera.metainfo.xml" ]]; then
      appstreamcli validate --no-net --no-color "${tmp}/root/usr/share/metainfo/io.tessera.Tessera.metainfo.xml" >"${tmp}/as.log" 2>&1 ||
        { cat "${tmp}/as.log" >&2; echo "appstreamcli rejected the metainfo" >&2; errors=1; }
    fi
  fi

  ((errors == 0)) || fail "${deb##*/} does not match the expected package"
  echo "OK: ${deb##*/} ($(stat -c %s "${deb}") bytes, $(wc -l <"${tmp}/actual") files)"
  echo "Depends: ${depends}"
}

build_and_check() {
  local build_dir="$1" out_dir="$2" deb="$3"
  need_tool cpack cmake
  need_tool dpkg-shlibdeps dpkg-dev
  cmake --build "${build_dir}" --target tessera
  rm -rf "${out_dir}"
  mkdir -p "${out_dir}"
  cpack -G DEB --config "${build_dir}/CPackConfig.cmake" -B "${out_dir}" >"${out_dir}/cpack.log" 2>&1 ||
    { cat "${out_dir}/cpack.log" >&2; fail "cpack -G DEB failed"; }
  check_deb "${deb}"
}

self_test() {
  local deb="$1" work="$2"
  need_tool dpkg-deb dpkg
  [[ -f "${deb}" ]] || fail "no package at ${deb}; packaging_deb must run first"
  rm -rf "${work}"
  mkdir -p "${work}"
  dpkg-deb -R "${deb}" "${work}/root"
  rm "${work}/root/usr/share/applications/io.tessera.Tessera.desktop"
  local broken="${work}/tessera_${TESSERA_VERSION}_${TESSERA_DEB_ARCH}.deb"
  dpkg-deb --root-owner-group -Zgzip -z1 -b "${work}/root" "${broken}" >/dev/null
  if bash "${BASH_SOURCE[0]}" check "${broken}" >"${work}/check.log" 2>&1; then
    cat "${work}/check.log" >&2
    fail "check accepted a package without its .desktop file"
  fi
  grep -q 'usr/share/applications/io.tessera.Tessera.desktop' "${work}/check.log" ||
    { cat "${work}/check.log" >&2; fail "check failed without naming the missing file"; }
  echo "OK: check rejects a package without usr/share/applications/io.tessera.Tessera.desktop"
}

case "${1-}" in
  build-and-check) build_and_check "$2" "$3" "$4" ;;
  check) check_deb "$2" ;;
  self-test) self_test "$2" "$3" ;;
  *) fail "usage: $0 build-and-check BUILD_DIR OUT_DIR DEB | check DEB | self-test DEB WORK_DIR" ;;
esac
