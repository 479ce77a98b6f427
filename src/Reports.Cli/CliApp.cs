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
        // A live progress bar only on a real terminal: never into a file, a pipe or a test's string writer.
        var isTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
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
        var jobs = new Option<string>("--jobs", "-j");
        var build = new Command("build") { buildFiles, buildOutput, formats, templatesFolder, force, documentKinds, jobs };

        var sampleCount = new Option<string>("--so", "--count");
        var sampleOutput = new Option<string>("--output", "-o");
        var sampleSeed = new Option<string>("--seed");
        var samplePages = new Option<string>("--trang");
        var sampleChain = new Option<string>("--chuoi");
        var sample = new Command("sample") { sampleCount, sampleOutput, sampleSeed, samplePages, sampleChain };

        var schemaOutput = new Option<string>("--output", "-o");
        var schemaForce = new Option<bool>("--force");
        var schema = new Command("schema") { schemaOutput, schemaForce };

        var nextSource = new Argument<string[]>("file") { Arity = ArgumentArity.ZeroOrMore };
        var nextOutput = new Option<string>("--output", "-o");
        var next = new Command("ky-toi") { nextSource, nextOutput };

        root.Add(validate);
        root.Add(build);
        root.Add(init);
        root.Add(schema);
        root.Add(sample);
        root.Add(next);

        foreach (var help in root.Options.OfType<HelpOption>())
            help.Action = new LocalizedHelp(lang, stdout);
        foreach (var version in root.Options.OfType<VersionOption>())
            version.Action = new VersionAction(lang, stdout);

        var parse = root.Parse(args);
        var requested = parse.GetValue(lang);
        var language = Languages.Parse(requested) ?? Language.Vietnamese;
        var console = new CliConsole(stdout, stderr, language, isTerminal);

        if (requested is not null && Languages.Parse(requested) is null)
            return UsageError(console, CliTexts.Get(CliText.BadLang, language, requested));
        if (parse.Errors.Count > 0 && parse.Action is not (LocalizedHelp or VersionAction))
            return UsageError(console, string.Join(Environment.NewLine, parse.Errors.Select(e => e.Message)));

        validate.SetAction(p =>
        {
            var list = p.GetValue(files) ?? [];
            if (StrayOption(list) is { } option)
                return UsageError(console, CliTexts.Get(CliText.UnknownOption, language, option));
            if (list.Length == 0) return UsageError(console, CliTexts.Get(CliText.NoFiles, language));
            // Folders and patterns exactly as `build` reads them.
            var inputs = InputFiles.Expand(list);
            return InputFiles.Describe(inputs, language) is { } problem
                ? UsageError(console, problem)
                : Guarded(console, () => ValidateCommand.Run(inputs.Files, console));
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
            if (StrayOption(list) is { } option)
                return UsageError(console, CliTexts.Get(CliText.UnknownOption, language, option));
            var arguments = new BuildCommand.Arguments(list, p.GetValue(buildOutput), p.GetValue(formats), p.GetValue(templatesFolder),
                p.GetValue(force), p.GetValue(documentKinds), p.GetValue(jobs));
            var (request, problem) = BuildCommand.Options(arguments, language);
            return problem is null ? BuildCommand.Run(request!, console) : UsageError(console, problem);
        });
        sample.SetAction(p =>
        {
            var target = p.GetValue(sampleOutput);
            if (string.IsNullOrWhiteSpace(target)) return UsageError(console, CliTexts.Get(CliText.SampleOutputRequired, language));
            var count = 10;
            if (p.GetValue(sampleCount) is { } countText && (!int.TryParse(countText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > 100_000))
                return UsageError(console, CliTexts.Get(CliText.BadCount, language, countText));
            var seed = Reports.Samples.SampleGenerator.DefaultSeed;
            if (p.GetValue(sampleSeed) is { } seedText && !long.TryParse(seedText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out seed))
                return UsageError(console, CliTexts.Get(CliText.BadSeed, language, seedText));
            int? pages = null;
            if (p.GetValue(samplePages) is { } pagesText)
            {
                if (!int.TryParse(pagesText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 800)
                    return UsageError(console, CliTexts.Get(CliText.BadPages, language, pagesText));
                pages = n;
            }
            int? chain = null;
            if (p.GetValue(sampleChain) is { } chainText)
            {
                if (!int.TryParse(chainText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k)
                    || k < 2 || k > Reports.Samples.SampleChains.MaxLength)
                    return UsageError(console, CliTexts.Get(CliText.BadChain, language, chainText, Reports.Samples.SampleChains.MaxLength));
                chain = k;
            }
            return SampleCommand.Run(new SampleCommand.Request(target, count, seed, pages, chain), console);
        });
        next.SetAction(p =>
        {
            var sources = p.GetValue(nextSource) ?? [];
            if (StrayOption(sources) is { } option)
                return UsageError(console, CliTexts.Get(CliText.UnknownOption, language, option));
            if (sources.Length != 1) return UsageError(console, CliTexts.Get(CliText.NextNeedsFile, language));
            var target = p.GetValue(nextOutput);
            if (string.IsNullOrWhiteSpace(target)) return UsageError(console, CliTexts.Get(CliText.OutputRequired, language));
            return Guarded(console, () => NextPeriodCommand.Run(sources[0], target, console));
        });
        schema.SetAction(p => SchemaCommand.Run(p.GetValue(schemaOutput), p.GetValue(schemaForce), console));
        root.SetAction(_ =>
        {
            stdout.WriteLine(CliTexts.Get(CliText.HelpRoot, language));
            return ExitCodes.Usage;
        });

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The parser hands an unknown "--option" to the file list; it is a typo, not a file.</summary>
    private static string? StrayOption(IEnumerable<string> files) =>
        files.FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f));

    /// <summary>
    /// The last line of defence: a fault of ours is reported in one plain, translated line with exit code 1,
    /// never as a stack trace the user cannot act on.
    /// </summary>
    internal static int Guarded(CliConsole console, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception ex)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.InternalError, console.Language, ex.GetType().Name, ex.Message));
            return ExitCodes.InvalidData;
        }
    }

    internal static int UsageError(CliConsole console, string message)
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
                "sample" => CliText.HelpSample,
                "ky-toi" => CliText.HelpNext,
                _ => CliText.HelpRoot,
            };
            stdout.WriteLine(CliTexts.Get(id, language));
            return ExitCodes.Success;
        }
    }
}
