using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>One request as the scenario builder made it (session values as placeholders), and the documented answer it must get.</summary>
/// <param name="BasePath">The spec's base path, which each server may serve under or not (Prism serves the paths at its root).</param>
internal sealed record ApiCall(ApiOperation Operation, ScenarioRequest Request, ExpectedResponse Expected, string BasePath)
{
    /// <summary>The request with the session's values in place of the placeholders.</summary>
    public SentRequest Fill(LoginSession session)
    {
        var path = Request.Path.StartsWith(BasePath, StringComparison.Ordinal) ? Request.Path[BasePath.Length..] : Request.Path;
        var headers = Request.Headers.Select(header => KeyValuePair.Create(header.Key, RequestPlaceholders.Fill(header.Value, session))).ToList();
        var body = Request.Body is null ? null : RequestPlaceholders.FillJson(Request.Body, session);
        return new SentRequest(this, path, headers, body);
    }

    public override string ToString() => $"{Operation.Id} ({Request})";
}
