import Projections

/// Every category, target group and area recorded on any issue of the council: what a list offers
/// to filter by, whatever the filter.
public struct IssueWords: Sendable {
    public let categories: [String]
    public let groups: [String]
    public let areas: [String]

    init(_ summary: CouncilSummary) {
        var (categories, groups, areas) = (Set<String>(), Set<String>(), Set<String>())
        for issue in summary.issues.values {
            categories.formUnion(issue.categories)
            groups.formUnion(issue.groups)
            if let area = issue.area { areas.insert(area) }
        }
        self.categories = categories.sorted()
        self.groups = groups.sorted()
        self.areas = areas.sorted()
    }
}
