import Calendar
import Council
import JSON

/// The model's snapshot payloads: binary, one for the core and one per section (the issues, a
/// year's uses, a year's issue work). Ids are written once in a table and named by number; the
/// council's and bodies' events are kept as their stored data and folded again on reading, so
/// bodies are folded by the domain's rules only. Anything cut short, altered or out of range reads
/// as nil (the model is then folded again).
extension CouncilReadModel {
    // MARK: Core

    func encodeCore() -> [UInt8] {
        var w = SnapshotWriter()
        w.position(position)
        w.optionalDate(latestDate)
        w.small(activeYears.count)
        for y in activeYears.sorted() { w.small(y) }
        w.small(lastChanged.count)
        for (section, p) in lastChanged.sorted(by: { $0.key < $1.key }) {
            switch section {
            case .issues: w.byte(0); w.small(0)
            case .uses(let y): w.byte(1); w.small(y)
            case .work(let y): w.byte(2); w.small(y)
            }
            w.position(p)
        }
        w.small(councilEvents.count)
        for (p, e) in councilEvents {
            w.position(p)
            w.string(e.typeName)
            var data: [UInt8] = []
            JSONValue.object(e.data).serialize(into: &data)
            w.data(data)
        }
        w.small(issueOrder.count)
        for id in issueOrder { w.string(id) }
        return w.bytes
    }

    static func encode(_ t: IssueTable) -> [UInt8] {
        var table = StringTableWriter()
        var w = SnapshotWriter()
        w.small(t.issues.count)
        for r in t.issues {
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
            write(r.tracks.now, into: &w, &table)
            w.day(r.tracks.lastDate)
            w.small(r.tracks.years.count)
            for y in r.tracks.years { w.small(y.key + 1); write(y.track, into: &w, &table) }
            w.small(r.owners.count)
            for o in r.owners { table.write(o, into: &w) }
        }
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
        guard let position = r.position(), let latest = r.optionalDate(), let yearCount = r.smallCount(each: 4) else { return nil }
        m.latestDate = latest
        for _ in 0..<yearCount {
            guard let y = r.small(), FiscalYear.startYears.contains(y) else { return nil }
            m.activeYears.insert(y)
        }
        guard let changedCount = r.smallCount(each: 13) else { return nil }
        for _ in 0..<changedCount {
            guard let kind = r.byte(), let y = r.small(), FiscalYear.startYears.contains(y), let p = r.position(), p <= position else { return nil }
            switch kind {
            case 0: m.lastChanged[.issues] = p
            case 1: m.lastChanged[.uses(y)] = p
            case 2: m.lastChanged[.work(y)] = p
            default: return nil
            }
        }
        guard let eventCount = r.smallCount(each: 24) else { return nil }
        for _ in 0..<eventCount {
            guard let p = r.position(), p <= position, let type = r.string(), let data = r.data() else { return nil }
            let decoded = data.withUnsafeBytes { try? CouncilEvent.decode(type: type, data: $0) }
            guard let event = decoded ?? nil, event.issueId == nil else { return nil }
            m.foldCouncil(event, at: p)
        }
        guard let orderCount = r.smallCount(each: 8) else { return nil }
        m.issueOrder.reserveCapacity(orderCount)
        for _ in 0..<orderCount {
            guard let id = r.string() else { return nil }
            m.issueOrder.append(id)
        }
        guard r.atEnd else { return nil }
        m.position = position
        return m
    }

    static func decodeIssues(_ bytes: [UInt8]) -> IssueTable? {
        var r = SnapshotReader(bytes)
        var t = IssueTable()
        guard let table = r.stringTable(), let issueCount = r.smallCount(each: 40) else { return nil }
        t.issues.reserveCapacity(issueCount)
        t.numbers.reserveCapacity(issueCount)
        for number in 0..<issueCount {
            guard let id = r.string(), t.numbers[id] == nil, let title = r.string(), let raisedBy = r.string(in: table),
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
            years.reserveCapacity(trackCount)
            for _ in 0..<trackCount {
                guard let stored = r.small(), stored <= 10_000, stored - 1 > (years.last?.key ?? -2), let track = readTrack(&r, table) else { return nil }
                years.append((stored - 1, track))
            }
            issue.tracks = IssueYearTracks(years: years, now: now, lastDate: lastDate)
            guard let ownerCount = r.smallCount(each: 4) else { return nil }
            for _ in 0..<ownerCount {
                guard let o = r.string(in: table) else { return nil }
                issue.owners.append(o)
            }
            t.numbers[id] = number
            t.issues.append(issue)
        }
        return r.atEnd ? t : nil
    }

    // MARK: Sections

    static func encode(_ uses: [FunctionUse]) -> [UInt8] {
        var table = StringTableWriter()
        var w = SnapshotWriter()
        w.small(uses.count)
        for u in uses {
            w.byte(UInt8(u.function.order))
            w.byte(UInt8(FunctionUse.Source.allCases.firstIndex(of: u.source)!))
            table.write(u.body, into: &w)
            table.write(optional: u.issue, into: &w)
            w.position(u.position)
        }
        var out = SnapshotWriter()
        table.write(into: &out)
        out.bytes.append(contentsOf: w.bytes)
        return out.bytes
    }

    static func decodeUses(_ bytes: [UInt8], year: FiscalYear) -> [FunctionUse]? {
        var r = SnapshotReader(bytes)
        let functions = CouncilFunction.allCases, sources = FunctionUse.Source.allCases
        guard let table = r.stringTable(), let count = r.smallCount(each: 18) else { return nil }
        var uses: [FunctionUse] = []
        uses.reserveCapacity(count)
        for _ in 0..<count {
            guard let f = r.byte(), Int(f) < functions.count, let source = r.byte(), Int(source) < sources.count,
                  let body = r.string(in: table), let issue = r.optionalString(in: table), let p = r.position() else { return nil }
            uses.append(FunctionUse(function: functions[Int(f)], body: body, issue: issue, fiscalYear: year, source: sources[Int(source)], position: p))
        }
        return r.atEnd ? uses : nil
    }

    static func encode(_ work: YearWork) -> [UInt8] {
        var table = StringTableWriter()
        var w = SnapshotWriter()
        w.small(work.issueEvents.count)
        for (id, refs) in work.issueEvents.sorted(by: { $0.key < $1.key }) {
            table.write(id, into: &w)
            w.small(refs.count)
            for e in refs {
                w.position(e.position)
                w.day(e.on)
                table.write(optional: e.ownerAt, into: &w)
                w.byte(e.activity.map { UInt8(ActivityKind.allCases.firstIndex(of: $0.kind)! + 1) } ?? 0)
                if let a = e.activity {
                    w.string(a.summary)
                    w.optionalString(a.meeting)
                    w.string(a.when.description)
                }
            }
        }
        w.small(work.evaluations.count)
        for (id, v) in work.evaluations.sorted(by: { $0.key < $1.key }) {
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

    static func decodeWork(_ bytes: [UInt8]) -> YearWork? {
        var r = SnapshotReader(bytes)
        var s = YearWork()
        let functions = CouncilFunction.allCases, kinds = ActivityKind.allCases
        guard let table = r.stringTable(), let issueCount = r.smallCount(each: 8) else { return nil }
        s.issueEvents.reserveCapacity(issueCount)
        for _ in 0..<issueCount {
            guard let id = r.string(in: table), s.issueEvents[id] == nil, let refCount = r.smallCount(each: 17) else { return nil }
            var refs: [IssueEventRef] = []
            refs.reserveCapacity(refCount)
            for _ in 0..<refCount {
                guard let p = r.position(), let on = r.day(), let owner = r.optionalString(in: table), let kind = r.byte(), Int(kind) <= kinds.count else { return nil }
                var ref = IssueEventRef(position: p, on: on, ownerAt: owner)
                if kind > 0 {
                    guard let summary = r.string(), let meeting = r.optionalString(), let when = r.string().flatMap(PartialDate.init(stored:)) else { return nil }
                    ref.activity = .init(kind: kinds[Int(kind) - 1], summary: summary, meeting: meeting, when: when)
                }
                refs.append(ref)
            }
            s.issueEvents[id] = refs
        }
        guard let evaluationCount = r.smallCount(each: 27) else { return nil }
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

    /// A section's snapshot payload.
    func encode(_ section: Section) -> [UInt8]? {
        switch section {
        case .issues: return issueTable.map(Self.encode)
        case .uses(let year): return uses[year].map(Self.encode)
        case .work(let year): return work[year].map(Self.encode)
        }
    }

    static func decode(_ bytes: [UInt8], as section: Section) -> SectionValue? {
        switch section {
        case .issues: return decodeIssues(bytes).map(SectionValue.issues)
        case .uses(let year): return decodeUses(bytes, year: FiscalYear(startYear: year)).map(SectionValue.uses)
        case .work: return decodeWork(bytes).map(SectionValue.work)
        }
    }
}
