/// Subcommands under one word: `cchc framework show`, `cchc framework import`. The group has
/// its own help, listing its subcommands, and its own usage errors.
struct CommandGroup {
    /// The group's word: `framework`.
    var name: String
    var abstract: Message
    var subcommands: [any Command.Type]

    /// `cchc framework`: a framework's catalogue, or a decision's table turned into one.
    static var framework: CommandGroup {
        CommandGroup(
            name: "framework", abstract: Messages.Help.frameworkGroup,
            subcommands: [FrameworkShowCommand.self, FrameworkImportCommand.self])
    }

    var usage: String { "cchc \(name) <subcommand>" }

    /// The subcommand's word after the group's: `show` for `framework show`.
    static func word(of command: any Command.Type) -> String {
        command.spec.name.split(separator: " ").last.map(String.init) ?? command.spec.name
    }

    /// The help in a language, laid out as a command's is.
    func helpText(_ language: Language) -> String {
        let heading = Messages.Heading.self
        var out = CommandSpec.paragraph("\(heading.overview.text(language)): \(abstract.text(language))")
        out += "\n" + CommandSpec.usageLines(heading.usage.text(language) + ": ", usage)
        out += "\n\(heading.options.text(language)):\n"
        out += CommandSpec.item("-h, --help", Messages.Help.help.text(language))
        out += "\n\(heading.subcommands.text(language)):\n"
        for command in subcommands {
            out += CommandSpec.item(Self.word(of: command), command.spec.abstract.text(language))
        }
        out += "\n  \(Messages.Help.seeGroupHelp(name).text(language))\n"
        return out
    }

    /// The subcommand the words after the group's name say, or what is wrong with them.
    func subcommand(_ words: ArraySlice<String>) -> (command: (any Command.Type)?, error: Message?) {
        guard let word = words.first else { return (nil, Messages.missingSubcommandAfter(name)) }
        if let command = subcommands.first(where: { Self.word(of: $0) == word }) { return (command, nil) }
        let hint = Suggestion.nearest(to: word, in: subcommands.map(Self.word(of:)), maxDistance: 2)
        return (nil, Messages.unknownSubcommandAfter(word, group: name) + (hint.map(Messages.didYouMeanWord) ?? .none))
    }
}
