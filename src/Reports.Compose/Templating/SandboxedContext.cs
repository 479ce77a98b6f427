using Reports.Core.Formatting;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reports.Compose.Templating;

/// <summary>
/// The context of one render: strict names, bounded loops, recursion and output, a time limit, the
/// Vietnamese culture, and every value written by "{{ ... }}" escaped as Markdown text.
/// </summary>
internal sealed class SandboxedContext : TemplateContext
{
    /// <summary>The includes being rendered, to report a circle of includes as one.</summary>
    public IncludeCycle Includes { get; } = new();

    public SandboxedContext(ScriptObject builtins, TemplateLoader loader, CancellationToken cancellation) : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        TemplateLoader = loader;
        LoopLimit = Limits.Loop;
        RecursiveLimit = Limits.Recursion;
        LimitToString = Limits.Characters;
        OutputLimit = Limits.Characters;
        // Scriban's default is to cut the text short and go on: a report silently missing its end is worse than an error.
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        CancellationToken = cancellation;
        PushCulture(VietnameseCulture.Instance);
        // The parsed templates are shared by every render; include finds them here and never parses again.
        foreach (var (path, template) in loader.Parsed) CachedTemplates[path] = template;
    }

    /// <summary>Text a template computes is user text: escaped, so it cannot become Markdown structure.
    /// What an include returns is template output and is written as it is.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // Checked at every write, so a runaway template is stopped at a place in its own text.
        if (CancellationToken.IsCancellationRequested) throw new TimeLimitException(span);
        if (textAsObject is IncludedText included) return Write(included.Text);
        if (textAsObject is null) return this;
        return Write(MarkdownTextEncoder.Escape(ObjectToString(textAsObject)));
    }

    /// <summary>Every step of every loop: a loop that writes nothing is stopped by the clock too.</summary>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (CancellationToken.IsCancellationRequested) throw new TimeLimitException(loop.Span);
        return base.OnStepLoop(loop);
    }

    /// <summary>Every expression: recursion that fans out (a function calling itself twice) runs no loop at all.</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (CancellationToken.IsCancellationRequested) throw new TimeLimitException(scriptNode?.Span ?? default);
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        ScriptValue typed => typed.Text,
        IncludedText included => included.Text,
        _ => base.ObjectToString(value, nested) ?? "",
    };

    /// <summary>As in the templates before: an empty list is false too, so "if danh_gia.han_che" reads naturally.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        ScriptValue => true,
        ScriptArray { Count: 0 } => false,
        _ => base.ToBool(span, value),
    };
}

/// <summary>A render ran past <see cref="Limits.Time"/>.</summary>
internal sealed class TimeLimitException(SourceSpan span) : ScriptRuntimeException(span, "time limit reached");
