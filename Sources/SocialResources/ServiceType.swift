import Council

/// The national categories of disability services a provider offers (障害者総合支援法・児童福祉法),
/// in the order a ふくしマップ lists them: where people live, what they do by day, work, children,
/// consultation.
public enum ServiceType: String, CaseIterable, Sendable, Comparable {
    case facilityAdmission, groupHome, dayServiceGroupHome, shortStay
    case homeCare, lifeCare, communityActivityCenter
    case employmentTransition, employmentA, employmentB, employmentRetention
    case childDevelopmentSupport, afterSchoolDayService
    case coreConsultation, entrustedConsultation, generalConsultation, planningConsultation, childConsultation

    public var japanese: String {
        switch self {
        case .facilityAdmission: "施設入所支援"
        case .groupHome: "共同生活援助"
        case .dayServiceGroupHome: "日中サービス支援型共同生活援助"
        case .shortStay: "短期入所"
        case .homeCare: "居宅介護"
        case .lifeCare: "生活介護"
        case .communityActivityCenter: "地域活動支援センター"
        case .employmentTransition: "就労移行支援"
        case .employmentA: "就労継続支援A型"
        case .employmentB: "就労継続支援B型"
        case .employmentRetention: "就労定着支援"
        case .childDevelopmentSupport: "児童発達支援"
        case .afterSchoolDayService: "放課後等デイサービス"
        case .coreConsultation: "基幹相談支援センター"
        case .entrustedConsultation: "委託相談支援事業所"
        case .generalConsultation: "指定一般相談支援事業所"
        case .planningConsultation: "指定特定相談支援事業所"
        case .childConsultation: "指定障害児相談支援事業所"
        }
    }

    /// Whether people stay or attend in numbers, so that its places (定員) and vacancies (空き) count.
    public var hasPlaces: Bool {
        switch self {
        case .homeCare, .coreConsultation, .entrustedConsultation, .generalConsultation, .planningConsultation, .childConsultation: false
        default: true
        }
    }

    /// The English name in any case, or the Japanese one (共同生活援助, 就労継続支援B型 …).
    public init?(input: String) {
        let word = input.trimmingSpaces
        guard let found = Self.allCases.first(where: { $0.rawValue.lowercased() == word.lowercased() || $0.japanese == word }) else { return nil }
        self = found
    }

    public static func < (lhs: ServiceType, rhs: ServiceType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
