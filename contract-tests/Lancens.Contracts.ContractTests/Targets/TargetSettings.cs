using System.Globalization;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>What the suite runs against, from the environment (see the README's table of variables).</summary>
internal sealed record TargetSettings
{
    public const string TargetVariable = "LANCENS_TARGET";
    public const string BaseUrlVariable = "LANCENS_BASE_URL";
    public const string UsernameVariable = "LANCENS_USERNAME";
    public const string PasswordVariable = "LANCENS_PASSWORD";
    public const string SecondUsernameVariable = "LANCENS_USERNAME_2";
    public const string SecondPasswordVariable = "LANCENS_PASSWORD_2";
    public const string CaCertificateVariable = "LANCENS_CA_CERT";
    public const string SeedVariable = "LANCENS_SEED";
    public const string ReportDirectoryVariable = "LANCENS_REPORT_DIR";
    public const string RateVariable = "LANCENS_LIVE_RATE";
    public const string ScopeVariable = "LANCENS_SCOPE";
    public const string ExploreVariable = "LANCENS_EXPLORE";

    // Enough to reach the rare classes (a push token two accounts share, altered tokens) on the engine in seconds.
    public const int DefaultExploredSequences = 2000;

    // A real host's courtesy budget: each sequence is some 15 requests, paced.
    public const int DefaultLiveExploredSequences = 20;

    // Printed at the start of every run, so any run can be replayed with LANCENS_SEED.
    public const int DefaultSeed = 20261122;

    // Courtesy to the vendor: a scheduled CI run must never look like an attack on the real host.
    public const double DefaultLiveRate = 4;

    public required TargetKind Kind { get; init; }
    public Uri? LiveBaseUrl { get; init; }
    public string? Username { get; init; }
    public string? Password { get; init; }
    public string? SecondUsername { get; init; }
    public string? SecondPassword { get; init; }
    public string? CaCertificatePath { get; init; }
    public required int Seed { get; init; }
    public string? ReportDirectory { get; init; }

    /// <summary>Requests per second at most on a live host; 0 for no limit (a local stand-in).</summary>
    public double LiveRate { get; init; } = DefaultLiveRate;

    public RunScope Scope { get; init; } = RunScope.Full;

    /// <summary>How many random sequences the state exploration sends (LANCENS_EXPLORE).</summary>
    public int ExploredSequences { get; init; } = DefaultExploredSequences;

    /// <summary>Null when the settings are usable; otherwise one message naming every variable to fix.</summary>
    public string? Problem { get; init; }

    public string KindName => Kind switch
    {
        TargetKind.WireMock => "wiremock",
        TargetKind.WireMockNet => "wiremock-net",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    public bool HasSecondLiveAccount => !string.IsNullOrEmpty(SecondUsername) && !string.IsNullOrEmpty(SecondPassword);

    /// <param name="relativeTo">Where a relative LANCENS_CA_CERT is found: the repository root, where `dotnet test` runs.</param>
    public static TargetSettings From(Func<string, string?> read, Uri defaultLiveBaseUrl, string relativeTo)
    {
        var problems = new List<string>();
        var target = (read(TargetVariable) ?? "mock").Trim().ToLowerInvariant();
        TargetKind? kind = target switch
        {
            "mock" => TargetKind.Mock,
            "wiremock" => TargetKind.WireMock,
            "wiremock-net" => TargetKind.WireMockNet,
            "live" => TargetKind.Live,
            _ => null,
        };
        if (kind is null)
        {
            problems.Add($"{TargetVariable} must be mock, wiremock, wiremock-net or live, not '{target}'");
        }

        var seedText = read(SeedVariable);
        var seed = DefaultSeed;
        if (!string.IsNullOrWhiteSpace(seedText) && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add($"{SeedVariable} must be an integer, not '{seedText}'");
        }

        var scopeText = (read(ScopeVariable) ?? "full").Trim().ToLowerInvariant();
        RunScope? scope = scopeText switch { "full" => RunScope.Full, "smoke" => RunScope.Smoke, _ => null };
        if (scope is null)
        {
            problems.Add($"{ScopeVariable} must be full or smoke, not '{scopeText}'");
        }

        var rateText = read(RateVariable);
        var rate = DefaultLiveRate;
        if (!string.IsNullOrWhiteSpace(rateText) && (!double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) || rate < 0))
        {
            problems.Add($"{RateVariable} must be a number of requests per second (0 for no limit), not '{rateText}'");
        }

        var exploreText = read(ExploreVariable);
        var explore = kind == TargetKind.Live ? DefaultLiveExploredSequences : DefaultExploredSequences;
        if (!string.IsNullOrWhiteSpace(exploreText) && (!int.TryParse(exploreText, NumberStyles.None, CultureInfo.InvariantCulture, out explore) || explore < 1))
        {
            problems.Add($"{ExploreVariable} must be a number of sequences, 1 or more, not '{exploreText}'");
        }

        Uri? baseUrl = null;
        if (kind == TargetKind.Live)
        {
            var missing = new[] { UsernameVariable, PasswordVariable }.Where(name => string.IsNullOrEmpty(read(name))).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{TargetVariable}=live needs {string.Join(" and ", missing)} (a test account: every login clears its push tokens)");
            }

            if (string.IsNullOrEmpty(read(SecondUsernameVariable)) != string.IsNullOrEmpty(read(SecondPasswordVariable)))
            {
                problems.Add($"{SecondUsernameVariable} and {SecondPasswordVariable} go together");
            }

            var baseUrlText = read(BaseUrlVariable);
            baseUrl = string.IsNullOrWhiteSpace(baseUrlText) ? defaultLiveBaseUrl : ParseBaseUrl(baseUrlText, problems);
            if (CaPath(read, relativeTo) is { } ca && !File.Exists(ca))
            {
                problems.Add($"{CaCertificateVariable} names a file that does not exist: {ca}");
            }
        }

        return new TargetSettings
        {
            Kind = kind ?? TargetKind.Mock,
            LiveBaseUrl = baseUrl,
            Username = read(UsernameVariable),
            Password = read(PasswordVariable),
            SecondUsername = read(SecondUsernameVariable),
            SecondPassword = read(SecondPasswordVariable),
            CaCertificatePath = CaPath(read, relativeTo),
            Seed = seed,
            ReportDirectory = string.IsNullOrWhiteSpace(read(ReportDirectoryVariable)) ? null : read(ReportDirectoryVariable),
            LiveRate = rate,
            Scope = scope ?? RunScope.Full,
            ExploredSequences = explore,
            Problem = problems.Count == 0 ? null : string.Join("; ", problems) + ".",
        };
    }

    private static string? CaPath(Func<string, string?> read, string relativeTo) =>
        read(CaCertificateVariable) is { Length: > 0 } path ? Path.GetFullPath(path, relativeTo) : null;

    private static Uri? ParseBaseUrl(string text, List<string> problems)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            return url;
        }

        problems.Add($"{BaseUrlVariable} must be an absolute https:// URL, not '{text}'");
        return null;
    }

    public override string ToString() => $"TargetSettings {{ Kind = {Kind}, LiveBaseUrl = {LiveBaseUrl}, Seed = {Seed}, Scope = {Scope} }}";
}
