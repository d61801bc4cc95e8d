/// The categories (種別) of the organisations members come from (DESIGN §2).
public enum MemberCategory: String, Vocabulary {
    public static let typeName = "MemberCategory"
    case consultationSupport
    case serviceProvider
    case government
    case publicHealthCentre
    case education
    case employment
    case medical
    case welfareCommissioner
    case partyConcerned
    case academic
    case socialWelfareCouncil
    case legal
    case business
    case resident
    case other
    // Added after `other`: snapshots keep a word as its place in this list.
    /// 就労支援機関: ハローワークは `employment`, 就労・生活支援センターなどの支援機関はこちら.
    case employmentSupport
    /// 行政職員（都道府県）, apart from the municipality's own staff (`government`), as Tokyo's forms count them.
    case prefecturalGovernment
    /// 身体・知的障害者相談員.
    case disabilityCounsellor
}

extension MemberCategory {
    /// The order a composition table lists them in: each beside its kin, その他 last.
    public static let displayOrder: [MemberCategory] = [
        .consultationSupport, .serviceProvider, .government, .prefecturalGovernment, .publicHealthCentre, .education, .employment,
        .employmentSupport, .medical, .welfareCommissioner, .disabilityCounsellor, .partyConcerned, .academic, .socialWelfareCouncil,
        .legal, .business, .resident, .other,
    ]
}
