import Calendar
import Council

/// A body's name at a date: renames are kept, so a report on an earlier year prints the name the
/// body had then (地域生活移行部会, not the later どこでだれと暮らしたいか部会).
public enum BodyName {
    public static func on(_ date: CalendarDate, of body: BodyState) -> String {
        guard let first = body.renames.first else { return body.name }
        var name = first.previousName
        for rename in body.renames where rename.on <= date { name = rename.name }
        return name
    }
}
