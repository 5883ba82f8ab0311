using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Proxy.Evidence;

namespace Lancens.Contracts.Proxy.Recording;

/// <summary>
/// Sends a recording's requests, in order, to a mock and lists where the mock answers otherwise than the host did
/// (<c>lancens replay FILE.har --url MOCK</c>). The recording holds placeholders, not secrets: each login is sent as
/// recorded (its placeholder account logs in on a mock that lets any well-formed account in), and the token the mock
/// answers stands in for the recorded token's placeholder from then on. Values that change at every call (tokens,
/// expiries, user ids) are not compared.
/// </summary>
public static class Replay
{
    // Headers HTTP sets per connection or that the content carries: the replay's own client writes them.
    private static readonly string[] Unsent = ["Host", "Content-Length", "Content-Type", "Connection", "Transfer-Encoding", "Keep-Alive", "Expect", "Upgrade", "TE", "Trailer", "Proxy-Connection"];

    /// <summary>One exchange whose answer differs.</summary>
    public sealed record Difference(long Exchange, string Request, string Host, string Mock, string What);

    /// <summary>What a replay found: how many exchanges it sent, skipped (outside the spec, no answer from the host), and the differences.</summary>
    public sealed record Result(int Sent, int Skipped, IReadOnlyList<Difference> Differences);

    /// <exception cref="FormatException">The text is no recording of lancens proxy.</exception>
    public static async Task<Result> RunAsync(ApiSpecification spec, string har, Uri mockRoot, HttpMessageHandler handler, CancellationToken cancellationToken)
    {
        var router = new Router(spec);
        var fresh = new Dictionary<string, string>(StringComparer.Ordinal);
        var differences = new List<Difference>();
        int sent = 0, skipped = 0;
        using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = mockRoot, Timeout = TimeSpan.FromSeconds(60) };
        foreach (var recorded in Har.Read(har))
        {
            var route = router.Find(recorded.Method, Router.PathOf(recorded.Target));
            if (route is null || recorded.UpstreamFailure is not null)
            {
                skipped++;
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(recorded.Method), Substitute(recorded.Target, fresh).TrimStart('/'));
            foreach (var header in recorded.RequestHeaders.Where(header => !Unsent.Contains(header.Name, StringComparer.OrdinalIgnoreCase)))
            {
                request.Headers.TryAddWithoutValidation(header.Name, Substitute(header.Value, fresh));
            }

            if (recorded.RequestBodyLength > 0 || recorded.RequestHeader("Content-Type") is not null)
            {
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Substitute(recorded.RequestBody, fresh)));
                if (recorded.RequestHeader("Content-Type") is { } contentType)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
            }

            using var response = await client.SendAsync(request, cancellationToken);
            var mock = new ObservedResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync(cancellationToken));
            var host = new ObservedResponse(recorded.Status, recorded.ResponseHeader("Content-Type"), recorded.ResponseBody);
            sent++;
            if (route.Operation.Effect.Action == EffectAction.Login && spec.LoginAnswer.Read(host.Body) is { } recordedLogin && spec.LoginAnswer.Read(mock.Body) is { } mockLogin)
            {
                fresh[recordedLogin.Token] = mockLogin.Token;
            }

            if (Differs(route.Operation, host, mock) is { } what)
            {
                differences.Add(new Difference(recorded.Number, $"{recorded.Method} {recorded.Target}", ExchangeJudge.Summary(host), Masked(spec, mock, fresh), what));
            }
        }

        return new Result(sent, skipped, differences);
    }

    // The status, an error's text, and a success body with the values that change per call left out.
    private static string? Differs(ApiOperation operation, ObservedResponse host, ObservedResponse mock)
    {
        if (host.Status != mock.Status)
        {
            return "status";
        }

        if (!host.IsSuccess)
        {
            return host.Message == mock.Message ? null : "message";
        }

        var schema = operation.Response(host.Status)?.Schema;
        var changing = schema is null ? [] : schema.SessionProperties.Keys.Concat(schema.VolatileProperties.Keys).ToHashSet(StringComparer.Ordinal);
        return JsonNode.DeepEquals(Stable(host.Body, changing), Stable(mock.Body, changing)) ? null : "body";
    }

    private static JsonNode? Stable(string body, HashSet<string> changing)
    {
        try
        {
            var node = JsonNode.Parse(body);
            if (node is JsonObject json)
            {
                foreach (var name in changing)
                {
                    json.Remove(name);
                }
            }

            return node;
        }
        catch (JsonException)
        {
            return JsonValue.Create(body);
        }
    }

    private static string Substitute(string text, Dictionary<string, string> fresh)
    {
        foreach (var (placeholder, value) in fresh)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }

    // The mock's fresh tokens are secrets of its own: shown as the recording's placeholders.
    private static string Masked(ApiSpecification spec, ObservedResponse mock, Dictionary<string, string> fresh)
    {
        var summary = ExchangeJudge.Summary(mock);
        if (spec.LoginAnswer.Read(mock.Body) is { } login)
        {
            summary = summary.Replace(login.Token, "<the mock's token>", StringComparison.Ordinal);
        }

        foreach (var (placeholder, value) in fresh)
        {
            summary = summary.Replace(value, placeholder, StringComparison.Ordinal);
        }

        return summary;
    }
}
