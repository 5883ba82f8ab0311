using Bogus;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Fuzz;

/// <summary>
/// Request targets: the spec's paths with odd serials and queries, and paths outside the spec. HttpClient re-escapes a
/// lone or invalid <c>%</c> (<c>%zz</c> becomes <c>%25zz</c>), so targets holding one must go out raw.
/// </summary>
internal static class FuzzTargets
{
    private static readonly string[] SentAsWritten = ["%C0%AF", "%E4%B8", "a%2Fb", "%20", "%F0%9F%98%80", "%ff%fe", "%2F%2F", "~!$&'()*+,;=:@"];
    private static readonly string[] RawOnly = ["%zz", "%", "%2", "%g0", "a%zzb%", "%C0%zz"];
    private static readonly string[] BadQueries = ["?x=%C0%AF&y=%00", "?a=1&a=2&=&&", "?token=abc", "?q=%E4%B8%ff"];
    private static readonly string[] RawOnlyQueries = ["?a=%zz&b=%&c=%C0%AF&d=%00", "?%=%", "?x=%2"];

    /// <summary>A path of the operation, its serial (if it has one) and query fuzzed.</summary>
    public static (string Target, bool RawOnly, string Label) ForOperation(Randomizer random, ApiOperation operation)
    {
        var path = operation.PathTemplate;
        var rawOnly = false;
        var label = "plain path";
        foreach (var parameter in operation.PathParameters)
        {
            var kind = random.WeightedRandom(["hex", "word", "unicode", "odd escape", "raw-only escape"], [0.35f, 0.15f, 0.15f, 0.2f, 0.15f]);
            var value = kind switch
            {
                "hex" => random.Hexadecimal(64, string.Empty),
                "word" => Uri.EscapeDataString(random.Words(random.Int(1, 3))),
                "unicode" => Uri.EscapeDataString("令牌😀" + random.AlphaNumeric(4)),
                "odd escape" => random.ArrayElement(SentAsWritten),
                _ => random.ArrayElement(RawOnly),
            };
            rawOnly |= kind == "raw-only escape";
            label = $"serial {kind}";
            path = path.Replace($"{{{parameter.Name}}}", value, StringComparison.Ordinal);
        }

        var (query, queryRawOnly, queryLabel) = Query(random);
        return (path + query, rawOnly || queryRawOnly, queryLabel is null ? label : $"{label}, {queryLabel}");
    }

    /// <summary>A path no operation has; any method on it is an unknown route.</summary>
    public static (string Target, bool RawOnly, string Label) Unknown(Randomizer random, ApiSpecification spec)
    {
        // A path with a serial is a leaf: one more segment after it is no operation's path.
        var leaf = random.ArrayElement(spec.Operations.Where(operation => operation.PathParameters.Count > 0).ToArray());
        var filled = leaf.PathTemplate.Replace("{serial}", random.Hexadecimal(16, string.Empty), StringComparison.Ordinal);
        var kind = random.WeightedRandom(["near miss", "trailing slash", "extra segment", "random words", "raw-only escape"], [0.3f, 0.15f, 0.15f, 0.25f, 0.15f]);
        var target = kind switch
        {
            "near miss" => random.ArrayElement(NearMisses(spec)),
            "trailing slash" => filled + "/",
            "extra segment" => filled + "/" + Uri.EscapeDataString(random.Word()),
            "random words" => "/" + string.Join('/', Enumerable.Range(0, random.Int(1, 4)).Select(_ => "w-" + Uri.EscapeDataString(random.Word()))),
            _ => random.ArrayElement([spec.BasePath + "/user%zz/token", "/%zz", spec.BasePath + "/%", filled.Replace("/user/", "/us%er/", StringComparison.Ordinal)]),
        };
        var (query, queryRawOnly, _) = Query(random);
        return (target + query, kind == "raw-only escape" || queryRawOnly, $"unknown path {kind}");
    }

    private static string[] NearMisses(ApiSpecification spec) =>
    [
        "/", "/v1", spec.BasePath, spec.BasePath + "/", spec.BasePath + "/user", spec.BasePath.ToUpperInvariant() + "/user/token",
        spec.BasePath + "/users/token", spec.BasePath + "/user/tokens", spec.BasePath + "//user/token", spec.BasePath + "/user/login/extra",
        spec.BasePath + "/user/%E4%BB%A4%E7%89%8C", spec.BasePath + "/user/message", spec.BasePath + "/user/token/a/b", "/favicon.ico", "/v2/api/user/token",
    ];

    private static (string Query, bool RawOnly, string? Label) Query(Randomizer random) =>
        random.WeightedRandom(["none", "odd", "raw-only", "long"], [0.65f, 0.15f, 0.12f, 0.08f]) switch
        {
            "none" => (string.Empty, false, null),
            "odd" => (random.ArrayElement(BadQueries), false, "odd query"),
            "raw-only" => (random.ArrayElement(RawOnlyQueries), true, "raw-only query escape"),
            _ => ($"?q={random.AlphaNumeric(16)}{new string('q', random.Int(2_000, 20_000))}", false, "long query"),
        };
}
