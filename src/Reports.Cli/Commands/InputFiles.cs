using System.Text;
using System.Text.RegularExpressions;
using Reports.Core.IO;

namespace Reports.Cli.Commands;

/// <summary>
/// Turns the command line's inputs into data files: a file is taken as given (whatever its extension; a
/// missing one fails on its own later), a folder gives every *.yaml and *.yml inside it at any depth, and a
/// pattern with *, ** or ? gives the .yaml/.yml files it matches ("du-lieu/**/*.yaml", "quy*.yml"). Shells
/// usually expand patterns themselves; quoting one ("'du-lieu/**/*.yaml'") lets baocao do it, the same on
/// every system. Folders whose name starts with "." (.git, .vscode) are not searched. Symbolic links are
/// followed, but each real folder is searched once and each real file taken once, so a link back up the tree
/// ("ln -s . s1") neither loops nor repeats files. `build` and `validate` both read their inputs here.
/// </summary>
internal static class InputFiles
{
    public enum Problem { None, EmptyFolder, NoMatch }

    public sealed record Expansion(IReadOnlyList<string> Files, Problem Problem, string Argument);

    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static Expansion Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(PathComparer);
        foreach (var argument in arguments)
        {
            IReadOnlyList<string> found;
            if (File.Exists(argument) || (!Directory.Exists(argument) && !IsPattern(argument)))
            {
                found = [argument];
            }
            else if (Directory.Exists(argument))
            {
                found = DataFilesUnder(argument, recursive: true).ToList();
                if (found.Count == 0) return new Expansion([], Problem.EmptyFolder, argument);
            }
            else
            {
                found = Match(argument);
                if (found.Count == 0) return new Expansion([], Problem.NoMatch, argument);
            }
            foreach (var file in found)
                if (seen.Add(RealPath.Of(file))) files.Add(file);
        }
        return new Expansion(files, Problem.None, "");
    }

    /// <summary>The usage error an expansion ended with, worded the same for `build` and `validate`; null when none.</summary>
    public static string? Describe(Expansion expansion, Reports.Core.Diagnostics.Language language) => expansion.Problem switch
    {
        Problem.EmptyFolder => Texts.CliTexts.Get(Texts.CliText.EmptyFolder, language, expansion.Argument),
        Problem.NoMatch => Texts.CliTexts.Get(Texts.CliText.NoMatch, language, expansion.Argument),
        _ => null,
    };

    public static bool IsPattern(string argument) => argument.IndexOfAny(['*', '?']) >= 0;

    public static bool IsDataFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Data files in <paramref name="folder"/> (and below it), in ordinal order, named as <paramref name="folder"/> + relative path.</summary>
    private static IEnumerable<string> DataFilesUnder(string folder, bool recursive)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.None,
            MatchType = MatchType.Simple,
        };
        var pending = new Stack<(string Path, string Real)>();
        var root = RealPath.Of(folder);
        var visited = new HashSet<string>(PathComparer) { root };
        pending.Push((folder, root));
        var result = new List<string>();
        while (pending.Count > 0)
        {
            var (current, real) = pending.Pop();
            result.AddRange(Directory.EnumerateFiles(current, "*", options).Where(IsDataFile));
            if (!recursive) continue;
            // Sorted: when two routes lead to one real folder, the same route wins on every run.
            foreach (var sub in Directory.EnumerateDirectories(current, "*", options).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(sub);
                if (name.StartsWith('.')) continue;
                // Only a link needs resolving; below a real folder, a plain sub-folder's real path is known.
                var subReal = new DirectoryInfo(sub).LinkTarget is null ? Path.Combine(real, name) : RealPath.Of(sub);
                if (visited.Add(subReal)) pending.Push((sub, subReal));
            }
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>The .yaml/.yml files a pattern matches: the folders before the first wildcard are searched, the rest is matched.</summary>
    internal static IReadOnlyList<string> Match(string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsPattern(segments[fixedCount])) fixedCount++;
        var baseFolder = string.Join('/', segments[..fixedCount]);
        if (baseFolder.Length == 0 && normalised.StartsWith('/')) baseFolder = "/";
        var rest = string.Join('/', segments[fixedCount..]);
        var searchFrom = baseFolder.Length == 0 ? "." : baseFolder;
        if (!Directory.Exists(searchFrom)) return [];

        var regex = ToRegex(rest);
        var recursive = rest.Contains('/') || rest.Contains("**", StringComparison.Ordinal);
        return DataFilesUnder(searchFrom, recursive)
            .Where(file => regex.IsMatch(Path.GetRelativePath(searchFrom, file).Replace('\\', '/')))
            .Select(file => baseFolder.Length == 0 ? Path.GetRelativePath(".", file) : file)
            .ToList();
    }

    /// <summary>"*" is any run of characters within one folder name, "**" any number of folders, "?" one character.</summary>
    internal static Regex ToRegex(string pattern)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slashFollows = i + 2 < pattern.Length && pattern[i + 2] == '/';
                sb.Append(slashFollows ? "(?:[^/]+/)*" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        sb.Append('$');
        var options = RegexOptions.CultureInvariant | (PathComparer == StringComparer.OrdinalIgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(sb.ToString(), options);
    }
}
