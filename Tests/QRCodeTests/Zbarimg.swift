import Foundation

/// Debian's `zbarimg` (package zbar-tools) run on one image file: an independent decoder to read
/// back what the encoder drew. Its output is one short line, so reading to the end then waiting
/// cannot block on a full pipe.
enum Zbarimg {
    static func path() -> URL? {
        let candidates = [ProcessInfo.processInfo.environment["ZBARIMG"]].compactMap { $0 } + ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }

    struct Outcome {
        let status: Int32
        let stdout: [UInt8]
        let stderr: String
    }

    static func decode(_ file: String, with executable: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        // --raw: only the data, no "QR-Code:" prefix; -q: no summary on stderr.
        process.arguments = ["--raw", "-q", file]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: Array(stdout), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
