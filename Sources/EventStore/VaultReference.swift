import Hashing

/// Points from a record to personal data kept outside the log (DESIGN §4.10): the record holds only
/// the reference and a salted SHA-256 commitment, so the text can be erased without breaking the chain.
public struct VaultReference: Hashable, Sendable {
    public var ref: String
    public var commitment: SHA256Digest

    public init(ref: String, commitment: SHA256Digest) {
        self.ref = ref
        self.commitment = commitment
    }
}
