# Sign the given files with the code-signing certificate in $env:CERT_PFX (a .pfx, base64) and
# $env:CERT_PASSWORD, timestamped ($env:TIMESTAMP_URL) so that the signature outlives the
# certificate. The Windows workflow calls it only when the certificate secret exists.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]] $Files)
$ErrorActionPreference = "Stop"
$pfx = Join-Path ([IO.Path]::GetTempPath()) "reportdesk-signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:CERT_PFX))
try {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw "signtool.exe not found (it comes with the Windows SDK)" }
    & $signtool.FullName sign /f $pfx /p $env:CERT_PASSWORD /fd sha256 /tr $env:TIMESTAMP_URL /td sha256 `
        /d "ReportDesk" @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed (exit code $LASTEXITCODE)" }
}
finally {
    Remove-Item $pfx -ErrorAction SilentlyContinue
}
