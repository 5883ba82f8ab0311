using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Bare;

/// <summary>
/// The bare endpoint's answers, from the model: the success example of every operation the runs call, and for the
/// natural-error workload that error's example when the body lacks the field, so every check before measuring passes.
/// </summary>
internal static class FixedAnswerTable
{
    public static IReadOnlyList<FixedAnswer> For(BenchmarkRequests requests, IEnumerable<ApiCall> calls)
    {
        var error = requests.NaturalError;
        var missing = error.Operation.Errors.First(candidate =>
            candidate.Status == error.Expected.Status && candidate.ExampleName == error.Expected.ExampleName).Field
            ?? throw new BenchmarkException($"{error} names no missing field.");
        var errorAnswer = error.Operation.Response(error.Expected.Status)!.Example(error.Expected.ExampleName);
        FixedAnswer[] first = [new(error.Operation.Method.Method, error.Operation.PathTemplate, $"\"{missing}\"", error.Expected.Status, errorAnswer.Json)];
        var successes = calls
            .Select(call => call.Operation)
            .DistinctBy(operation => operation.Id)
            .Select(operation => new FixedAnswer(operation.Method.Method, operation.PathTemplate, null, operation.SuccessAnswer.Response.Status, operation.SuccessAnswer.Example.Json));
        return [.. first, .. successes];
    }
}
