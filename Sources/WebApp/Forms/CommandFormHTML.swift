import CouncilService
import Documents

/// A command's form as HTML, working without any script: a label and hint for each field, the
/// values typed so far, each refusal beside its field (and announced), repeatable fields as rows
/// with buttons that add or remove one by posting the form back, and the hidden fields the server
/// checks (the CSRF token, the key that makes a second submission record nothing).
public struct CommandFormHTML {
    public let form: CommandForm
    public let japanese: Bool
    /// Where the form posts.
    public let action: String
    /// Hidden inputs, e.g. `_csrf` and `_key`.
    public let hidden: [(name: String, value: String)]
    /// The positional is fixed by the page (the issue being planned), not typed.
    public let positionalFixed: Bool

    public init(form: CommandForm, japanese: Bool, action: String, hidden: [(name: String, value: String)], positionalFixed: Bool) {
        self.form = form
        self.japanese = japanese
        self.action = action
        self.hidden = hidden
        self.positionalFixed = positionalFixed
    }

    func e(_ text: String) -> String { HTMLText.escape(text) }
    func t(_ ja: String, _ en: String) -> String { japanese ? ja : en }

    public func render() -> String {
        let d = form.declaration
        var out = ["<form class=\"command\" method=\"post\" action=\"\(e(action))\" accept-charset=\"utf-8\">"]
        out += hidden.map { "<input type=\"hidden\" name=\"\(e($0.name))\" value=\"\(e($0.value))\">" }
        if let whole = form.errors[""] {
            out.append("<p class=\"error\" role=\"alert\" id=\"error\">\(e(whole))</p>")
        }
        if let positional = d.positional {
            if positionalFixed {
                out.append("<input type=\"hidden\" name=\"_id\" value=\"\(e(form.positional))\">")
            } else {
                out.append(field(id: "_id", label: FieldLabel.label(positional.help, japanese: japanese), hint: nil, required: true,
                                 error: form.errors["_id"], control: { attributes in
                                     "<input type=\"text\" name=\"_id\" value=\"\(e(form.positional))\"\(attributes)>"
                                 }))
            }
        }
        for f in d.fields { out.append(render(f)) }
        out.append("<p class=\"submit\"><button type=\"submit\" name=\"_do\" value=\"record\">\(e(t("記録する", "Record")))</button></p>")
        out.append("</form>")
        return out.joined(separator: "\n")
    }

    /// One field: label, hint, its control(s), and its refusal.
    func render(_ f: FieldDeclaration) -> String {
        let label = FieldLabel.label(f.help, japanese: japanese)
        let hint = japanese ? f.help.ja : f.help.en
        let error = form.errors[f.name]
        if f.isFlag {
            let checked = form.typed[f.name]?.isEmpty == false ? " checked" : ""
            return field(id: f.name, label: label, hint: hint, required: false, error: error, checkbox: true) { attributes in
                "<input type=\"checkbox\" name=\"\(e(f.name))\" value=\"on\"\(checked)\(attributes)>"
            }
        }
        if !f.repeatable {
            let value = form.row(0, of: f)
            return field(id: f.name, label: label, hint: hint, required: f.required, error: error) { attributes in
                control(f, values: value, row: 0, attributes: attributes)
            }
        }
        let count = form.rows[f.name] ?? 1
        var rows: [String] = []
        for n in 0..<count {
            let remove = count > 1
                ? " <button type=\"submit\" formnovalidate name=\"_remove\" value=\"\(e(f.name)):\(n)\" class=\"secondary\">\(e(t("この行を削除", "Remove this row")))</button>"
                : ""
            rows.append("<li>" + control(f, values: form.row(n, of: f), row: n, attributes: "") + remove + "</li>")
        }
        let add = "<button type=\"submit\" formnovalidate name=\"_add\" value=\"\(e(f.name))\" class=\"secondary\">\(e(t("行を追加", "Add a row")))</button>"
        return fieldset(f.name, legend: label, hint: hint, required: f.required, error: error, body: "<ol class=\"rows\">" + rows.joined() + "</ol>" + add)
    }

    /// The input(s) of one value: a choice list, a box per part of a joined value, a text area
    /// for free text, a line otherwise.
    func control(_ f: FieldDeclaration, values: [String], row: Int, attributes: String) -> String {
        let value = values.first ?? ""
        if let words = f.words {
            // The words of the domain by their labels; a value typed otherwise (a synonym, from an
            // earlier form) is kept as it was typed, so nothing the person chose is lost.
            let known = words.contains { $0.value == value }
            // Nothing is chosen until the person chooses: a required list is left empty, not set to its first word.
            let blank = "<option value=\"\">\(e(t("（選んでください）", "(choose)")))</option>"
            let typed = known || value.isEmpty ? "" : "<option value=\"\(e(value))\" selected>\(e(value))</option>"
            return "<select name=\"\(e(f.name))\"\(attributes)>" + blank + typed + words.map { w in
                "<option value=\"\(e(w.value))\"\(w.value == value ? " selected" : "")>\(e(japanese ? w.label.ja : w.label.en))</option>"
            }.joined() + "</select>"
        }
        if let choices = f.choices {
            let blank = f.required ? "" : "<option value=\"\"></option>"
            return "<select name=\"\(e(f.name))\"\(attributes)>" + blank + choices.map { c in
                "<option value=\"\(e(c))\"\(c == value ? " selected" : "")>\(e(c))</option>"
            }.joined() + "</select>"
        }
        if let parts = FieldLabel.parts(of: f, japanese: japanese) {
            return "<span class=\"parts\">" + zip(CommandForm.inputNames(of: f), parts).enumerated().map { i, pair in
                "<label>\(e(pair.1)) <input type=\"text\" name=\"\(e(pair.0))\" value=\"\(e(i < values.count ? values[i] : ""))\"></label>"
            }.joined(separator: " ") + "</span>"
        }
        if f.placeholder == "TEXT" && !f.repeatable {
            return "<textarea name=\"\(e(f.name))\" rows=\"3\"\(attributes)>\(e(value))</textarea>"
        }
        return "<input type=\"text\" name=\"\(e(f.name))\" value=\"\(e(value))\"\(attributes)>"
    }

    /// A labelled field, its hint and refusal tied to the control for screen readers.
    func field(id: String, label: String, hint: String?, required: Bool, error: String?, checkbox: Bool = false,
               control: (String) -> String) -> String {
        let inputId = "f-\(id)"
        var described: [String] = []
        if hint != nil && hint != label { described.append("\(inputId)-hint") }
        if error != nil { described.append("\(inputId)-error") }
        var attributes = " id=\"\(e(inputId))\""
        if !described.isEmpty { attributes += " aria-describedby=\"\(e(described.joined(separator: " ")))\"" }
        if required { attributes += " required" }
        if error != nil { attributes += " aria-invalid=\"true\"" }
        var out = ["<div class=\"field\(error == nil ? "" : " invalid")\">"]
        let labelHTML = "<label for=\"\(e(inputId))\">\(e(label))\(required ? "<span class=\"required\">\(e(t("（必須）", " (required)")))</span>" : "")</label>"
        if checkbox { out.append(control(attributes) + " " + labelHTML) } else { out.append(labelHTML) }
        if let hint, hint != label { out.append("<p class=\"hint\" id=\"\(e(inputId))-hint\">\(e(hint))</p>") }
        if let error { out.append("<p class=\"error\" id=\"\(e(inputId))-error\">\(e(error))</p>") }
        if !checkbox { out.append(control(attributes)) }
        out.append("</div>")
        return out.joined(separator: "\n")
    }

    func fieldset(_ name: String, legend: String, hint: String, required: Bool, error: String?, body: String) -> String {
        let id = "f-\(name)"
        var out = ["<fieldset class=\"field\(error == nil ? "" : " invalid")\" id=\"\(e(id))\">",
                   "<legend>\(e(legend))\(required ? "<span class=\"required\">\(e(t("（必須）", " (required)")))</span>" : "")</legend>"]
        if hint != legend { out.append("<p class=\"hint\">\(e(hint))</p>") }
        if let error { out.append("<p class=\"error\" id=\"\(e(id))-error\">\(e(error))</p>") }
        out.append(body)
        out.append("</fieldset>")
        return out.joined(separator: "\n")
    }
}
