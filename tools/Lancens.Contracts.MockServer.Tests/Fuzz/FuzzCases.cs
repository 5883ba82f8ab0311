using System.Text.Json;
using Bogus;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>
/// Generates the fuzz requests from a fixed seed: documented operations with odd serials, queries, tokens, headers,
/// bodies and wires; the spec's paths with methods it does not define; paths outside it; and requests the HTTP server
/// must refuse. Each carries what the spec says it must get.
/// </summary>
internal static class FuzzCases
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "TRACE", "FOO"];

    public static IReadOnlyList<FuzzCase> Generate(ApiSpecification spec, int seed, int count, Session live)
    {
        var random = new Randomizer(seed);
        return [.. Enumerable.Range(1, count).Select(number => random.WeightedRandom(["operation", "odd method", "unknown path", "refused"], [0.66f, 0.09f, 0.11f, 0.14f]) switch
        {
            "operation" => Operation(spec, random, number, live),
            "odd method" => OddMethod(spec, random, number, live),
            "unknown path" => UnknownPath(spec, random, number, live),
            _ => Refused(spec, random, number),
        })];
    }

    private static FuzzCase Operation(ApiSpecification spec, Randomizer random, int number, Session live)
    {
        var operation = random.ArrayElement(spec.Operations.ToArray());
        var (target, rawOnly, pathLabel) = FuzzTargets.ForOperation(random, operation);
        var (token, tokenLabel) = Token(spec, random, live);
        var body = random.Bool(operation.Body is null ? 0.3f : 0.95f) ? AnyBody(spec, random, operation, live) : new FuzzBody("none", null, null, false);
        var (headers, headerLabel) = Headers(spec, random, token);
        var request = new FuzzRequest(operation.Method.Method, target, headers, body.Bytes, body.ContentType);
        var wire = rawOnly || random.Bool(0.2f) ? random.ArrayElement(FuzzWire.Accepted) : "HttpClient";
        if (wire != "HttpClient")
        {
            request = request with { Raw = FuzzWire.Write(random, request, wire) };
            body = wire == "broken chunks" ? body with { Kind = "broken chunks", IsObject = false } : body;
        }

        var exact = Exact(operation, token, token == live.Token, body);
        return new FuzzCase(number, FuzzTarget.Operation, operation, exact, request, ["operation", $"wire {wire}", pathLabel, $"token {tokenLabel}", $"body {body.Kind}", headerLabel]);
    }

    private static FuzzCase OddMethod(ApiSpecification spec, Randomizer random, int number, Session live)
    {
        var template = random.ArrayElement(spec.Operations.Select(operation => operation.PathTemplate).Distinct().ToArray());
        var method = random.ArrayElement(Methods.Except(spec.Operations.Where(operation => operation.PathTemplate == template).Select(operation => operation.Method.Method)).ToArray());
        var target = template.Replace("{serial}", random.Hexadecimal(64, string.Empty), StringComparison.Ordinal);
        return Unknown(spec, random, number, live, method, target, rawOnly: false, $"odd method {method}");
    }

    private static FuzzCase UnknownPath(ApiSpecification spec, Randomizer random, int number, Session live)
    {
        var (target, rawOnly, label) = FuzzTargets.Unknown(random, spec);
        return Unknown(spec, random, number, live, random.ArrayElement(Methods), target, rawOnly, label);
    }

    private static FuzzCase Unknown(ApiSpecification spec, Randomizer random, int number, Session live, string method, string target, bool rawOnly, string label)
    {
        var (token, tokenLabel) = Token(spec, random, live);
        var (headers, headerLabel) = Headers(spec, random, token);
        // HttpClient sends no body with TRACE (RFC 9110 forbids one).
        var body = method == "TRACE" || random.Bool(0.4f) ? new FuzzBody("none", null, null, false) : AnyBody(spec, random, null, live);
        var request = new FuzzRequest(method, target, headers, body.Bytes, body.ContentType);
        if (rawOnly)
        {
            request = request with { Raw = FuzzWire.Write(random, request, "plain") };
        }

        return new FuzzCase(number, FuzzTarget.UnknownRoute, null, null, request, [label.StartsWith("odd", StringComparison.Ordinal) ? "odd method" : "unknown path", $"wire {(rawOnly ? "plain" : "HttpClient")}", label, $"token {tokenLabel}", $"body {body.Kind}", headerLabel]);
    }

    private static FuzzCase Refused(ApiSpecification spec, Randomizer random, int number)
    {
        var operation = random.ArrayElement(spec.Operations.ToArray());
        var path = operation.PathTemplate.Replace("{serial}", random.Hexadecimal(64, string.Empty), StringComparison.Ordinal);
        var (label, request) = FuzzRefusals.Any(random, path, operation.Method.Method);
        return new FuzzCase(number, FuzzTarget.Refused, null, null, request, ["refused", label]);
    }

    private static FuzzBody AnyBody(ApiSpecification spec, Randomizer random, ApiOperation? operation, Session live)
    {
        var fields = operation?.Body?.Fields ?? random.ArrayElement(spec.Operations.Where(candidate => candidate.Body is not null).ToArray()).Body!.Fields;
        return FuzzBody.Any(random, fields, spec.RequestLimits.MaxBodyBytes, live.Username, live.Password);
    }

    // The live token now and then, so valid requests reach the state stage; never in a body, so no fuzzed logout ends it.
    private static (string? Token, string Label) Token(ApiSpecification spec, Randomizer random, Session live)
    {
        var kind = random.WeightedRandom(["none", "live", "unknown", "example", "blank", "live in upper case"], [0.3f, 0.3f, 0.2f, 0.08f, 0.06f, 0.06f]);
        return (kind switch
        {
            "none" => null,
            "live" => live.Token,
            "unknown" => random.Hexadecimal(live.Token.Length, string.Empty),
            "example" => ExampleToken(spec),
            "blank" => random.ArrayElement(["", "   "]),
            _ => live.Token.ToUpperInvariant(),
        }, kind);
    }

    private static (List<KeyValuePair<string, string>> Headers, string Label) Headers(ApiSpecification spec, Randomizer random, string? token)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (token is not null)
        {
            headers.Add(new(random.ArrayElement([spec.TokenHeader, spec.RealClient.TokenHeader, spec.TokenHeader.ToUpperInvariant()]), token));
        }

        var kind = random.WeightedRandom(["usual", "100 KB header", "many headers", "accepts no JSON"], [0.82f, 0.06f, 0.06f, 0.06f]);
        switch (kind)
        {
            case "100 KB header":
                headers.Add(new("X-Fuzz-Big", random.AlphaNumeric(16) + new string('b', 100 * 1024)));
                break;
            case "many headers":
                headers.AddRange(Enumerable.Range(0, random.Int(50, 900)).Select(index => new KeyValuePair<string, string>($"X-Fuzz-{index}", random.AlphaNumeric(random.Int(1, 40)))));
                break;
            case "accepts no JSON":
                headers.Add(new("Accept", random.ArrayElement(["text/html", "application/xml", "image/png;q=1, */*;q=0"])));
                headers.Add(new("Accept-Encoding", "gzip, br"));
                break;
        }

        return (headers, $"headers {kind}");
    }

    /// <summary>
    /// The answer the spec's check order makes certain whatever else the request holds: no token, then an unknown
    /// token, for operations that read the header; then, for an operation that takes a body, a body that is certainly
    /// not a JSON object. Null when the answer depends on more (valid bodies, state).
    /// </summary>
    private static DocumentedError? Exact(ApiOperation operation, string? token, bool isLive, FuzzBody body)
    {
        if (operation.Token == TokenPlacement.Header)
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                return operation.Error(ErrorCategory.NoToken);
            }

            if (!isLive)
            {
                return operation.Error(ErrorCategory.InvalidToken);
            }
        }

        return operation.Body is not null && body.IsObject == false
            ? operation.NaturalErrors.First(error => error.Category == ErrorCategory.Internal)
            : null;
    }

    private static string ExampleToken(ApiSpecification spec)
    {
        using var example = JsonDocument.Parse(spec.OperationFor(EffectAction.Login).SuccessAnswer.Example.Json);
        return example.RootElement.GetProperty(HostVerbs.LoginProperty(SessionPart.Token)).GetString()!;
    }
}
