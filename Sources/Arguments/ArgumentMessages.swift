/// Every user-facing word of the module, in both languages, in one place so a translator reads one file.
///
/// Readers are municipal staff, not programmers: say what was typed, what is wrong, and what to type instead.
enum ArgumentMessages {
    static func message(for error: ArgumentError, language: Language) -> String {
        let ja = language == .ja
        switch error {
        case .noCommand(let available):
            return ja
                ? "コマンドが指定されていません。次のどれかを指定してください：\(list(available))。各コマンドの説明は --help で表示できます。"
                : "No command given. Choose one of: \(list(available)). Add --help to see what each does."

        case .unknownCommand(let word, let after, let suggestion):
            // At the top level the program name adds nothing; below it, say which group was meant.
            let nested = after.count > 1
            let head = ja
                ? (nested ? "'\(words(after))' にはコマンド '\(word)' はありません。" : "コマンド '\(word)' はありません。")
                : (nested ? "Unknown command '\(word)' for '\(words(after))'." : "Unknown command '\(word)'.")
            let helpLine = words(after + ["--help"])
            let tail = suggestion.map { didYouMean($0, ja) }
                ?? (ja ? "使えるコマンドは '\(helpLine)' で確認できます。" : "Try '\(helpLine)' to see the commands.")
            return head + (ja ? "" : " ") + tail

        case .incompleteCommand(let path, let available):
            return ja
                ? "'\(words(path))' の後に、次のどれかを指定してください：\(list(available))。説明は '\(words(path + ["--help"]))' で確認できます。"
                : "'\(words(path))' needs one of: \(list(available)). Try '\(words(path + ["--help"]))'."

        case .unknownOption(let option, let command, let suggestion):
            let helpLine = words(command + ["--help"])
            let head = ja
                ? "オプション '\(option)' は '\(words(command))' では使えません。"
                : "Unknown option '\(option)' for '\(words(command))'."
            let tail = suggestion.map { didYouMean($0, ja) }
                ?? (ja ? "使えるオプションは '\(helpLine)' で確認できます。" : "Try '\(helpLine)' to see its options.")
            return head + (ja ? "" : " ") + tail

        case .missingValue(let option, let placeholder):
            return ja
                ? "オプション '\(option)' には値が必要です。\(option) \(placeholder) の形で指定してください。"
                : "The option '\(option)' needs a value: \(option) \(placeholder)."

        case .emptyValue(let option, let placeholder):
            return ja
                ? "オプション '\(option)' の値が空です。\(option) \(placeholder) の形で値を指定してください。"
                : "The option '\(option)' was given an empty value. Give a value: \(option) \(placeholder)."

        case .valueStartsWithDash(let option, let value):
            return ja
                ? "オプション '\(option)' の値 '\(value)' が '-' で始まっています。値として使うなら \(option)=\(value) のように '=' でつないでください。"
                : "The value '\(value)' for '\(option)' starts with '-'. To use it as the value, write \(option)=\(value)."

        case .missingOption(let option, let placeholder, let command):
            return ja
                ? "'\(words(command))' には \(option) \(placeholder) が必要です。付け加えてもう一度実行してください。"
                : "'\(words(command))' needs \(option) \(placeholder). Add it and run the command again."

        case .missingPositional(let name, let command):
            return ja
                ? "'\(words(command))' には \(name) が必要です。\(words(command + [name])) のようにコマンドの後に書いてください。"
                : "'\(words(command))' needs \(name). Write it after the command: \(words(command + [name]))."

        case .unexpectedArgument(let word, let command):
            return ja
                ? "'\(words(command))' に余計な語 '\(word)' があります。取り除いてください。値の一部であれば、値全体を引用符 \" \" で囲んでください。"
                : "Unexpected word '\(word)' for '\(words(command))'. Remove it; if it is part of a value, put the whole value in quotes."

        case .invalidChoice(let option, let value, let choices, let suggestion):
            let head = ja
                ? "オプション '\(option)' に '\(value)' は指定できません。次のどれかを指定してください：\(list(choices))。"
                : "The option '\(option)' cannot be '\(value)'. Choose one of: \(list(choices))."
            return head + (suggestion.map { (ja ? "" : " ") + didYouMean($0, ja) } ?? "")

        case .repeatedOption(let option):
            return ja
                ? "オプション '\(option)' が2回以上指定されています。1回だけ指定してください。"
                : "The option '\(option)' was given more than once. Give it only once."

        case .tooManyValues(let option, let count, let limit):
            return ja
                ? "オプション '\(option)' が \(count) 回指定されています。1つのコマンドで指定できるのは \(limit) 回までです。繰り返しや貼り付けの誤りがないか確かめ、必要なら記録を分けてください。"
                : "The option '\(option)' was given \(count) times; one command takes it at most \(limit) times. Check for a repeated paste or loop, and split the record if it really needs more."

        case .flagWithValue(let option):
            return ja
                ? "オプション '\(option)' には値を付けられません。'\(option)' だけを書いてください。"
                : "The option '\(option)' does not take a value. Write just '\(option)'."
        }
    }

    // MARK: Help labels

    enum Label {
        case usage, arguments, options, globalOptions, commands, examples
        /// Stands for the global options at the end of a usage line.
        case globalOptionsSlot
        /// Stands for a command word in a usage line.
        case commandSlot
        case helpOption
        case required, repeatable, optional
    }

    static func label(_ label: Label, _ language: Language) -> String {
        let ja = language == .ja
        switch label {
        case .usage: return ja ? "使い方:" : "Usage:"
        case .arguments: return ja ? "引数:" : "Arguments:"
        case .options: return ja ? "オプション:" : "Options:"
        case .globalOptions: return ja ? "共通オプション:" : "Global options:"
        case .commands: return ja ? "コマンド:" : "Commands:"
        case .examples: return ja ? "例:" : "Examples:"
        case .globalOptionsSlot: return ja ? "[共通オプション]" : "[global options]"
        case .commandSlot: return ja ? "<コマンド>" : "<command>"
        case .helpOption: return ja ? "このヘルプを表示します" : "Show this help"
        case .required: return ja ? "（必須）" : " (required)"
        case .repeatable: return ja ? "（複数回指定できます）" : " (can be repeated)"
        case .optional: return ja ? "（省略できます）" : " (optional)"
        }
    }

    /// Appended to an option's help; carries its own leading space or brackets.
    static func choices(_ choices: [String], _ language: Language) -> String {
        language == .ja ? "（\(list(choices)) のいずれか）" : " (one of: \(list(choices)))"
    }

    /// Closes a group's help page; `command` is the group's words including the program name.
    static func seeCommandHelp(_ command: [String], _ language: Language) -> String {
        let line = words(command + [label(.commandSlot, language), "--help"])
        return language == .ja
            ? "各コマンドの説明とオプションは '\(line)' で表示できます。"
            : "See '\(line)' for the options of each command."
    }

    // MARK: Pieces

    private static func didYouMean(_ suggestion: String, _ ja: Bool) -> String {
        ja ? "'\(suggestion)' のことですか？" : "Did you mean '\(suggestion)'?"
    }

    private static func list(_ items: [String]) -> String {
        items.joined(separator: ", ")
    }

    private static func words(_ path: [String]) -> String {
        path.joined(separator: " ")
    }
}
