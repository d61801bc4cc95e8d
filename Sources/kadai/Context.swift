import Arguments
import Council
import CouncilService
import EventStore
import JSON

/// What every command needs: the parsed command, the resolved global options and the output.
struct Context {
    let command: ParsedCommand
    let storePath: String
    /// The actor named with `--as` or `KADAI_ACTOR`, if any.
    let namedActor: String?
    let json: Bool
    let messages: Messages

    static func resolve(_ command: ParsedCommand, language: Language) -> Context {
        let environment = ProcessInfoLite.environment
        let store = command.value("store") ?? environment["KADAI_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "./EventLog"
        let named = command.value("as") ?? environment["KADAI_ACTOR"].flatMap { $0.isEmpty ? nil : $0 }
        return Context(command: command, storePath: store, namedActor: named, json: command.flag("json"), messages: Messages(language: language))
    }

    /// Who records, in a store without roles.
    var actor: String { namedActor ?? Caller.defaultActor }

    /// Who is writing, for a store that may check roles.
    var caller: Caller { Caller(named: namedActor, account: OperatingSystemAccount.current()) }

    var snapshotDirectory: String {
        ProcessInfoLite.environment["KADAI_SNAPSHOTS"] ?? SnapshotStore.defaultDirectory(forStore: storePath)
    }

    /// Every service this command opened, so that an error can still report what they did.
    let opened = OpenedStores()

    /// The council's service on the store.
    func openService() throws(StoreError) -> CouncilService {
        let service = try CouncilService.open(at: storePath, snapshots: snapshotDirectory)
        opened.services.append(service)
        return service
    }

    /// Where in time a read stands: `--as-of` (where the command takes it) and `--known-at`.
    func readingPoint() throws -> ReadingPoint {
        let asOf = try (command.declares("as-of") ? command.value("as-of") : nil).map { try CommandBuilder.date($0, option: "as-of") }
        guard let text = command.value("known-at") else { return ReadingPoint(asOf: asOf) }
        let instant = try DateInput.parse(text, option: "known-at", endOfDay: true)
        // What will be known later cannot be shown; quietly showing today would look like an answer.
        guard try DateInput.parse(text, option: "known-at", endOfDay: false) <= Timestamp.now() else {
            throw CommandError(ja: "--known-at '\(text)' は未来の時刻です。記録された時点を知りたいときは、今より前の日時を指定してください（今の状態はこのオプションなしで表示されます）。",
                               en: "--known-at '\(text)' lies in the future. Give a time before now to see what was known then; leave the option out to see what is known now.")
        }
        return ReadingPoint(asOf: asOf, knownAt: instant)
    }

    /// After an acknowledged write: reports any unfinished write the store cut on the way, then
    /// saves caches and gives back reserved space. What fails here is said, never thrown: the
    /// records are already on disk, and a retry would record them twice.
    func finishWriting(_ service: CouncilService) {
        report(afterWrite: service.finishWriting())
    }

    private func report(afterWrite problems: [StoreError]) {
        reportCuts()
        for problem in problems { Output.err(messages.notePrefix + messages.afterWrite(problem)) }
    }

    /// Unfinished writes any opened store cut, each said once (also when the command then failed).
    func reportCuts() {
        let cuts = opened.services.flatMap { $0.takeCuts() }
        for cut in cuts { Output.err(messages.notePrefix + messages.cut(cut)) }
    }

    /// The positions the command's stores acknowledged, if any did.
    var acknowledged: ClosedRange<UInt64>? {
        opened.services.compactMap(\.acknowledged)
            .reduce(nil) { a, b in a.map { min($0.lowerBound, b.lowerBound)...max($0.upperBound, b.upperBound) } ?? b }
    }

    /// The ids behind the streams with this prefix (`body-`, `issue-`), for "did you mean".
    func knownIds(_ prefix: String) -> [String] {
        // The service the command already opened knows them; one is opened only when none was.
        let service = opened.services.first ?? (try? CouncilService.open(at: storePath, snapshots: snapshotDirectory))
        return service?.knownIds(prefix) ?? []
    }

    func text(_ ja: String, _ en: String) -> String { messages.text(ja, en) }

    /// Writes a line to stdout.
    func say(_ line: String) { Output.out(line) }

    func printJSON(_ object: JSONObject) { Output.out(JSONValue.object(object).serialized()) }

    /// A positive whole number option, or a clear refusal naming it.
    func number(_ option: String) throws(CommandError) -> Int? {
        guard let text = command.value(option) else { return nil }
        guard let n = Int(text), n > 0 else {
            throw CommandError(ja: "--\(option) には1以上の整数を指定してください（'\(text)' は使えません）。",
                               en: "--\(option) needs a whole number of 1 or more, not '\(text)'.")
        }
        return n
    }
}

final class OpenedStores {
    var services: [CouncilService] = []
}
