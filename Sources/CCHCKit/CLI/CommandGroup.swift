/// Subcommands under one word: `cchc framework show`, `cchc framework import`. The group has
/// its own help, listing its subcommands, and its own usage errors.
struct CommandGroup {
    /// The group's word: `framework`.
    var name: String
    var abstract: String
    var subcommands: [any Command.Type]

    /// `cchc framework`: a framework's catalogue, or a decision's table turned into one.
    static var framework: CommandGroup {
        CommandGroup(
            name: "framework",
            abstract: "Show a framework's catalogue, or turn a decision's criteria table into a framework file.",
            subcommands: [FrameworkShowCommand.self, FrameworkImportCommand.self])
    }

    var usage: String { "cchc \(name) <subcommand>" }

    /// The subcommand's word after the group's: `show` for `framework show`.
    static func word(of command: any Command.Type) -> String {
        command.spec.name.split(separator: " ").last.map(String.init) ?? command.spec.name
    }

    /// The help, laid out as a command's is.
    var helpText: String {
        var out = CommandSpec.paragraph("OVERVIEW: \(abstract)")
        out += "\n" + CommandSpec.paragraph("USAGE: \(usage)", indent: 7)
        out += "\nOPTIONS:\n" + CommandSpec.item("-h, --help", CommandSpec.help.help)
        out += "\nSUBCOMMANDS:\n"
        for command in subcommands { out += CommandSpec.item(Self.word(of: command), command.spec.abstract) }
        out += "\n  See 'cchc help \(name) <subcommand>' for detailed help.\n"
        return out
    }

    /// The subcommand the words after the group's name say, or what is wrong with them.
    func subcommand(_ words: ArraySlice<String>) -> (command: (any Command.Type)?, error: String?) {
        guard let word = words.first else { return (nil, "missing subcommand after '\(name)'") }
        if let command = subcommands.first(where: { Self.word(of: $0) == word }) { return (command, nil) }
        let hint = Suggestion.nearest(to: word, in: subcommands.map(Self.word(of:)), maxDistance: 2)
        return (nil, "unknown subcommand '\(word)' after '\(name)'" + (hint.map { " (did you mean '\($0)'?)" } ?? ""))
    }
}
