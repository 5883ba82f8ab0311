using System.Globalization;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>What the suite runs against, from the environment (see the README's table of variables).</summary>
internal sealed record TargetSettings
{
    public const string TargetVariable = "LANCENS_TARGET";
    public const string BaseUrlVariable = "LANCENS_BASE_URL";
    public const string UsernameVariable = "LANCENS_USERNAME";
    public const string PasswordVariable = "LANCENS_PASSWORD";
    public const string CaCertificateVariable = "LANCENS_CA_CERT";
    public const string SeedVariable = "LANCENS_SEED";
    public const string ReportDirectoryVariable = "LANCENS_REPORT_DIR";

    // Printed at the start of every run, so any run can be replayed with LANCENS_SEED.
    public const int DefaultSeed = 20261122;

    public required TargetKind Kind { get; init; }
    public Uri? LiveBaseUrl { get; init; }
    public string? Username { get; init; }
    public string? Password { get; init; }
    public string? CaCertificatePath { get; init; }
    public required int Seed { get; init; }
    public string? ReportDirectory { get; init; }

    /// <summary>Null when the settings are usable; otherwise one message naming every variable to fix.</summary>
    public string? Problem { get; init; }

    public static TargetKind KindFrom(Func<string, string?> read) =>
        (read(TargetVariable) ?? "mock").Trim().ToLowerInvariant() == "live" ? TargetKind.Live : TargetKind.Mock;

    /// <param name="relativeTo">Where a relative LANCENS_CA_CERT is found: the repository root, where `dotnet test` runs.</param>
    public static TargetSettings From(Func<string, string?> read, Uri defaultLiveBaseUrl, string relativeTo)
    {
        var problems = new List<string>();
        var target = (read(TargetVariable) ?? "mock").Trim().ToLowerInvariant();
        if (target is not ("mock" or "live"))
        {
            problems.Add($"{TargetVariable} must be mock or live, not '{target}'");
        }

        var seedText = read(SeedVariable);
        var seed = DefaultSeed;
        if (!string.IsNullOrWhiteSpace(seedText) && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add($"{SeedVariable} must be an integer, not '{seedText}'");
        }

        var kind = target == "live" ? TargetKind.Live : TargetKind.Mock;
        Uri? baseUrl = null;
        if (kind == TargetKind.Live)
        {
            var missing = new[] { UsernameVariable, PasswordVariable }.Where(name => string.IsNullOrEmpty(read(name))).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{TargetVariable}=live needs {string.Join(" and ", missing)} (a test account: every login clears its push tokens)");
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
            Kind = kind,
            LiveBaseUrl = baseUrl,
            Username = read(UsernameVariable),
            Password = read(PasswordVariable),
            CaCertificatePath = CaPath(read, relativeTo),
            Seed = seed,
            ReportDirectory = string.IsNullOrWhiteSpace(read(ReportDirectoryVariable)) ? null : read(ReportDirectoryVariable),
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

    public override string ToString() => $"TargetSettings {{ Kind = {Kind}, LiveBaseUrl = {LiveBaseUrl}, Seed = {Seed} }}";
}
