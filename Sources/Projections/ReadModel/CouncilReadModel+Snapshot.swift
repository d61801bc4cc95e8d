import Calendar
import Council
import JSON

/// The model's snapshot payloads: binary, one for the core and one per year's section. Ids are
/// written once in a table and named by number; the council's and bodies' events are kept as their
/// stored data and folded again on reading, so bodies are folded by the domain's rules only.
/// Anything cut short, altered or out of range reads as nil (the model is then folded again).
extension CouncilReadModel {
    // MARK: Core

    func encodeCore() -> [UInt8] {
        var table = StringTableWriter()
        var w = SnapshotWriter()
        w.position(position)
        w.optionalDate(latestDate)
        w.small(activeYears.count)
        for y in activeYears.sorted() { w.small(y) }
        w.small(lastChanged.count)
        for (y, p) in lastChanged.sorted(by: { $0.key < $1.key }) { w.small(y); w.position(p) }
        w.small(councilEvents.count)
        for (p, e) in councilEvents {
            w.position(p)
            w.string(e.typeName)
            var data: [UInt8] = []
            JSONValue.object(e.data).serialize(into: &data)
            w.data(data)
        }
        w.small(issues.count)
        for r in issues {
            w.string(r.id)
            w.string(r.title)
            table.write(r.raisedBy, into: &w)
            w.day(r.raisedOn)
            w.bool(r.closure != nil)
            if let c = r.closure {
                w.byte(UInt8(CloseReason.allCases.firstIndex(of: c.reason)!))
                w.optionalString(c.note)
                w.day(c.on)
            }
            w.day(r.lastActivityOn)
            table.write(optional: r.owner, into: &w)
            w.small(r.plan.actions.count)
            for a in r.plan.actions { w.int(a.number); w.byte(a.functions.bits) }
            Self.write(r.tracks.now, into: &w, &table)
            w.day(r.tracks.lastDate)
            w.small(r.tracks.years.count)
            for y in r.tracks.years { w.int(y.key); Self.write(y.track, into: &w, &table) }
            w.small(r.owners.count)
            for o in r.owners { table.write(o, into: &w) }
        }
        w.small(issueOrder.count)
        for id in issueOrder { w.small(issueNumbers[id]!) }
        var out = SnapshotWriter()
        table.write(into: &out)
        out.bytes.append(contentsOf: w.bytes)
        return out.bytes
    }

    static func write(_ t: IssueTrack, into w: inout SnapshotWriter, _ table: inout StringTableWriter) {
        w.byte((t.seen ? 1 : 0) | (t.exists ? 2 : 0) | (t.handed ? 4 : 0))
        w.byte(UInt8(IssuePhase.allCases.firstIndex(of: t.phase)!))
        w.byte(t.phaseBeforeClose.map { UInt8(IssuePhase.allCases.firstIndex(of: $0)! + 1) } ?? 0)
        w.day(t.phaseOn)
        table.write(t.owner, into: &w)
        table.write(optional: t.lastOwnerAt, into: &w)
    }

    static func readTrack(_ r: inout SnapshotReader, _ table: [String]) -> IssueTrack? {
        guard let flags = r.byte(), flags < 8, let phase = r.byte(), Int(phase) < IssuePhase.allCases.count,
              let before = r.byte(), Int(before) <= IssuePhase.allCases.count, let phaseOn = r.day(),
              let owner = r.string(in: table), let lastOwnerAt = r.optionalString(in: table) else { return nil }
        var t = IssueTrack()
        t.seen = flags & 1 != 0
        t.exists = flags & 2 != 0
        t.handed = flags & 4 != 0
        t.phase = IssuePhase.allCases[Int(phase)]
        t.phaseBeforeClose = before == 0 ? nil : IssuePhase.allCases[Int(before) - 1]
        t.phaseOn = phaseOn
        t.owner = owner
        t.lastOwnerAt = lastOwnerAt
        return t
    }

    static func decodeCore(_ bytes: [UInt8]) -> CouncilReadModel? {
        var r = SnapshotReader(bytes)
        var m = CouncilReadModel()
        m.holdsEverySection = false
        guard let table = r.stringTable(), let position = r.position(), let latest = r.optionalDate(),
              let yearCount = r.smallCount(each: 4) else { return nil }
        m.latestDate = latest
        for _ in 0..<yearCount {
            guard let y = r.small(), FiscalYear.startYears.contains(y) else { return nil }
            m.activeYears.insert(y)
        }
        guard let changedCount = r.smallCount(each: 12) else { return nil }
        for _ in 0..<changedCount {
            guard let y = r.small(), FiscalYear.startYears.contains(y), let p = r.position(), p <= position else { return nil }
            m.lastChanged[y] = p
        }
        guard let eventCount = r.smallCount(each: 24) else { return nil }
        for _ in 0..<eventCount {
            guard let p = r.position(), p <= position, let type = r.string(), let data = r.data() else { return nil }
            let decoded = data.withUnsafeBytes { try? CouncilEvent.decode(type: type, data: $0) }
            guard let event = decoded ?? nil, event.issueId == nil else { return nil }
            m.foldCouncil(event, at: p)
        }
        guard let issueCount = r.smallCount(each: 40) else { return nil }
        m.issues.reserveCapacity(issueCount)
        for number in 0..<issueCount {
            guard let id = r.string(), m.issueNumbers[id] == nil, let title = r.string(), let raisedBy = r.string(in: table),
                  let raisedOn = r.day(), let closed = r.bool() else { return nil }
            var issue = IssueRecord(id: id)
            issue.title = title
            issue.raisedBy = raisedBy
            issue.raisedOn = raisedOn
            if closed {
                guard let reason = r.byte(), Int(reason) < CloseReason.allCases.count, let note = r.optionalString(), let on = r.day() else { return nil }
                issue.closure = IssueClosed(issue: id, reason: CloseReason.allCases[Int(reason)], note: note, on: on)
            }
            guard let last = r.day(), let owner = r.optionalString(in: table), let actionCount = r.smallCount(each: 9) else { return nil }
            issue.lastActivityOn = last
            issue.owner = owner
            for _ in 0..<actionCount {
                guard let n = r.int(), let bits = r.byte(), bits < 64 else { return nil }
                issue.plan.actions.append((n, FunctionSet(bits: bits)))
            }
            guard let now = readTrack(&r, table), let lastDate = r.day(), let trackCount = r.smallCount(each: 19) else { return nil }
            var years: [(key: Int, track: IssueTrack)] = []
            for _ in 0..<trackCount {
                guard let key = r.int(), key >= -1, key <= 9999, key > (years.last?.key ?? -2), let t = readTrack(&r, table) else { return nil }
                years.append((key, t))
            }
            issue.tracks = IssueYearTracks(years: years, now: now, lastDate: lastDate)
            guard let ownerCount = r.smallCount(each: 4) else { return nil }
            for _ in 0..<ownerCount {
                guard let o = r.string(in: table) else { return nil }
                issue.owners.append(o)
            }
            m.issueNumbers[id] = number
            m.issues.append(issue)
        }
        guard let orderCount = r.smallCount(each: 4) else { return nil }
        m.issueOrder.reserveCapacity(orderCount)
        for _ in 0..<orderCount {
            guard let n = r.small(), n < m.issues.count else { return nil }
            m.issueOrder.append(m.issues[n].id)
        }
        guard r.atEnd else { return nil }
        m.position = position
        return m
    }

    // MARK: Sections

    static func encode(_ s: YearSection) -> [UInt8] {
        var table = StringTableWriter()
        var w = SnapshotWriter()
        w.small(s.uses.count)
        for u in s.uses {
            w.byte(UInt8(u.function.order))
            w.byte(UInt8(FunctionUse.Source.allCases.firstIndex(of: u.source)!))
            table.write(u.body, into: &w)
            table.write(optional: u.issue, into: &w)
            w.position(u.position)
        }
        w.small(s.issueEvents.count)
        for (id, refs) in s.issueEvents.sorted(by: { $0.key < $1.key }) {
            table.write(id, into: &w)
            w.small(refs.count)
            for e in refs {
                w.position(e.position)
                w.day(e.on)
                table.write(optional: e.ownerAt, into: &w)
                w.byte(e.activity.map { UInt8(ActivityKind.allCases.firstIndex(of: $0.kind)! + 1) } ?? 0)
                if let a = e.activity { w.string(a.summary) }
            }
        }
        w.small(s.evaluations.count)
        for (id, v) in s.evaluations.sorted(by: { $0.key < $1.key }) {
            table.write(id, into: &w)
            w.small(v.fiscalYear.startYear)
            w.string(v.outcome)
            // The functions as recorded (order and repeats), for documents that list them.
            w.small(v.functions.count)
            for f in v.functions { w.byte(UInt8(f.order)) }
            w.byte(UInt8(EvaluationDecision.allCases.firstIndex(of: v.decision)!))
            w.optionalString(v.next)
            w.optionalString(v.reason)
            w.day(v.on)
        }
        var out = SnapshotWriter()
        table.write(into: &out)
        out.bytes.append(contentsOf: w.bytes)
        return out.bytes
    }

    static func decodeSection(_ bytes: [UInt8], year: FiscalYear) -> YearSection? {
        var r = SnapshotReader(bytes)
        var s = YearSection()
        let functions = CouncilFunction.allCases, sources = FunctionUse.Source.allCases, kinds = ActivityKind.allCases
        guard let table = r.stringTable(), let useCount = r.smallCount(each: 18) else { return nil }
        s.uses.reserveCapacity(useCount)
        for _ in 0..<useCount {
            guard let f = r.byte(), Int(f) < functions.count, let source = r.byte(), Int(source) < sources.count,
                  let body = r.string(in: table), let issue = r.optionalString(in: table), let p = r.position() else { return nil }
            s.uses.append(FunctionUse(function: functions[Int(f)], body: body, issue: issue, fiscalYear: year, source: sources[Int(source)], position: p))
        }
        guard let issueCount = r.smallCount(each: 8) else { return nil }
        for _ in 0..<issueCount {
            guard let id = r.string(in: table), s.issueEvents[id] == nil, let refCount = r.smallCount(each: 17) else { return nil }
            var refs: [IssueEventRef] = []
            refs.reserveCapacity(refCount)
            for _ in 0..<refCount {
                guard let p = r.position(), let on = r.day(), let owner = r.optionalString(in: table), let kind = r.byte(), Int(kind) <= kinds.count else { return nil }
                var ref = IssueEventRef(position: p, on: on, ownerAt: owner)
                if kind > 0 {
                    guard let summary = r.string() else { return nil }
                    ref.activity = .init(kind: kinds[Int(kind) - 1], summary: summary)
                }
                refs.append(ref)
            }
            s.issueEvents[id] = refs
        }
        guard let evaluationCount = r.smallCount(each: 20) else { return nil }
        for _ in 0..<evaluationCount {
            guard let id = r.string(in: table), s.evaluations[id] == nil, let fy = r.small(), FiscalYear.startYears.contains(fy),
                  let outcome = r.string(), let functionCount = r.smallCount() else { return nil }
            var listed: [CouncilFunction] = []
            for _ in 0..<functionCount {
                guard let f = r.byte(), Int(f) < functions.count else { return nil }
                listed.append(functions[Int(f)])
            }
            guard let decision = r.byte(), Int(decision) < EvaluationDecision.allCases.count,
                  let next = r.optionalString(), let reason = r.optionalString(), let on = r.day() else { return nil }
            s.evaluations[id] = IssueEvaluated(issue: id, fiscalYear: FiscalYear(startYear: fy), outcome: outcome, functions: listed,
                                               decision: EvaluationDecision.allCases[Int(decision)], next: next, reason: reason, on: on)
        }
        return r.atEnd ? s : nil
    }
}
