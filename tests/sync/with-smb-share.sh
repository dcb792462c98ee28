#!/usr/bin/env bash
# Runs the sync suite against a real SMB share: starts one with ../shared/tools/smb-share (Samba on
# 127.0.0.1:445, mounted through the smbnetfs FUSE client; needs root, installs samba and smbnetfs
# on first use) in a fresh temp dir, runs tests/sync/smb.test.ts with REDRESS_SMB_SHARE set to the
# mount path, stops the share, and exits with the test run's exit code.
#
#   tests/sync/with-smb-share.sh [extra vitest args]
#   SMB_SHARE_TOOL=/path/to/smb-share REDRESS_SMB_SEEDS=10 tests/sync/with-smb-share.sh
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
tool=${SMB_SHARE_TOOL:-$repo/../shared/tools/smb-share}
if [ ! -x "$tool" ]; then
  echo "with-smb-share: $tool not found (set SMB_SHARE_TOOL)" >&2
  exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/redress-smb.XXXXXX")

cleanup() {
  "$tool" stop "$dir" >/dev/null 2>&1 || true
  # Remove the temp dir only once nothing is mounted inside it any more.
  if ! grep -q " $dir/" /proc/mounts 2>/dev/null; then rm -rf "$dir"; else echo "with-smb-share: $dir still mounted; left in place" >&2; fi
}
trap cleanup EXIT

if ! mount_path=$("$tool" start "$dir"); then
  echo "with-smb-share: could not start the SMB share (see $dir/run)" >&2
  exit 1
fi
mount_path=$(printf '%s\n' "$mount_path" | tail -n 1)
echo "with-smb-share: SMB share mounted at $mount_path"

cd "$repo"
REDRESS_SMB_SHARE="$mount_path" npx vitest run tests/sync/smb.test.ts "$@"
code=$?
echo "with-smb-share: tests exited with $code"
exit $code
