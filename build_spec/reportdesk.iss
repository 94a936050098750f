; Inno Setup installer of the one-folder app, per user: no administrator rights needed (office
; PCs rarely grant them), installed in %LOCALAPPDATA%\Programs\ReportDesk, with a Start-menu
; entry, an optional desktop icon and an uninstaller. Settings and logs stay in %APPDATA%.
; Saved as UTF-8 with a byte-order mark so that the Chinese names survive.
;
;   ISCC /DAppVersion=0.1.0 /DSourceDir=C:\...\dist\reportdesk build_spec\reportdesk.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\reportdesk"
#endif

[Setup]
AppId={{6B0E4A52-8C1D-4B8F-9E57-2D4F3A1C9B10}
AppName=ReportDesk 报告比对
AppVersion={#AppVersion}
AppPublisher=ReportDesk
DefaultDirName={localappdata}\Programs\ReportDesk
DefaultGroupName=ReportDesk 报告比对
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=reportdesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\reportdesk.ico
UninstallDisplayIcon={app}\reportdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; The installer speaks Chinese, never silently English: Inno Setup 7.0.2 and later ship
; ChineseSimplified.isl; for Inno Setup 6 the Windows workflow puts the official translation
; beside this file (fetched at a pinned commit and checked by its SHA-256; not kept in git).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "zh"; MessagesFile: "ChineseSimplified.isl"
#else
#error ChineseSimplified.isl not found: use Inno Setup 7.0.2 or later, or put it in build_spec (see .github/workflows/windows-build.yml)
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ReportDesk 报告比对"; Filename: "{app}\reportdesk.exe"
Name: "{autodesktop}\ReportDesk 报告比对"; Filename: "{app}\reportdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\reportdesk.exe"; Description: "{cm:LaunchProgram,ReportDesk}"; Flags: nowait postinstall skipifsilent
