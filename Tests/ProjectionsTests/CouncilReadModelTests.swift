import Calendar
import Council
import Testing
@testable import Projections

/// The read model answers every document's question as a scan of the whole log did, and folding it
/// in parts — through its snapshots, with only some years' sections in memory — gives the model
/// folded at once.
struct CouncilReadModelTests {
    static let seeds: [UInt64] = [1, 2, 3, 42]

    static func folded(_ events: [(position: UInt64, event: CouncilEvent)]) -> CouncilReadModel {
        var model = CouncilReadModel()
        for (p, e) in events { model.apply(e, at: p) }
        return model
    }

    /// The model as its snapshots would store it: the core and every section written.
    static func encoded(_ m: CouncilReadModel) -> (core: [UInt8], sections: [CouncilReadModel.Section: [UInt8]]) {
        var sections: [CouncilReadModel.Section: [UInt8]] = [:]
        for section in m.lastChanged.keys { sections[section] = m.encode(section) }
        return (m.encodeCore(), sections)
    }

    @Test(arguments: seeds)
    func theModelAnswersAsTheWholeLogDid(seed: UInt64) {
        let history = SampleHistory(seed: seed)
        let model = Self.folded(history.events)
        let reference = ReferenceRecord(history.events)
        #expect(model.issueOrder == reference.state.issueOrder)
        #expect(model.council.bodies == reference.state.bodies && model.council.name == reference.state.name)
        for year in history.years {
            #expect(model.functionUses(in: year) == reference.functionUses.filter { $0.fiscalYear == year }, "\(year)")
            let worked = model.issuesWorked(in: year)
            for body in SampleHistory.bodies {
                #expect(worked[body] ?? [] == reference.issues(of: body, in: year), "\(body) \(year)")
                #expect(model.meetings(of: body, in: year).map(\.position) == reference.meetings(of: body, in: year), "\(body) \(year)")
                #expect(model.policy(of: body, in: year)?.position == reference.policy(of: body, in: year))
                #expect(model.review(of: body, in: year)?.position == reference.review(of: body, in: year))
            }
            for id in model.issueOrder {
                for day in [year.lastDay, year.firstDay.adding(days: -1)] {
                    let then = reference.issue(id, on: day)
                    let overview = model.issue(id, on: day)
                    #expect(overview?.phase == then?.phase && overview?.owner == then?.owner, "\(id) on \(day)")
                }
                let refs = model.issueEvents(of: id, in: year)
                let expected = reference.events(ofIssue: id).filter { year.contains($0.event.on) }
                #expect(refs.map(\.position) == expected.map(\.position))
                #expect(refs.map(\.ownerAt) == expected.map { reference.ownerAt[$0.position] })
                #expect(model.evaluation(of: id, for: year) == reference.state.issues[id]?.evaluations.last { $0.fiscalYear == year })
            }
        }
        for id in model.issueOrder {
            let now = reference.state.issues[id]!
            #expect(model.issue(id) == IssueOverview(now), "\(id)")
            #expect(Set(model.owners(of: id)) == Set(reference.events(ofIssue: id).compactMap { reference.ownerAt[$0.position] }))
        }
    }

    @Test(arguments: seeds)
    func aModelFoldedInPartsThroughItsSnapshotsIsTheModelFoldedAtOnce(seed: UInt64) throws {
        let history = SampleHistory(seed: seed)
        let whole = Self.encoded(Self.folded(history.events))
        for split in [1, history.events.count / 3, history.events.count / 2, history.events.count - 1] {
            let first = Self.folded(Array(history.events[..<split]))
            let saved = Self.encoded(first)
            // A new process: the core, one year's uses read ahead, the other sections when the tail changes them.
            var model = try #require(CouncilReadModel.decodeCore(saved.core))
            let ahead = CouncilReadModel.Section.uses(history.years[history.years.count / 2].startYear)
            if let bytes = saved.sections[ahead] { model.hold(try #require(CouncilReadModel.decode(bytes, as: ahead)), as: ahead) }
            for (p, e) in history.events[split...] {
                try model.apply(e, at: p) { section, changed, position in
                    #expect(changed <= UInt64(split) && position >= UInt64(split), "a section the tail changes first is the snapshot's")
                    return try #require(CouncilReadModel.decode(saved.sections[section]!, as: section))
                }
            }
            #expect(model.encodeCore() == whole.core, "split at \(split)")
            for section in whole.sections.keys {
                // Sections the tail did not change are the ones saved before it.
                let bytes = model.holds(section) && model.lastChanged[section] != nil ? model.encode(section) : saved.sections[section]
                #expect(bytes == whole.sections[section], "split at \(split), \(section)")
            }
        }
    }

    @Test func theSnapshotsReadBackWhatWasWritten() throws {
        let model = Self.folded(SampleHistory(seed: 7).events)
        let core = model.encodeCore()
        let read = try #require(CouncilReadModel.decodeCore(core))
        #expect(read.encodeCore() == core)
        #expect(read.position == model.position && read.lastChanged == model.lastChanged && read.activeYears == model.activeYears)
        #expect(read.issueOrder == model.issueOrder && read.council == model.council)
        for section in model.lastChanged.keys {
            let bytes = try #require(model.encode(section))
            var back = read
            back.hold(try #require(CouncilReadModel.decode(bytes, as: section)), as: section)
            #expect(back.encode(section) == bytes, "\(section)")
        }
        let empty = CouncilReadModel()
        #expect(CouncilReadModel.decodeCore(empty.encodeCore())?.encodeCore() == empty.encodeCore())
    }

    @Test func aSnapshotCutShortOrAlteredReadsAsNothingOrAsSomethingButNeverTraps() throws {
        let model = Self.folded(SampleHistory(seed: 9, issues: 6).events)
        let core = model.encodeCore()
        let payloads: [([UInt8], ([UInt8]) -> Bool)] = [(core, { CouncilReadModel.decodeCore($0) != nil })]
            + model.lastChanged.keys.sorted().prefix(3).map { section in (model.encode(section)!, { CouncilReadModel.decode($0, as: section) != nil }) }
        for (bytes, decode) in payloads {
            for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
                #expect(!decode(Array(bytes[..<length])), "cut to \(length) bytes")
            }
            #expect(!decode(bytes + [0]), "trailing bytes")
            for i in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
                for value: UInt8 in [0x00, 0x7F, 0xFF] {
                    var altered = bytes
                    altered[i] = value
                    _ = decode(altered)
                }
            }
        }
    }
}
