import Council
import EventStore
import Hashing
import Projections

/// What `kadai audit verify` found of the files attached to meetings: each read through and hashed
/// against the SHA-256 and size its record holds.
public struct MaterialCheck: Sendable {
    /// The distinct files checked.
    public var checked: Int
    /// Each file missing or not the one recorded, with every attachment that cites it.
    public var problems: [(attached: [MaterialAttached], condition: StoredFileCondition)]

    public var isSound: Bool { problems.isEmpty }
}

extension CouncilService {
    /// Checks every attached file of the store at `path` against its record, in the order attached.
    public static func checkMaterials(storeAt path: String) throws -> MaterialCheck {
        let store = try EventStore.open(at: path, checkingVault: false)
        let bodies = store.streamNames.filter { $0.hasPrefix("body-") }.map { String($0.dropFirst("body-".count)) }
        let state = try CouncilLoader(store: store).state(bodies: bodies)
        let files = FileStore(store: path)
        var order: [String] = []
        var citing: [String: [MaterialAttached]] = [:]
        for body in state.bodiesInOrder {
            for m in body.materials {
                if citing[m.sha256] == nil { order.append(m.sha256) }
                citing[m.sha256, default: []].append(m)
            }
        }
        var check = MaterialCheck(checked: order.count, problems: [])
        for sha in order {
            let first = citing[sha]![0]
            let condition: StoredFileCondition
            if let digest = SHA256Digest(hex: sha) {
                condition = try files.condition(of: StoredFile(sha256: digest, size: UInt64(max(0, first.size))))
            } else {
                condition = .missing
            }
            if condition != .intact { check.problems.append((citing[sha]!, condition)) }
        }
        return check
    }
}

extension CouncilService {
    /// `import --files DIR`: copies each attached file the store at `path` lacks from `folder` (an
    /// old store's `files/`, laid out `sha256/ab/ab12…`, or the files side by side), each only when
    /// its SHA-256 and size are the recorded ones. Returns what is still missing or not as recorded.
    public static func copyMaterials(from folder: String?, intoStoreAt path: String) throws -> MaterialCheck {
        let before = try checkMaterials(storeAt: path)
        guard let folder else { return before }
        let files = FileStore(store: path)
        for problem in before.problems {
            let m = problem.attached[0]
            for candidate in ["\(folder)/sha256/\(m.sha256.prefix(2))/\(m.sha256)", "\(folder)/\(m.sha256)"] {
                guard let found = try? FileStore.hash(contentsOf: candidate), found.sha256.hex == m.sha256, found.size == UInt64(m.size) else { continue }
                _ = try files.put(contentsOf: candidate)
                break
            }
        }
        return try checkMaterials(storeAt: path)
    }

    /// The attached files of this store: how many and their total size, for what an export says.
    public func materialTotals() throws -> (count: Int, bytes: Int) {
        try exclusively {
            let bodies = store.streamNames.filter { $0.hasPrefix("body-") }.map { String($0.dropFirst("body-".count)) }
            var sizes: [String: Int] = [:]
            for body in try CouncilLoader(store: store).state(bodies: bodies).bodiesInOrder {
                for m in body.materials { sizes[m.sha256] = m.size }
            }
            return (sizes.count, sizes.values.reduce(0, +))
        }
    }
}
