using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using Reports.Core.Diagnostics;

namespace Reports.Compose.Templating;

/// <summary>
/// <see cref="ITemplateEngine"/> on Handlebars.Net. Unknown names throw instead of printing nothing, so a
/// typo in a template is an error with its line, never a silently missing sentence. Every value written
/// by "{{...}}" passes through the Markdown encoder, so user text cannot turn into Markdown structure.
/// </summary>
public sealed partial class HandlebarsTemplateEngine : ITemplateEngine
{
    public ICompiledTemplates Compile(IReadOnlyList<TemplateSource> sources, TemplateFunctions functions)
    {
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownTextEncoder(),
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        };
        var handlebars = Handlebars.Create(configuration);
        foreach (var (name, function) in functions.All)
        {
            var f = function;
            handlebars.RegisterHelper(name, (in HelperOptions _, in Context _, in Arguments args) => Call(name, f, args));
        }

        var compiled = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            try
            {
                // Compiled once: the same delegate serves as a top-level template and as a partial.
                using var reader = new StringReader(source.Text);
                var template = handlebars.Compile(reader);
                handlebars.RegisterTemplate(source.Name, template);
                compiled[source.Name] = template;
            }
            catch (HandlebarsException ex)
            {
                throw new TemplateException(Diagnostic.Error(MessageId.TemplateSyntax, SyntaxLocation(source, ex.Message), "", ex.Message));
            }
        }
        return new Compiled(compiled, sources);
    }

    private static object? Call(string name, Func<object?[], object?> function, Arguments args)
    {
        var values = new object?[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i] is UndefinedBindingResult ? null : args[i];
        try
        {
            return function(values);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or InvalidOperationException or FormatException)
        {
            throw new TemplateFunctionException(name, ex.Message);
        }
    }

    /// <summary>The library names no line; unpaired block tags, the usual cause, can be found by scanning.</summary>
    private static SourceLocation SyntaxLocation(TemplateSource source, string message) =>
        TemplateLocator.UnbalancedBlock(source) ?? new SourceLocation(source.FilePath, 1, 1);

    private sealed class Compiled(
        IReadOnlyDictionary<string, HandlebarsTemplate<TextWriter, object, object>> templates,
        IReadOnlyList<TemplateSource> sources) : ICompiledTemplates
    {
        public string Render(string name, object model)
        {
            if (!templates.TryGetValue(name, out var template))
                throw new TemplateException(Diagnostic.Error(MessageId.TemplateMissingPartial, new SourceLocation(name, 0, 0), "", name));
            try
            {
                using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                template(writer, model);
                return writer.ToString();
            }
            catch (Exception ex) when (ex is HandlebarsException or HandlebarsUndefinedBindingException or TemplateFunctionException)
            {
                throw new TemplateException(Explain(name, ex));
            }
        }

        /// <summary>What went wrong, from the innermost cause: a partial's error arrives wrapped in its caller's.</summary>
        private Diagnostic Explain(string name, Exception ex)
        {
            for (var e = ex; e is not null; e = e.InnerException)
            {
                switch (e)
                {
                    case HandlebarsUndefinedBindingException missing:
                        var key = missing.Path ?? missing.MissingKey;
                        return Diagnostic.Error(MessageId.TemplateMissingName, TemplateLocator.Find(sources, name, key), "", key);
                    case TemplateFunctionException failed:
                        return Diagnostic.Error(MessageId.TemplateFunctionFailed, TemplateLocator.Find(sources, name, failed.Function), "", failed.Function, failed.Reason);
                    case HandlebarsRuntimeException when PartialName().Match(e.Message) is { Success: true } partial:
                        var missingPartial = partial.Groups[1].Value;
                        return Diagnostic.Error(MessageId.TemplateMissingPartial, TemplateLocator.Find(sources, name, missingPartial), "", missingPartial);
                }
            }
            var main = sources.First(s => s.Name == name);
            return Diagnostic.Error(MessageId.TemplateSyntax, new SourceLocation(main.FilePath, 1, 1), "", ex.Message);
        }
    }

    [GeneratedRegex(@"partial name '([^']+)'")]
    private static partial Regex PartialName();

    private sealed class TemplateFunctionException(string function, string reason) : Exception(reason)
    {
        public string Function { get; } = function;
        public string Reason { get; } = reason;
    }
}
