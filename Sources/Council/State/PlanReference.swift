import Calendar

/// How a planned entry is named (`meeting postpone`, `body activity --plan`): the body, the 年度 and
/// its entry number with a "p", `soudan-2021-p3`. Printed when it is planned and in `body show`.
public enum PlanReference {
    public static func id(body: String, year: FiscalYear, entry: Int) -> String {
        "\(body)-\(year.startYear)-p\(entry)"
    }

    /// The body, year and entry an id names; nil for an id of another shape.
    public static func parts(of id: String) -> (body: String, year: FiscalYear, entry: Int)? {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, last.hasPrefix("p"),
              let entry = Int(last.dropFirst()), entry >= 1, last.dropFirst().allSatisfy(\.isASCII),
              parts[parts.count - 2].count == 4, let year = Int(parts[parts.count - 2]), parts[parts.count - 2].allSatisfy(\.isASCII),
              FiscalYear.startYears.contains(year) else { return nil }
        let body = parts.dropLast(2).joined(separator: "-")
        return body.isEmpty ? nil : (body, FiscalYear(startYear: year), entry)
    }
}
