import Accounts
import Hashing

extension CouncilService {
    /// The store kadai ships in `EventLog/`: the fictional サンプル市's council, known by its id.
    static let demoStoreId = "35905AE4026557721795EBD4E7CED084"

    /// On the demo council only, a sign-in for whoever tries kadai: the account `demo`, recording
    /// as the secretariat, given a new random password at every call (so no password is ever
    /// published, and one that was seen stops working at the next start). Nil on any other store.
    public func demoSignIn() throws -> (login: String, password: String)? {
        guard store.manifest.storeId == Self.demoStoreId else { return nil }
        let password = try SystemRandom.hex(9)
        if try accounts.list().contains(where: { $0.login.text == "demo" }) {
            try accounts.resetPassword("demo", to: password)
        } else {
            try accounts.add("demo", actor: "secretariat", password: password)
        }
        return ("demo", password)
    }
}
