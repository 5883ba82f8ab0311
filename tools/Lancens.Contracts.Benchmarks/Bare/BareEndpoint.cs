using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Lancens.Contracts.Benchmarks.Bare;

/// <summary>
/// This program's bare-endpoint mode: ASP.NET Core minimal endpoints that answer fixed JSON, on the engine's Kestrel
/// settings (HTTP/1.1, no Server header, no logging). What this machine serves over loopback with no work per request.
/// </summary>
internal static class BareEndpoint
{
    public const string Mode = "bare-endpoint";

    /// <summary>
    /// Writes the bare endpoint's answers, from the model: the success example of every operation the runs call, and for
    /// the natural-error workload that error's example when the body lacks the field, so every check before measuring passes.
    /// </summary>
    public static void WriteAnswers(string path, BenchmarkRequests requests, IEnumerable<ApiCall> calls)
    {
        var error = requests.NaturalError;
        var missing = error.Operation.Errors.First(candidate => candidate.Status == error.Expected.Status && candidate.ExampleName == error.Expected.ExampleName).Field
            ?? throw new BenchmarkException($"{error} names no missing field.");
        var errorJson = error.Operation.Response(error.Expected.Status)!.Example(error.Expected.ExampleName).Json;
        var successes = calls.Select(call => call.Operation).DistinctBy(operation => operation.Id).Select(operation =>
            new FixedAnswer(operation.Method.Method, operation.PathTemplate, null, operation.SuccessAnswer.Response.Status, operation.SuccessAnswer.Example.Json));
        FixedAnswer[] answers = [new(error.Operation.Method.Method, error.Operation.PathTemplate, $"\"{missing}\"", error.Expected.Status, errorJson), .. successes];
        File.WriteAllText(path, JsonSerializer.Serialize(answers));
    }

    public static async Task<int> RunAsync(int port, string answersFile)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        var app = builder.Build();
        var answers = JsonSerializer.Deserialize<List<FixedAnswer>>(File.ReadAllText(answersFile)) ?? throw new BenchmarkException($"{answersFile} holds no answers.");
        foreach (var route in answers.GroupBy(answer => (answer.Method, answer.PathTemplate)))
        {
            var alternatives = route.Select(answer => (answer.BodyLacks, answer.Status, Body: Encoding.UTF8.GetBytes(answer.Json))).ToArray();
            RequestDelegate handler = context => AnswerAsync(context, alternatives);
            app.MapMethods(route.Key.PathTemplate, [route.Key.Method], handler);
        }

        await app.RunAsync();
        return 0;
    }

    private static async Task AnswerAsync(HttpContext context, (string? BodyLacks, int Status, byte[] Body)[] alternatives)
    {
        var answer = alternatives[^1];
        if (alternatives.Length > 1)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            answer = alternatives.First(candidate => candidate.BodyLacks is null || !body.Contains(candidate.BodyLacks, StringComparison.Ordinal));
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = MediaTypes.Json;
        context.Response.ContentLength = answer.Body.Length;
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    /// <summary>One fixed answer: for a method and a route template, this status and JSON body.</summary>
    /// <param name="BodyLacks">When set, the answer only applies to a body that does not contain this text.</param>
    private sealed record FixedAnswer(string Method, string PathTemplate, string? BodyLacks, int Status, string Json);
}
