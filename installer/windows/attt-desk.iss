; Inno Setup script for ATTT Desk (Windows 10/11, per-user or all-users install).
; Build on Windows after the PyInstaller build (see installer/README.md):
;   ISCC.exe /DAppVersion=0.1.0 installer\windows\attt-desk.iss
;   (.github/workflows/windows.yml does the same on a Windows runner)
; The AppId below NEVER changes between versions: it is how a new version finds and upgrades the
; old one in place. The user's data (%LOCALAPPDATA%\attt-desk: the database, its backups,
; evidence files, keys) is never written by this installer and is kept on upgrade and uninstall.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (it is the version in pyproject.toml)
#endif
#define AppName "ATTT Desk"
#define AppExe "attt-desk.exe"
#define DistDir "..\..\dist\attt-desk"

[Setup]
AppId={{6A0F3C52-8E4B-4C1D-9B57-2F7E1D4A9C30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ATTT Desk
AppComments=Sổ theo dõi an toàn thông tin mạng
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\ATTT Desk
DefaultGroupName=ATTT Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=attt-desk-{#AppVersion}-setup
SetupIconFile=attt-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The wizard speaks Vietnamese (Vietnamese.isl beside this script); `setup.exe /LANG=english`
; runs it in English.
LanguageDetectionMethod=none
ShowLanguageDialog=no
LicenseFile=..\..\LICENSE
CloseApplications=yes
; The app itself backs the database up and upgrades its schema on the first start after an upgrade.

[Languages]
; Vietnamese first: it is the default. Default.isl is read first so that a message a newer
; Inno Setup adds, and Vietnamese.isl does not have yet, shows in English rather than failing.
Name: "vietnamese"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.ShortcutName=ATTT Desk – Sổ theo dõi an toàn thông tin mạng
english.ShortcutName=ATTT Desk – Cybersecurity incident desk
vietnamese.UninstallShortcut=Gỡ cài đặt ATTT Desk
english.UninstallShortcut=Uninstall ATTT Desk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of the previous version that this one no longer ships (the folder is replaced as a whole).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallShortcut}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ATTT Desk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,ATTT Desk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program may write inside its own folder; never the user's data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
