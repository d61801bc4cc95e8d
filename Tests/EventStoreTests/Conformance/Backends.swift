/// Every backend the conformance suites run against: a new backend passes them all by being
/// added here.
enum Backends {
    static let all: [any EventLogBackend] = [FileBackend()]
}
