import JSON

/// JSON for programs: the facts (figures with the event positions behind them) first, then the
/// document as blocks, so a reader can check any figure against the log.
enum JSONRenderer {
    static func render(_ d: Document) -> String {
        var o = JSONObject()
        o["document"] = .string(d.kind)
        o["title"] = .string(d.title)
        o["language"] = .string(d.language)
        for (key, value) in d.facts { o[key] = value }
        o["byline"] = .array(d.byline.map { .string($0) })
        o["blocks"] = .array(d.blocks.map(block))
        return JSONValue.object(o).serialized() + "\n"
    }

    static func block(_ b: Block) -> JSONValue {
        func strings(_ s: [String]) -> JSONValue { .array(s.map { .string($0) }) }
        switch b {
        case .heading(let t): return .object(["heading": .string(t)])
        case .paragraph(let t): return .object(["paragraph": .string(t)])
        case .bullets(let items): return .object(["bullets": strings(items)])
        case .fields(let fields): return .object(["fields": .array(fields.map { .object(["label": .string($0.label), "value": .string($0.value)]) })])
        case .table(let t):
            var o: JSONObject = ["header": strings(t.header), "rows": .array(t.rows.map(strings))]
            if let caption = t.caption { o["caption"] = .string(caption) }
            if !t.links.isEmpty { o["links"] = .array(t.links.map { .array($0.map { $0.map(JSONValue.string) ?? .null }) }) }
            return .object(["table": .object(o)])
        case .note(let t): return .object(["note": .string(t)])
        case .links(let links): return .object(["links": .array(links.map { .object(["text": .string($0.text), "href": .string($0.href)]) })])
        case .chart(let c):
            return .object(["chart": .object(["title": .string(c.title), "unit": .string(c.unit), "alternative": .string(c.alternative),
                                              "bars": .array(c.bars.map { .object(["label": .string($0.label), "value": .int(Int64($0.value))]) })])])
        }
    }
}
