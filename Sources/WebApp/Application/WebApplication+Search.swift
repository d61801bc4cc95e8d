import CouncilService
import Documents
import HTTPServer

extension WebApplication {
    /// The most issues a search page lists.
    static let searchLimit = 50

    /// `/search?q=…`: the issues whose texts hold the words, best first. Without `q` the form
    /// alone; a query the service refuses (empty, too long) comes back in the form with the
    /// refusal beside it.
    func search(_ request: HTTPRequest, session: Session) throws -> HTTPResponse {
        guard let query = request.queryItems["q"] else {
            return searchPage(SearchPage(query: nil, hits: [], more: false, japanese: japanese))
        }
        do {
            let hits = try service.search(query, limit: Self.searchLimit + 1, reader: session.actor)
            return searchPage(SearchPage(query: query, hits: Array(hits.prefix(Self.searchLimit)), more: hits.count > Self.searchLimit,
                                         japanese: japanese))
        } catch let refusal as SearchRefusal {
            let page = SearchPage(query: query, hits: [], more: false, refusal: RefusalText(japanese: japanese).describe(refusal), japanese: japanese)
            return searchPage(page, status: .badRequest)
        }
    }

    func searchPage(_ page: SearchPage, status: HTTPStatus = .ok) -> HTTPResponse {
        .html(frame.page(page.document(), leader: page.form(), trailer: page.list()), status: status)
    }
}
