import Testing
import EventStore

/// The case-note vault's contract (`CaseNoteVault`), checked the same way for every backend.
struct CaseNoteVaultConformance {
    let stores = FreshStores()

    static let note = "Aさん（40代）は日中の通所先が見つからず、家族が介護を続けている。"

    @Test(arguments: Backends.all)
    func aKeptNoteReadsBackOnlyThroughItsCommitment(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let first = try store.vault.put(Self.note)
        let second = try store.vault.put(Self.note)
        #expect(store.vault.text(of: first) == Self.note && store.vault.text(of: second) == Self.note)
        #expect(first.ref != second.ref && first.commitment != second.commitment, "salted: the same text never commits the same")
        #expect(store.vault.text(of: VaultReference(ref: first.ref, commitment: second.commitment)) == nil)
        #expect(store.vault.text(of: VaultReference(ref: "N-000000000000", commitment: first.commitment)) == nil)
        #expect(try store.isPrivate(first))
    }

    @Test(arguments: Backends.all)
    func aForgottenNoteIsNowhereAndTheChainStillVerifies(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let reference = try store.vault.put(Self.note)
        let log = try store.open()
        try log.record([ProposedEvent(stream: "issue-1", type: "CaseNoteAttached", occurredAt: numbered(0).occurredAt,
                                      data: ["note": .string(reference.ref)], vault: [reference])])
        #expect(try store.keeps(Self.note))
        #expect(try store.vault.forget(reference.ref))
        #expect(store.vault.text(of: reference) == nil)
        #expect(try !store.keeps(Self.note), "neither the vault nor the log still holds the text")
        #expect(try !store.vault.forget(reference.ref))
        #expect(try log.readStream("issue-1", fromVersion: 1).map(\.vault) == [[reference]])
        #expect(try log.verify(anchor: nil).isSound)
    }
}
