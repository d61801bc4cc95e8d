import Council

/// The five functions of 地域生活支援拠点等 as the national government names them, in its order,
/// each with the description councils copy into their verification tables (国が示す機能).
public enum HubFunction: String, CaseIterable, Sendable, Comparable {
    case consultation
    case emergency
    case experience
    case specialists
    case community

    public var japanese: String {
        switch self {
        case .consultation: "相談"
        case .emergency: "緊急時の受け入れ・対応"
        case .experience: "体験の機会・場"
        case .specialists: "専門的人材の確保・養成"
        case .community: "地域の体制づくり"
        }
    }

    public var english: String {
        switch self {
        case .consultation: "consultation"
        case .emergency: "emergency acceptance and response"
        case .experience: "opportunities and places to try living"
        case .specialists: "securing and training specialists"
        case .community: "building the local system"
        }
    }

    public func label(japanese: Bool) -> String { japanese ? self.japanese : english }

    /// 国が示す機能, as the national guidance words it.
    public var nationalDescription: String {
        switch self {
        case .consultation:
            "地域定着支援を活用しながら，コーディネーターを配置し，緊急時の支援が見込めない世帯を事前に把握・登録した上で，常時の連絡体制を確保し，障害の特性に起因して生じた緊急の事態等に必要なサービスのコーディネートや相談その他必要な支援を行う機能"
        case .emergency:
            "短期入所を活用した常時の緊急受入体制等を確保した上で，介護者の急病や障害者の状態変化等の緊急時の受け入れや医療機関への連絡等の必要な対応を行う機能"
        case .experience:
            "地域移行支援や親元からの自立等に当たって，共同生活援助等の障害福祉サービスの利用や一人暮らしの体験の機会・場を提供する機能"
        case .specialists:
            "医療的ケアが必要な者や行動障害を有する者，高齢化に伴い重度化した障害者に対して，専門的な対応を行うことができる体制の確保や，専門的な対応ができる人材の養成を行う機能"
        case .community:
            "コーディネーターを配置し，地域の様々なニーズに対応できるサービス提供体制の確保や，地域の社会資源の連携体制の構築等を行う機能"
        }
    }

    /// The English name, or the Japanese one as tables write it (相談, 緊急時の受け入れ・対応 …).
    public init?(input: String) {
        let word = input.trimmingSpaces
        guard let found = Self.allCases.first(where: { $0.rawValue.lowercased() == word.lowercased() || $0.japanese == word }) else { return nil }
        self = found
    }

    public static func < (lhs: HubFunction, rhs: HubFunction) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
