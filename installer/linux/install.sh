#!/usr/bin/env sh
# Install this bundle for the current user: a launcher in ~/.local/bin and a menu entry.
# The bundle itself stays where it was unpacked; your data stays in ~/.local/share/attt-desk.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/256x256/apps"
ln -sf "$here/attt-desk" "$HOME/.local/bin/attt-desk"
ln -sf "$here/attt-desk-cli" "$HOME/.local/bin/attt-desk-cli"
cp "$here/attt-desk.png" "$HOME/.local/share/icons/hicolor/256x256/apps/attt-desk.png"
sed "s,^Exec=.*,Exec=$here/attt-desk," "$here/attt-desk.desktop" > "$HOME/.local/share/applications/attt-desk.desktop"
echo "Đã cài ATTT Desk cho người dùng hiện tại (installed for the current user)."
