import Calendar
import Documents
import HTTPServer

extension WebApplication {
    /// `/bodies`, `/bodies/soudan`.
    func bodies(segments: [String]) throws -> HTTPResponse {
        let pages = BodyPages(japanese: japanese)
        switch segments.count {
        case 0: return .html(frame.page(pages.list(try service.bodies())))
        case 1: return .html(frame.page(pages.page(try service.bodyView(segments[0]), today: .todayInJapan), crumbs: [Link(t("nav.bodies"), "/bodies")]))
        default: return notFound()
        }
    }

    /// `/documents`: every 年度 with something recorded in it, latest first.
    func documentIndex() throws -> HTTPResponse {
        .html(frame.page(BodyPages(japanese: japanese).documentIndex(years: try service.activeYears())))
    }
}
