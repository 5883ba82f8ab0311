using System.Text;
using Lancens.Contracts.Benchmarks.Requests;

namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>The Lua script that makes wrk send one request and print one line the benchmark can parse.</summary>
internal static class WrkScript
{
    // A Lua long string needs no escaping, as long as the text does not contain its closing bracket. As a table key it
    // needs spaces inside the index brackets, or "[[" would open another long string.
    private const string Open = "[==[";
    private const string Close = "]==]";

    public static string Write(SentRequest request, string directory, string name)
    {
        var path = Path.Combine(directory, $"{name.Replace(' ', '-')}.lua");
        File.WriteAllText(path, Render(request, name));
        return path;
    }

    private static string Render(SentRequest request, string name)
    {
        var script = new StringBuilder();
        script.AppendLine($"-- {name}: written by Lancens.Contracts.Benchmarks for one run.");
        script.AppendLine($"wrk.method = {Quote(request.Method.Method)}");
        foreach (var (header, value) in request.Headers)
        {
            script.AppendLine($"wrk.headers[ {Quote(header)} ] = {Quote(value)}");
        }

        if (request.Body is not null)
        {
            script.AppendLine($"wrk.headers[\"Content-Type\"] = {Quote(request.ContentType)}");
            script.AppendLine($"wrk.body = {Quote(request.Body)}");
        }

        // No response() callback: wrk would hand every answer to Lua, and on 2 cores that CPU comes from the server.
        script.AppendLine($$"""
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format(
                "{{WrkResult.Marker}} requests=%.0f duration_us=%.0f connect=%.0f read=%.0f write=%.0f timeout=%.0f status=%.0f p50_us=%.0f p99_us=%.0f\n",
                summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
                latency:percentile(50), latency:percentile(99)))
            end
            """);
        return script.ToString();
    }

    private static string Quote(string text) =>
        text.Contains(Close, StringComparison.Ordinal)
            ? throw new ArgumentException($"'{text}' cannot go into a Lua long string.", nameof(text))
            : Open + text + Close;
}
