using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using NodaTime;
using Reports.Cli.Commands;
using Reports.Cli.Texts;
using Reports.Core;
using Reports.Core.Diagnostics;

namespace Reports.Cli;

/// <summary>
/// The `baocao` command line. System.CommandLine parses; help, usage errors and their exit code (2) are
/// ours, because its own texts have no Vietnamese.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var lang = new Option<string>("--lang") { Description = "vi | en", Recursive = true };
        var root = new RootCommand("baocao") { lang };

        var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore };
        var validate = new Command("validate") { files };

        var output = new Option<string>("--output", "-o");
        var regime = new Option<string>("--loai");
        var year = new Option<int?>("--nam");
        var quarter = new Option<int?>("--quy");
        var issuer = new Option<string>("--co-quan");
        var init = new Command("init") { output, regime, year, quarter, issuer };

        var buildFiles = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore };
        var buildOutput = new Option<string>("--output", "-o");
        var formats = new Option<string>("--format");
        var templatesFolder = new Option<string>("--templates");
        var force = new Option<bool>("--force");
        var documentKinds = new Option<string>("--documents");
        var build = new Command("build") { buildFiles, buildOutput, formats, templatesFolder, force, documentKinds };

        var schemaOutput = new Option<string>("--output", "-o");
        var schema = new Command("schema") { schemaOutput };

        root.Add(validate);
        root.Add(build);
        root.Add(init);
        root.Add(schema);

        foreach (var help in root.Options.OfType<HelpOption>())
            help.Action = new LocalizedHelp(lang, stdout);

        var parse = root.Parse(args);
        var requested = parse.GetValue(lang);
        var language = Languages.Parse(requested) ?? Language.Vietnamese;
        var console = new CliConsole(stdout, stderr, language);

        if (requested is not null && Languages.Parse(requested) is null)
            return UsageError(console, CliTexts.Get(CliText.BadLang, language, requested));
        if (parse.Errors.Count > 0 && parse.Action is not LocalizedHelp)
            return UsageError(console, string.Join(Environment.NewLine, parse.Errors.Select(e => e.Message)));

        validate.SetAction(p =>
        {
            var list = p.GetValue(files) ?? [];
            // The parser hands an unknown "--option" to the file list; it is a typo, not a file.
            if (list.FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f)) is { } option)
                return UsageError(console, CliTexts.Get(CliText.UnknownOption, language, option));
            return list.Length == 0
                ? UsageError(console, CliTexts.Get(CliText.NoFiles, language))
                : ValidateCommand.Run(list, console);
        });
        init.SetAction(p =>
        {
            var target = p.GetValue(output);
            if (string.IsNullOrWhiteSpace(target)) return UsageError(console, CliTexts.Get(CliText.OutputRequired, language));
            var kind = p.GetValue(regime) ?? "dang";
            if (kind is not ("dang" or "chinh_quyen")) return UsageError(console, CliTexts.Get(CliText.BadRegime, language, kind));
            var q = p.GetValue(quarter);
            if (q is < 1 or > 4) return UsageError(console, CliTexts.Get(CliText.BadQuarter, language, q));
            var y = p.GetValue(year);
            if (y is < 2000 or > 2100) return UsageError(console, CliTexts.Get(CliText.BadYear, language, y));
            return InitCommand.Run(new InitCommand.Request(target, kind == "dang" ? Regime.Party : Regime.State, y, q, p.GetValue(issuer)), clock, console);
        });
        build.SetAction(p =>
        {
            var list = p.GetValue(buildFiles) ?? [];
            if (list.FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f)) is { } option)
                return UsageError(console, CliTexts.Get(CliText.UnknownOption, language, option));
            if (list.Length == 0) return UsageError(console, CliTexts.Get(CliText.NoFiles, language));
            var (renderers, unknown) = RendererCatalog.Parse(p.GetValue(formats));
            if (unknown is not null)
                return UsageError(console, CliTexts.Get(CliText.FormatUnknown, language, unknown, RendererCatalog.Names));
            var kinds = (p.GetValue(documentKinds) ?? "bao-cao,tin-bai").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (kinds.FirstOrDefault(k => k is not (BuildCommand.ReportSuffix or BuildCommand.ArticleSuffix)) is { } badKind)
                return UsageError(console, CliTexts.Get(CliText.BadDocuments, language, badKind));
            return BuildCommand.Run(new BuildCommand.Request(list, p.GetValue(buildOutput), renderers, p.GetValue(templatesFolder), p.GetValue(force),
                Report: kinds.Contains(BuildCommand.ReportSuffix), Article: kinds.Contains(BuildCommand.ArticleSuffix)), console);
        });
        schema.SetAction(p => SchemaCommand.Run(p.GetValue(schemaOutput), console));
        root.SetAction(_ =>
        {
            stdout.WriteLine(CliTexts.Get(CliText.HelpRoot, language));
            return ExitCodes.Usage;
        });

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine(CliTexts.Get(CliText.UsageError, console.Language, message));
        console.Error.WriteLine(CliTexts.Get(CliText.UsageHint, console.Language));
        return ExitCodes.Usage;
    }

    /// <summary>Prints our own help for the command that was asked about.</summary>
    private sealed class LocalizedHelp(Option<string> lang, TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var language = Languages.Parse(parseResult.GetValue(lang)) ?? Language.Vietnamese;
            var id = parseResult.CommandResult.Command.Name switch
            {
                "validate" => CliText.HelpValidate,
                "init" => CliText.HelpInit,
                "schema" => CliText.HelpSchema,
                "build" => CliText.HelpBuild,
                _ => CliText.HelpRoot,
            };
            stdout.WriteLine(CliTexts.Get(id, language));
            return ExitCodes.Success;
        }
    }
}
