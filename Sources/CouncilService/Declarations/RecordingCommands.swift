/// Every command that records something, declared once (DESIGN §10). The order is the order of
/// the command line's help.
public enum RecordingCommands {
    public static let all: [CommandDeclaration] = bodies + materials + workItems + issues + accounts

    static let byName: [String: CommandDeclaration] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// Declared like the others, recorded only from the command line: it reads a file on this machine.
    public static let commandLineOnly: [CommandDeclaration] = [attachMaterial]

    /// The declaration of `issue raise`, `meeting record` …, or nil for words that record nothing.
    public static func named(_ words: String) -> CommandDeclaration? { byName[words] }

    public static func declaration(_ path: [String]) -> CommandDeclaration? { byName[path.joined(separator: " ")] }
}
