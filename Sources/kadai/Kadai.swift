import Accounts
import Arguments
import Council
import CouncilService
import EventStore
import FileSystem

#if canImport(Glibc)
import Glibc
#endif

/// The command-line front: parses, calls, prints. Exit status 0 on success, 1 when the store
/// refuses or the log is not sound, 2 when the command line itself is wrong.
@main
enum Kadai {
    static func main() {
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Commands that write to a store.
    static func records(_ path: [String]) -> Bool {
        [["init"], ["apply"], ["case", "add"], ["forget"], ["meeting", "attach"], ["import"], ["account", "add"], ["account", "reset"], ["account", "disable"], ["account", "enable"]].contains(path)
            || RecordingCommands.declaration(path) != nil
    }

    static func run(_ arguments: [String]) -> Int32 {
        let program = CommandCatalogue.program
        let environmentLanguage = ProcessInfoLite.environment["KADAI_LANG"].flatMap(Language.init(rawValue:))
        let language = program.peekValue("lang", in: arguments).flatMap(Language.init(rawValue:)) ?? environmentLanguage ?? .ja
        let messages = Messages(language: language)
        let parsed: ParsedCommand
        do {
            switch try program.parse(arguments, language: language) {
            case .help(let text):
                Output.out(text)
                return 0
            case .command(let command):
                parsed = command
            }
        } catch {
            Output.err(messages.errorPrefix + error.message(language: language))
            return 2
        }
        let context = Context.resolve(parsed, language: language)
        do {
            switch parsed.path {
            case ["init"]: return try InitCommand.run(context)
            case ["audit", "verify"]: return try AuditCommands.verify(context)
            case ["audit", "anchor"]: return try AuditCommands.anchor(context)
            case ["audit", "log"]: return try AuditCommands.log(context)
            case ["stats"]: return try StatsCommand.run(context)
            case ["rebuild"]: return try RebuildCommand.run(context)
            case ["issue", "show"]: return try CouncilReads(context).issueShow()
            case ["issue", "list"]: return try CouncilReads(context).issueList()
            case ["issue", "history"]: return try CouncilReads(context).issueHistory()
            case ["body", "show"]: return try CouncilReads(context).bodyShow()
            case ["body", "list"]: return try CouncilReads(context).bodyList()
            case ["audit", "diff"]: return try CouncilReads(context).auditDiff()
            case ["apply"]: return try ApplyCommand.run(context)
            case ["case", "add"]: return try CaseNoteCommands.add(context)
            case ["forget"]: return try CaseNoteCommands.forget(context)
            case ["meeting", "attach"]: return try MaterialCommands.attach(context)
            case ["meeting", "files"]: return try MaterialCommands.files(context)
            case ["actor", "list"]: return try ActorCommands.list(context)
            case ["serve"]: return try ServeCommand.run(context)
            case ["account", "add"], ["account", "reset"], ["account", "disable"], ["account", "enable"], ["account", "list"]: return try AccountCommands.run(context)
            case ["export"]: return try TransferCommands.export(context)
            case ["import"]: return try TransferCommands.import(context)
            case ["site"]: return try SiteCommand.run(context)
            case ["sheet"], ["report", "status"], ["report", "plan"], ["report", "schedule"], ["report", "steering"], ["report", "composition"], ["report", "annual"], ["report", "policy"], ["report", "pdca"], ["report", "timeline"], ["report", "audit"], ["scorecard"]: return try DocumentCommands(context).run(parsed.path)
            case let path where RecordingCommands.declaration(path) != nil: return try RecordCommand.run(context)
            default:
                Output.err(messages.errorPrefix + messages.text("このコマンドはまだありません: \(parsed.path.joined(separator: " "))",
                                                                "This command does not exist yet: \(parsed.path.joined(separator: " "))"))
                return 2
            }
        } catch let refusal as Refusal {
            Output.err(messages.errorPrefix + messages.describe(refusal.error, bodies: context.knownIds("body-"), issues: context.knownIds("issue-")))
            return 1
        } catch let refusal as ApplyCommand.LineRefusal {
            let text = messages.describe(refusal.error, bodies: context.knownIds("body-"), issues: context.knownIds("issue-"))
            Output.err(messages.errorPrefix + messages.text("\(refusal.source) の \(refusal.line) 行目: ", "\(refusal.source) line \(refusal.line): ") + text
                       + messages.text(" 何も記録していません。", " Nothing was recorded."))
            return 1
        } catch let refusal as QueryRefusal {
            Output.err(messages.errorPrefix + messages.refusals.describe(refusal))
            // A refusal of what was typed is the command line's fault, as a bad option is.
            return refusal.field == nil ? 1 : 2
        } catch let error as AccountError {
            Output.err(messages.errorPrefix + messages.refusals.describe(error))
            return 1
        } catch let error as DomainError {
            Output.err(messages.errorPrefix + messages.describe(error, bodies: context.knownIds("body-"), issues: context.knownIds("issue-")))
            return 1
        } catch let error as StoreError {
            // "Nothing was recorded" only when no store of this command acknowledged a write.
            var said = messages.describe(error)
            if let written = context.acknowledged {
                said += messages.recordedBeforeTheError(written)
            } else if Self.records(parsed.path) && error.isIO {
                said += messages.nothingRecorded
            }
            Output.err(messages.errorPrefix + said)
            context.reportCuts()
            return 1
        } catch let failure as FileFailure {
            Output.err(messages.errorPrefix + failure.message(japanese: language == .ja))
            context.reportCuts()
            return 1
        } catch let error as CommandError {
            Output.err(messages.errorPrefix + (language == .ja ? error.ja : error.en))
            context.reportCuts()
            return error.exitCode
        } catch {
            Output.err(messages.errorPrefix + "\(error)")
            return 1
        }
    }
}
