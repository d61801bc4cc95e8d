import HomeEvaluations
import Projections
import SocialResources
import SupportHubs

extension CouncilService {
    /// The ledgers beside the council's own whose records a store may hold, each to be held to its
    /// own rules when a history is read back (`HistoryCheck`). A new ledger is one line here.
    static func otherLedgers() -> [LedgerAdmission] {
        [LedgerAdmission(HubDecider.self, recording: HubCommand.init(recording:)),
         LedgerAdmission(ResourceDecider.self, recording: ResourceCommand.init(recording:)),
         LedgerAdmission(HomeEvaluationDecider.self, recording: HomeEvaluationCommand.init(recording:))]
    }
}
