import Calendar
import Council

/// The minutes and materials a site publishes: only files marked public, of a meeting held by the
/// site's day — also when attached later (minutes are approved at the next meeting), as far as
/// the record read knows them. A file not public never reaches the site — not the file, not
/// its title. Each is copied into `files/` under a name made from its hash and the ASCII letters
/// of its name (`files/3fa40c9e1b2d4f60-minutes.pdf`), so no name a user gave can leave the folder,
/// hide in it or clash with another file.
extension Site {
    /// Every published file with its path in the site's folder, in the order of bodies and attachment.
    public func materials() -> [(path: String, material: MaterialAttached)] {
        var seen: Set<String> = []
        return bodies.flatMap { b in publicMaterials(of: b) }.compactMap { m in
            let path = SitePaths.material(m)
            return seen.insert(path).inserted ? (path, m) : nil
        }
    }

    /// A body's public files of meetings held by the site's day. Their publication is as last set
    /// (`attachedMaterials`), whatever day it was set on: a file withdrawn today leaves last
    /// year's site too.
    func publicMaterials(of body: BodyState) -> [MaterialAttached] {
        let held = Set(body.meetings.filter { $0.on <= on }.map(MeetingReference.id(of:)))
        return (attachedMaterials[body.id] ?? body.materials).filter { $0.isPublic && held.contains($0.meeting) }
    }

    /// Links to the public files of a year's meetings, from `page`: 第3回　議事録の表題　議事録（PDF、1.2MB）.
    func materialLinks(of body: BodyState, in year: FiscalYear, from page: String) -> [Link] {
        let meetings = record.meetings(of: body.id, in: year).map(\.meeting)
        let numbers = Dictionary(meetings.map { (MeetingReference.id(of: $0), $0.number) }, uniquingKeysWith: { a, _ in a })
        return publicMaterials(of: body).compactMap { m in
            guard let number = numbers[m.meeting] else { return nil }
            let ja = language.japanese
            let text = (ja ? "第\(number)回　" : "No. \(number): ") + m.title + (ja ? "　" : " — ") + MaterialLabel.kindTypeAndSize(m, japanese: ja)
            return Link(text, SitePaths.relative(from: page, to: SitePaths.material(m)))
        }
    }
}

extension SitePaths {
    /// `files/` + the hash's first 16 hex digits + the file name's ASCII letters, digits, `-` and `_`
    /// (none when it has none) + its extension when that is a short ASCII word.
    public static func material(_ m: MaterialAttached) -> String {
        let name = m.file
        let ext = MediaType.fileExtension(of: name).flatMap { e in
            e.count <= 8 && e.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) } ? e : nil
        }
        let stem = ext == nil ? name : String(name.dropLast(ext!.count + 1))
        var safe = ""
        for scalar in stem.unicodeScalars {
            let plain = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            if plain { safe.unicodeScalars.append(scalar) } else if !safe.hasSuffix("-") && !safe.isEmpty { safe += "-" }
        }
        while safe.hasSuffix("-") { safe.removeLast() }
        safe = String(safe.prefix(60))
        return "files/" + m.sha256.prefix(16) + (safe.isEmpty ? "" : "-" + safe) + (ext.map { "." + $0 } ?? "")
    }
}

extension Site {
    /// Links to the public files concerning an issue, of every body's meetings, from `page`:
    /// 相談支援部会 第3回（令和6年9月10日）　表題　議事録（PDF、1.2MB）.
    func materialLinks(concerning issue: String, from page: String) -> [Link] {
        let ja = language.japanese
        return bodies.flatMap { b in
            publicMaterials(of: b).filter { $0.issues.contains(issue) }.compactMap { m -> Link? in
                guard let meeting = b.meetings.first(where: { MeetingReference.id(of: $0) == m.meeting }) else { return nil }
                let held = ja ? "\(bodyName(b.id)) 第\(meeting.number)回（\(language.date(meeting.on))）　" : "\(bodyName(b.id)) no. \(meeting.number) (\(language.date(meeting.on))): "
                return Link(held + m.title + (ja ? "　" : " — ") + MaterialLabel.kindTypeAndSize(m, japanese: ja),
                            SitePaths.relative(from: page, to: SitePaths.material(m)))
            }
        }
    }
}
