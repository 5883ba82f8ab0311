using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Evidence;

namespace Lancens.Contracts.Proxy.Recording;

/// <summary>The verdicts of a recording, computed offline by the same judge as the live proxy's (<c>lancens verdicts FILE.har</c>).</summary>
public static class Offline
{
    /// <summary>Judges every exchange of a HAR file of <c>lancens proxy</c>, in its order.</summary>
    /// <exception cref="FormatException">The text is no such recording.</exception>
    public static VerdictsSnapshot Verdicts(ApiSpecification spec, string har, TimeProvider time, string? reportDirectory = null, string source = "a recording")
    {
        var exchanges = Har.Read(har);
        var upstream = exchanges.Count > 0 && Uri.TryCreate(UrlOf(har), UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) + "/" : "unknown";
        var run = new ProxyRun(spec, upstream, kept: 0, time, console: null, recorder: null);
        foreach (var exchange in exchanges)
        {
            run.Process(exchange.ToExchange());
        }

        var snapshot = run.Ledger.Snapshot();
        if (reportDirectory is not null)
        {
            Reporting.DriftReport.Write(reportDirectory, spec, snapshot, source);
        }

        return snapshot;
    }

    // The first entry's URL: where the recording's requests went. Har.Read has checked the shape.
    private static string UrlOf(string har) =>
        System.Text.Json.Nodes.JsonNode.Parse(har)!["log"]!["entries"]![0] is System.Text.Json.Nodes.JsonObject entry
            && entry["request"] is System.Text.Json.Nodes.JsonObject request && request["url"] is System.Text.Json.Nodes.JsonValue url && url.TryGetValue<string>(out var text)
            ? text
            : string.Empty;
}
