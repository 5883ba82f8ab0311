using System.Net;
using System.Text;
using Lancens.Contracts.Model;
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
        foreach (var route in FixedAnswer.Read(answersFile).GroupBy(answer => (answer.Method, answer.PathTemplate)))
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
}
