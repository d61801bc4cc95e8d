/// The columns of a body's 事業項目 table (Kodama) an entry is written in: 取組状況, 結果及び評価,
/// and the next 年度's 計画.
public enum WorkColumn: String, Vocabulary {
    public static let typeName = "WorkColumn"
    case progress
    case result
    case plan
}
