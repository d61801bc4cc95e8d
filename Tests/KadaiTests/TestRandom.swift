import Foundation
import Seeded

/// The seeded generator of the process tests: every test that draws prints its seed, so a failing
/// run can be repeated exactly.
typealias TestRandom = SplitMix64

extension SplitMix64 {
    /// The seed a test uses: its fixed default, or KADAI_TEST_SEED to explore other runs.
    static func seed(default value: UInt64) -> UInt64 {
        ProcessInfo.processInfo.environment["KADAI_TEST_SEED"].flatMap { UInt64($0) } ?? value
    }
}
