using Reports.Cli.Texts;
using Reports.Core.Diagnostics;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary>
/// The live progress bar of `build` on a terminal. Kept apart so that Spectre.Console is loaded only
/// when a bar is shown: redirected output, tests and the other commands never touch it.
/// </summary>
internal static class BuildProgress
{
    /// <summary>Runs <paramref name="work"/> under a bar of <paramref name="total"/> files; it reports each finished file (true when built).</summary>
    public static T Run<T>(int total, Language language, Func<Action<bool>, T> work)
    {
        return AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Describe(0, total, 0, language), maxValue: total);
                var gate = new Lock();
                int done = 0, failed = 0;
                return work(succeeded =>
                {
                    lock (gate)
                    {
                        done++;
                        if (!succeeded) failed++;
                        task.Description = Describe(done, total, failed, language);
                        task.Increment(1);
                    }
                });
            });
    }

    private static string Describe(int done, int total, int failed, Language language) =>
        Markup.Escape(CliTexts.Get(CliText.ProgressBuilding, language) + ": " + CliTexts.Get(CliText.ProgressCounts, language, done, total, failed));
}
