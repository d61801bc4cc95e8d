import Council
import Testing

// One row of a decide table: a history, a command, and exactly what `decide` must answer.

struct Accepted: Sendable, CustomTestStringConvertible {
    var name: String
    var given: [CouncilCommand]
    var command: CouncilCommand
    var expected: [CouncilEvent]
    var testDescription: String { name }

    init(_ name: String, given: [CouncilCommand], _ command: CouncilCommand, _ expected: CouncilEvent...) {
        self.name = name
        self.given = given
        self.command = command
        self.expected = expected
    }
}

struct Refused: Sendable, CustomTestStringConvertible {
    var name: String
    var given: [CouncilCommand]
    var command: CouncilCommand
    var expected: DomainError
    var testDescription: String { name }

    init(_ name: String, given: [CouncilCommand], _ command: CouncilCommand, _ expected: DomainError) {
        self.name = name
        self.given = given
        self.command = command
        self.expected = expected
    }
}

func check(_ row: Accepted, sourceLocation: SourceLocation = #_sourceLocation) {
    switch outcome(of: row.command, after: row.given, sourceLocation: sourceLocation) {
    case .success(let events): #expect(events == row.expected, sourceLocation: sourceLocation)
    case .failure(let error): Issue.record("refused: \(error)", sourceLocation: sourceLocation)
    }
}

func check(_ row: Refused, sourceLocation: SourceLocation = #_sourceLocation) {
    switch outcome(of: row.command, after: row.given, sourceLocation: sourceLocation) {
    case .success(let events): Issue.record("accepted: \(events)", sourceLocation: sourceLocation)
    case .failure(let error): #expect(error == row.expected, sourceLocation: sourceLocation)
    }
}
