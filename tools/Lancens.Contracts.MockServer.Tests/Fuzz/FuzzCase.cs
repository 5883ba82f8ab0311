using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>What a fuzzed request reaches, so what the spec says it must get.</summary>
internal enum FuzzTarget
{
    /// <summary>A documented operation: a status it documents and that status's body.</summary>
    Operation,

    /// <summary>A method and path outside the spec: <c>x-lancens-unknown-route</c>.</summary>
    UnknownRoute,

    /// <summary>A request the HTTP server cannot parse or accept, refused before routing: <c>x-lancens-request-limits</c>.</summary>
    Refused,
}

/// <summary>
/// One generated request and its oracle. <paramref name="Exact"/> is the one documented error the spec's check order
/// makes certain (e.g. no token, whatever the body), when there is one; <paramref name="Labels"/> name what was
/// mixed in, for the counts.
/// </summary>
internal sealed record FuzzCase(int Number, FuzzTarget Target, ApiOperation? Operation, DocumentedError? Exact, FuzzRequest Request, IReadOnlyList<string> Labels)
{
    public override string ToString() =>
        $"#{Number} {Target} {Operation?.Id} {Request} [{string.Join(", ", Labels)}]{(Exact is null ? "" : $" expecting {Exact}")}";
}

/// <summary>
/// A request as data: sent with HttpClient from its parts, or, when <paramref name="Raw"/> is set, as those exact bytes
/// over a socket (for what HttpClient would refuse or rewrite).
/// </summary>
internal sealed record FuzzRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, string? ContentType, byte[]? Raw = null)
{
    /// <summary>The request for HttpClient; headers go unvalidated, as a careless client would send them.</summary>
    public HttpRequestMessage ToMessage(Uri root)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(root, Target));
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public override string ToString() =>
        $"{(Raw is null ? "http" : "raw")} {Method} {(Target.Length > 120 ? Target[..120] + "..." : Target)} body {Body?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} {ContentType}";
}
