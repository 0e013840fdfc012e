#!/bin/sh
# What `cmake --install` puts on a machine: every file a user needs, nothing else, and each valid.
#   check-install.sh BUILD_DIR WORK_DIR APP_ID VERSION     (CMAKE: the cmake to install with)
# Installs BUILD_DIR with the prefix /usr into WORK_DIR/root (DESTDIR, as the Debian package does),
# compares the file list with the expected one, validates the desktop file and the AppStream
# metadata, and tries the programs, the man pages, the icons and the shell completion there.
set -eu
build=$1 work=$2 id=$3 version=$4
root=$work/root
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

rm -rf "$work"
mkdir -p "$work"
DESTDIR=$root "${CMAKE:-cmake}" --install "$build" --prefix /usr >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; echo "FAIL: cmake --install" >&2; exit 1; }
bin=$root/usr/bin
share=$root/usr/share

# The programs, from where they were installed; the editor's --help and --version need no display.
ctl_version=$("$bin/segmentctl" --version) || fail "segmentctl --version"
[ "$ctl_version" = "segmentctl $version" ] || fail "segmentctl --version said: $ctl_version"
editor_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin/segment-editor" --version) ||
    fail "segment-editor --version"
[ "$editor_version" = "Segment Editor $version" ] || fail "segment-editor --version said: $editor_version"
commands=$("$bin/segmentctl" --help | sed -n '/^Commands:$/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p')
[ -n "$commands" ] || fail "segmentctl --help lists no command"

# Exactly these files.
{
    echo usr/bin/segment-editor
    echo usr/bin/segmentctl
    echo "usr/share/applications/$id.desktop"
    echo "usr/share/metainfo/$id.metainfo.xml"
    echo "usr/share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 22 24 32 48 64 128 256 512; do
        echo "usr/share/icons/hicolor/${size}x$size/apps/$id.png"
    done
    echo usr/share/man/man1/segment-editor.1.gz
    echo usr/share/man/man1/segmentctl.1.gz
    for c in $commands; do echo "usr/share/man/man1/segmentctl-$c.1.gz"; done
    echo usr/share/bash-completion/completions/segmentctl
    echo usr/share/doc/segment-editor/copyright
} | sort >"$work/expected"
(cd "$root" && find . -type f -o -type l) | sed 's|^\./||' | sort >"$work/installed"
if ! diff -u "$work/expected" "$work/installed" >"$work/files.diff"; then
    fail "installed files differ from the expected list (- missing, + unexpected):"
    cat "$work/files.diff" >&2
fi

# The desktop file and the AppStream metadata pass their validators.
desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
grep -qx "Icon=$id" "$share/applications/$id.desktop" || fail "the desktop file names another icon"

# Icons of the size their folder says.
for size in 16 22 24 32 48 64 128 256 512; do
    png=$share/icons/hicolor/${size}x$size/apps/$id.png
    file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x$size PNG"
done

# Man pages: one per program and per command, each with the options its --help lists.
check_page() { # check_page PAGE TITLE OPTIONS...
    page=$1 title=$2
    shift 2
    text=$(gzip -dc "$page") || { fail "$page is not gzip"; return; }
    printf '%s\n' "$text" | grep -q "^\.TH $title \"1\"" || fail "$page: no .TH $title"
    for option in "$@"; do
        printf '%s\n' "$text" | grep -qF -- "$(printf '%s' "$option" | sed 's/-/\\-/g')" ||
            fail "$page does not describe $option"
    done
}
options_of() { # the long options a --help text lists
    sed -n 's/^  \(-[A-Za-z?], \)\{0,1\}\(--[a-z0-9-]*\).*/\2/p'
}
# shellcheck disable=SC2046
check_page "$share/man/man1/segment-editor.1.gz" SEGMENT-EDITOR \
    $(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin/segment-editor" --help | options_of)
# shellcheck disable=SC2046
check_page "$share/man/man1/segmentctl.1.gz" SEGMENTCTL $commands
for c in $commands; do
    upper=$(printf 'SEGMENTCTL-%s' "$c" | tr '[:lower:]' '[:upper:]')
    # shellcheck disable=SC2046
    check_page "$share/man/man1/segmentctl-$c.1.gz" "$upper" $("$bin/segmentctl" "$c" --help | options_of)
done

# Bash completion: commands, options, option values and files.
completion=$share/bash-completion/completions/segmentctl
complete_words() { # complete_words WORD... : what TAB offers after the words (the last is typed)
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _segmentctl
             printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect_completion() { # expect_completion "EXPECTED" WORD...
    expected=$1
    shift
    got=$(cd "$work" && complete_words "$@")
    [ "$got" = "$expected" ] || fail "completion of '$*': expected '$expected', got '$got'"
}
touch "$work/segments.json"
expect_completion "pull push" segmentctl pu
expect_completion "serve-demo" segmentctl ser
expect_completion "diff" segmentctl help di
expect_completion "--advertiser --api-version" segmentctl pull --a
expect_completion "Location Lookalike" segmentctl pull --type Lo
expect_completion "segments.json" segmentctl push seg
expect_completion "segments.json" segmentctl pull -o seg
expect_completion "--dry-run" segmentctl push segments.json --dr
expect_completion "" segmentctl serve-demo --port 8
for c in $commands; do # every option of every command is offered
    for option in $("$bin/segmentctl" "$c" --help | options_of); do
        got=$(cd "$work" && complete_words segmentctl "$c" "$option")
        case " $got " in
        *" $option "*) ;;
        *) fail "completion of 'segmentctl $c $option' does not offer it (got '$got')" ;;
        esac
    done
done

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed; the installed tree is in $root" >&2
    exit 1
fi
echo "install layout: $(wc -l <"$work/installed") files, all valid"
rm -rf "$work"
