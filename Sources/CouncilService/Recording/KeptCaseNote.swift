import EventStore

#if canImport(Glibc)
import Glibc
#endif

/// A note put in the vault for a record still to be written, which a refusal takes back.
struct KeptCaseNote {
    let vault: Vault
    let reference: VaultReference
    /// The vault folder was made for this note.
    let madeTheVault: Bool

    init(_ text: String, in vault: Vault) throws(StoreError) {
        self.vault = vault
        madeTheVault = access(vault.directory, F_OK) != 0
        reference = try vault.put(text)
    }

    /// Nothing acknowledged cites the note: its text goes, and the vault folder if the note made
    /// it, so a refused command leaves the store as it was. Best effort: the refusal matters more.
    func withdraw() {
        _ = try? vault.forget(reference.ref)
        if madeTheVault { rmdir(vault.directory) }
    }
}
