import FileSystem

/// Where `site` and `export` may write: never in the store or its snapshot folder, and never a
/// folder holding either — a site replaces its folder whole, so that would delete the store.
/// Places are compared as the system reaches them, so a link or a `..` cannot slip past.
enum OutsideTheStore {
    static func check(_ out: String, _ c: Context) throws {
        let place = LocalFiles.resolved(out)
        for (folder, isStore) in [(c.storePath, true), (c.snapshotDirectory, false)] {
            let kept = LocalFiles.resolved(folder)
            let (ja, en): (String, String)
            if place == kept {
                (ja, en) = isStore ? ("ストアそのものです", "is the store itself")
                                   : ("ストアのスナップショットのフォルダーそのものです", "is the store's snapshot folder itself")
            } else if LocalFiles.isWithin(place, kept) {
                (ja, en) = isStore ? ("ストア '\(folder)' の中にあります", "lies inside the store '\(folder)'")
                                   : ("ストアのスナップショットのフォルダー '\(folder)' の中にあります", "lies inside the store's snapshot folder '\(folder)'")
            } else if LocalFiles.isWithin(kept, place) {
                (ja, en) = isStore ? ("ストア '\(folder)' を含んでいます", "holds the store '\(folder)'")
                                   : ("ストアのスナップショットのフォルダー '\(folder)' を含んでいます", "holds the store's snapshot folder '\(folder)'")
            } else {
                continue
            }
            throw CommandError(ja: "--out '\(out)' は\(ja)。そこに書き出すとストアを壊すため、何も書き込んでいません。ストアの外の場所を --out に指定してください。",
                               en: "--out '\(out)' \(en); writing there would damage the store, so nothing was written. Give --out a place outside the store.")
        }
    }
}
