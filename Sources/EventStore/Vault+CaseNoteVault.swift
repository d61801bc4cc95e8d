/// The vault folder beside the log is the file backend's case-note vault.
extension Vault: CaseNoteVault {}
