// swift-tools-version:6.0
// kadai — an event-sourced tracker of a disability self-reliance support council's regional issues.
// The toolchain only: no package dependencies (see README.md, "Layers").
import PackageDescription

let package = Package(
    name: "kadai",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kadai", targets: ["kadai"]),
        .executable(name: "kadai-bench", targets: ["kadai-bench"]),
    ],
    dependencies: [],
    targets: [
        // MARK: Utilities we would otherwise take from packages, each small and tested on its own.
        // Optimised in debug builds too: a sign-in stretches its password through 1.2 million
        // SHA-256 blocks, seconds unoptimised (`swift run kadai serve`, the process tests).
        .target(name: "Hashing", swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "JSON"),
        .target(name: "Arguments"),
        .target(name: "Seeded"),
        .target(name: "Calendar"),
        .target(name: "FileSystem"),
        // An HTTP/1.1 server on POSIX sockets, under the web front. Knows nothing of councils.
        .target(name: "HTTPServer"),
        // QR codes in byte mode (ISO/IEC 18004), for the printed map's link to its web page.
        .target(name: "QRCode"),

        // MARK: The store: the append-only log. Knows nothing of councils.
        .target(name: "EventStore", dependencies: ["Hashing", "JSON"]),

        // MARK: People who sign in to the web application, kept beside the log, never in it.
        .target(name: "Accounts", dependencies: ["Hashing", "EventStore", "JSON"]),

        // MARK: The council's domain: commands, events, rules. Pure: no I/O.
        .target(name: "Council", dependencies: ["Calendar", "JSON"]),
        // 地域生活支援拠点等: a ledger of its own on the generic decider (DESIGN §13).
        .target(name: "SupportHubs", dependencies: ["Council", "Calendar", "JSON"]),
        // Social resources (事業所) and their monthly vacancies: a ledger of its own (DESIGN §13).
        .target(name: "SocialResources", dependencies: ["Council", "Calendar", "JSON"]),
        // The yearly evaluation of 日中サービス支援型グループホーム owed to the prefecture (DESIGN §13).
        .target(name: "HomeEvaluations", dependencies: ["Council", "Calendar", "JSON"]),

        // MARK: Read models built from the log, cached in Snapshots/.
        .target(name: "Projections", dependencies: ["EventStore", "Council", "Calendar", "JSON", "Hashing"]),

        // MARK: Documents rendered from the read models only.
        .target(name: "Documents", dependencies: ["Projections", "Council", "SupportHubs", "SocialResources", "Calendar", "JSON", "EventStore", "Hashing"]),

        // MARK: Every use-case, under every front (DESIGN §10).
        .target(name: "CouncilService", dependencies: ["Accounts", "Hashing", "EventStore", "Council", "SupportHubs", "SocialResources", "HomeEvaluations", "Calendar", "Projections", "Documents", "Arguments", "JSON", "FileSystem"]),

        // MARK: The web application's pages and forms, on the service (DESIGN §11).
        .target(name: "WebApp", dependencies: ["CouncilService", "HTTPServer", "EventStore", "Accounts", "Hashing", "Documents", "Council", "Calendar", "Projections"]),

        // MARK: Front ends.
        .executableTarget(name: "kadai", dependencies: ["WebApp", "HTTPServer", "Accounts", "CouncilService", "EventStore", "Council", "Calendar", "Projections", "Documents", "Arguments", "JSON", "Hashing", "FileSystem"]),
        .executableTarget(name: "kadai-bench", dependencies: ["Accounts", "EventStore", "Council", "Calendar", "Projections", "JSON", "Hashing", "Seeded"]),

        // MARK: Tests mirror the modules.
        // Shared by the test targets: the seeded generator, the tags of slow tests, temporary folders.
        .target(name: "TestSupport", dependencies: ["Seeded"], path: "Tests/TestSupport"),
        .testTarget(name: "HashingTests", dependencies: ["Hashing", "TestSupport"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "TestSupport"]),
        .testTarget(name: "ArgumentsTests", dependencies: ["Arguments"]),
        .testTarget(name: "CalendarTests", dependencies: ["Calendar", "TestSupport"]),
        .testTarget(name: "FileSystemTests", dependencies: ["FileSystem", "TestSupport"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "TestSupport"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "TestSupport"]),
        .testTarget(name: "EventStoreTests", dependencies: ["EventStore", "Hashing", "JSON", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "AccountsTests", dependencies: ["Accounts", "EventStore", "TestSupport"]),
        .testTarget(name: "CouncilTests", dependencies: ["Council", "Calendar", "JSON"]),
        .testTarget(name: "SupportHubsTests", dependencies: ["SupportHubs", "Council", "Calendar", "JSON"]),
        .testTarget(name: "SocialResourcesTests", dependencies: ["SocialResources", "Council", "Calendar", "JSON"]),
        .testTarget(name: "HomeEvaluationsTests", dependencies: ["HomeEvaluations", "Council", "Calendar", "JSON"]),
        .testTarget(name: "ProjectionsTests", dependencies: ["Projections", "EventStore", "Council", "Calendar", "JSON", "TestSupport"]),
        .testTarget(name: "CouncilServiceTests", dependencies: ["CouncilService", "Council", "SupportHubs", "SocialResources", "Calendar", "EventStore", "Projections", "Documents", "JSON", "TestSupport"]),
        .testTarget(name: "WebAppTests", dependencies: ["WebApp", "HTTPServer", "Hashing", "EventStore", "CouncilService", "Council", "Calendar", "Documents", "Projections", "TestSupport"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Projections", "EventStore", "Council", "SupportHubs", "SocialResources", "Calendar", "JSON", "Hashing"]),
        // The bad-input catalogue is read from the source tree by path, not bundled.
        .testTarget(name: "KadaiTests", dependencies: ["kadai", "Accounts", "CouncilService", "kadai-bench", "EventStore", "JSON", "Documents", "FileSystem", "TestSupport"], exclude: ["Fixtures"]),
    ]
)
