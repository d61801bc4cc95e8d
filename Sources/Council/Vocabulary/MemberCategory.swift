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
}
