import Accounts
import Hashing

extension KadaiBench {
    /// One password hash as a sign-in computes it: PBKDF2-HMAC-SHA-256 at the iteration count new
    /// passwords get (`PasswordHash.iterations`), 32 bytes out, a 16-byte salt. No store.
    func pbkdf2() {
        let iterations = number("iterations", default: PasswordHash.iterations)
        let runs = number("runs", default: 5)
        let salt = [UInt8](repeating: 0x5A, count: 16)
        var times: [Double] = []
        for run in 0..<runs {
            let t0 = Figures.now()
            let derived = PBKDF2.sha256(password: Array("correct horse battery staple \(run)".utf8), salt: salt, iterations: iterations, length: 32)
            times.append((Figures.now() - t0) * 1000)
            guard derived.count == 32 else { Self.fail("PBKDF2 gave \(derived.count) bytes") }
        }
        times.sort()
        Figures.print("pbkdf2.iterations", Double(iterations), "rounds")
        Figures.print("pbkdf2.hash_p50_ms", Figures.percentile(times, 0.5), "ms")
        Figures.print("pbkdf2.hash_max_ms", times.last ?? 0, "ms")
        Figures.print("pbkdf2.rounds_per_s", Double(iterations) / (Figures.percentile(times, 0.5) / 1000), "rounds/s")
    }
}
