import Council

#if canImport(Glibc)
import Glibc
#endif

/// The operating-system account kadai runs as, by its effective user id: on a shared machine the
/// system already knows who is typing, which a store with roles trusts over `--as`.
enum OperatingSystemAccount {
    /// nil when the password database gives the user id no name (a container's bare uid, say).
    static func current() -> Account? {
        let uid = geteuid()
        var size = 1024
        // Grows only for an entry longer than the buffer (ERANGE), up to a bound no real entry needs.
        while size <= 1 << 20 {
            var entry = passwd()
            var found: UnsafeMutablePointer<passwd>?
            var buffer = [CChar](repeating: 0, count: size)
            let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &found)
            if status == ERANGE { size *= 4; continue }
            guard status == 0, found != nil, let name = entry.pw_name else { return nil }
            return .operatingSystem(String(cString: name))
        }
        return nil
    }

    static var userId: UInt32 { geteuid() }
}
