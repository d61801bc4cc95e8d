import Foundation
import Seeded

/// The seeded generator of every randomised test: the project's SplitMix64, so a fixed seed repeats
/// a run exactly. A test that draws prints its seed, and KADAI_TEST_SEED replays or explores others.
public typealias TestRandom = SplitMix64

extension SplitMix64 {
    /// The test's fixed seed, or KADAI_TEST_SEED.
    public static func seed(default value: UInt64) -> UInt64 {
        ProcessInfo.processInfo.environment["KADAI_TEST_SEED"].flatMap { UInt64($0) } ?? value
    }

    /// How many inputs a fuzz test draws: its default, or KADAI_FUZZ_ITERATIONS for a long run.
    public static func iterations(default value: Int) -> Int {
        ProcessInfo.processInfo.environment["KADAI_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? value
    }
}
