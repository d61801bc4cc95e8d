/// Where case notes (事例, personal information) are kept outside the chain (DESIGN §4.10): the
/// record holds only a reference and a salted commitment, so erasing a note never breaks the log.
///
/// Sendable because a vault keeps nothing between calls: each call is one whole operation on what
/// is stored, so a service may hand its vault to whatever renders a document.
public protocol CaseNoteVault: Sendable {
    /// Keeps `text` under a new reference, durably, before the record that cites it is appended.
    func put(_ text: String) throws(StoreError) -> VaultReference

    /// The note's text while it is kept and matches the record's commitment; nil once forgotten.
    func text(of reference: VaultReference) -> String?

    /// Erases the note's text and salt for good (`kadai forget`); true when there was one.
    @discardableResult
    func forget(_ ref: String) throws(StoreError) -> Bool
}
