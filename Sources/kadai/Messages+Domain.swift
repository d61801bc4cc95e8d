import Council
import CouncilService

extension Messages {
    /// The service's words for a refusal, in this command's language.
    var refusals: RefusalText { RefusalText(japanese: language == .ja) }

    func describe(_ error: DomainError, bodies: [String], issues: [String]) -> String {
        refusals.describe(error, bodies: bodies, issues: issues)
    }
}
