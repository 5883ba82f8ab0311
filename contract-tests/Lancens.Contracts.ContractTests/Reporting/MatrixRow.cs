using Lancens.Contracts.Model;

namespace Lancens.Contracts.ContractTests.Reporting;

/// <summary>One documented response of one operation, and what this run's checks made of it.</summary>
internal sealed record MatrixRow(DocumentedAnswer Answer, Outcome? Outcome, int Passed, int Failed, int Skipped, string? Reason)
{
    public ApiOperation Operation => Answer.Operation;

    public int Status => Answer.Response.Status;

    public string ExampleName => Answer.Example.Name;

    public string? Message => Answer.Example.Message;

    public string Verdict => Outcome switch
    {
        Reporting.Outcome.Passed => "passed",
        Reporting.Outcome.Failed => "failed",
        Reporting.Outcome.Skipped => "skipped",
        _ => "not exercised",
    };

    /// <summary>E.g. "140 passed, 7 skipped", for the head of a report.</summary>
    public static string Summary(IReadOnlyList<MatrixRow> rows) =>
        string.Join(", ", rows.GroupBy(row => row.Verdict).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => $"{group.Count()} {group.Key}"));

    public static IReadOnlyList<MatrixRow> Build(ApiSpecification spec, ContractRecorder recorder)
    {
        var answers = recorder.Answers;
        return [.. spec.DocumentedResponses.Select(answer =>
        {
            var checks = answers.Where(result => result.Answer == answer.Key).ToList();
            var passed = checks.Count(check => check.Outcome == Reporting.Outcome.Passed);
            var failed = checks.Count(check => check.Outcome == Reporting.Outcome.Failed);
            var skipped = checks.Count(check => check.Outcome == Reporting.Outcome.Skipped);
            Outcome? outcome = failed > 0 ? Reporting.Outcome.Failed
                : passed > 0 ? Reporting.Outcome.Passed
                : skipped > 0 ? Reporting.Outcome.Skipped
                : null;
            var reason = outcome switch
            {
                Reporting.Outcome.Failed => checks.First(check => check.Outcome == Reporting.Outcome.Failed).Detail,
                Reporting.Outcome.Skipped => checks.First().Detail,
                _ => null,
            };
            return new MatrixRow(answer, outcome, passed, failed, skipped, reason);
        })];
    }
}
