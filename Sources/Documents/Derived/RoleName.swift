import Council

/// A seat's role as the body's kind names it: a chair is 会長 of the plenary, 部会長 of a 部会 and
/// 座長 of the other bodies.
enum RoleName {
    static func of(_ role: MemberRole, in kind: BodyKind, _ language: DocumentLanguage) -> String {
        guard language.japanese else { return role.english }
        switch (role, kind) {
        case (.chair, .subcommittee): return "部会長"
        case (.viceChair, .subcommittee): return "副部会長"
        case (.chair, .plenary): return "会長"
        case (.viceChair, .plenary): return "副会長"
        case (.chair, _): return "座長"
        case (.viceChair, _): return "副座長"
        default: return role.japanese
        }
    }

    /// Chairs first, then vice-chairs, members, advisers and the secretariat, as rosters list them.
    static func order(_ role: MemberRole) -> Int {
        [MemberRole.chair, .viceChair, .member, .adviser, .secretariat].firstIndex(of: role) ?? 5
    }
}
