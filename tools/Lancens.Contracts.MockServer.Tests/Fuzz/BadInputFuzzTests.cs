using System.Diagnostics;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>
/// Bad input, generated from a fixed seed and sent to an engine of its own over loopback: whatever a request holds,
/// its answer is one the spec documents, as JSON. A documented operation answers a status it documents with that
/// status's body (and exactly the error its check order makes certain, where one is); any other method or path
/// answers the unknown-route answer; a request the HTTP server cannot accept answers the request-limits answer.
/// </summary>
public sealed class BadInputFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261122;
    private const int Requests = 12_000;
    private const int Workers = 8;

    private static ApiSpecification Spec => TestSpec.Spec;

    [Fact(Timeout = 120_000)]
    public async Task Fuzz_TwelveThousandGeneratedRequests_EveryAnswerIsDocumented()
    {
        await using var engine = await Engine.StartAsync();
        var live = await engine.LoginAsync("fuzzer");
        var generation = Stopwatch.StartNew();
        var cases = FuzzCases.Generate(Spec, Seed, Requests, live);
        output.WriteLine($"generated in {generation.ElapsedMilliseconds} ms");
        using var client = new ApiClient(engine.Mock.RootUrl, new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = Workers });
        var results = new string?[cases.Count];
        var next = -1;
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < cases.Count)
            {
                results[index] = await ProblemAsync(client, engine.Mock.RootUrl, cases[index]);
            }
        })));

        output.WriteLine($"seed {Seed}: {cases.Count} requests in {watch.ElapsedMilliseconds} ms with {Workers} workers");
        foreach (var (label, count) in cases.SelectMany(fuzz => fuzz.Labels).GroupBy(label => label).Select(group => (group.Key, group.Count())).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,6}  {label}");
        }

        output.WriteLine($"{cases.Count(fuzz => fuzz.Exact is not null),6}  with an exact expected error");
        output.WriteLine($"{cases.Count(fuzz => fuzz.Request.Raw is null),6}  sent with HttpClient, {cases.Count(fuzz => fuzz.Request.Raw is not null)} as raw bytes over a socket");
        cases.Count.ShouldBeGreaterThanOrEqualTo(10_000);
        var problems = results.OfType<string>().ToList();
        problems.ShouldBeEmpty($"{problems.Count} of {cases.Count} answers broke the spec; the first:\n{string.Join("\n", problems.Take(25))}");
    }

    private static async Task<string?> ProblemAsync(ApiClient client, Uri root, FuzzCase fuzz)
    {
        ApiAnswer answer;
        try
        {
            answer = fuzz.Request.Raw is { } raw ? await RawHttp.SendAsync(root, raw) : await client.SendAsync(fuzz.Request.ToMessage(root));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or FormatException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
            return $"{fuzz}: no answer ({exception.GetType().Name}: {exception.Message})";
        }

        var problem = fuzz.Target switch
        {
            FuzzTarget.Operation => AnswerChecks.Documented(fuzz.Operation!, answer)
                ?? (fuzz.Exact is { } exact && (answer.Status, answer.Message) != (exact.Status, exact.Message) ? $"expected {exact}, got {answer}" : null),
            FuzzTarget.UnknownRoute => AnswerChecks.UnknownRoute(answer),
            _ => AnswerChecks.RequestRefused(answer),
        };
        return problem is null ? null : $"{fuzz}: {problem}";
    }
}
