using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;
using Lancens.Contracts.WireMockHost;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>
/// The one target of a run, shared by every test: the mock (started here on a free loopback port) or a
/// live host. At the end it clears what a live run registered and writes the contract matrix.
/// </summary>
public sealed class ContractTarget : IAsyncLifetime
{
    private HttpClient? _http;
    private WireMockServer? _mock;
    private Runtime? _runtime;

    internal TargetSettings Settings => SuiteData.Settings;

    internal ApiSpecification Spec => SuiteData.Spec;

    internal SecretScrubber Scrubber { get; } = new();

    internal ContractRecorder Recorder { get; } = new();

    internal RegistrationLedger Ledger { get; } = new();

    internal bool IsMock => Settings.Kind == TargetKind.Mock;

    internal Runtime Run => _runtime ?? throw new InvalidOperationException("The target is not configured.");

    public async ValueTask InitializeAsync()
    {
        if (Settings.Problem is not null)
        {
            return;
        }

        var values = new TestValues(Settings.Seed);
        var actions = new ActionRequests(Spec, values);
        _http = new HttpClient(TlsTrust.Handler(Settings.CaCertificatePath)) { Timeout = TimeSpan.FromSeconds(30) };
        Uri baseUrl;
        if (IsMock)
        {
            _mock = await WireMockServer.StartAsync(new WireMockOptions { RootDirectory = SuiteData.Layout.MocksDirectory }, TestContext.Current.CancellationToken);
            baseUrl = new Uri(_mock.BaseUrl, Spec.BasePath);
        }
        else
        {
            baseUrl = Settings.LiveBaseUrl!;
        }

        var (username, password) = IsMock ? MadeUpAccount(values) : (Settings.Username!, Settings.Password!);
        Scrubber.Add(username);
        Scrubber.Add(password);
        var transport = new HttpTransport(_http, baseUrl, Spec.BasePath, Scrubber);
        var session = new AccountLogin(transport, actions, username, password, Scrubber);
        _runtime = new Runtime(transport, session, actions, new ScenarioRunner(transport, session, actions, Ledger));
        foreach (var scenario in SuiteData.Scenarios.Where(scenario => SuiteData.SkipReason(scenario) is not null))
        {
            Recorder.Record(scenario.Id, scenario.Expected, Outcome.Skipped, SuiteData.SkipReason(scenario));
        }

        TestContext.Current.SendDiagnosticMessage(
            $"Lancens contract suite: target {Settings.Kind.ToString().ToLowerInvariant()}, base URL {baseUrl}, seed {Settings.Seed} (set {TargetSettings.SeedVariable} to replay), {SuiteData.Scenarios.Count} scenarios");
    }

    /// <summary>Skips, with the reason, every test of a run whose settings are unusable; one test fails with it instead.</summary>
    internal void EnsureConfigured()
    {
        if (Settings.Problem is { } problem)
        {
            Assert.Skip($"The target is not configured: {problem}");
        }
    }

    /// <summary>On the mock: forget logins and registrations. A live host's state is reset by logging in.</summary>
    internal async Task ResetAsync(CancellationToken cancellationToken)
    {
        if (_mock is not null)
        {
            await _mock.ResetScenariosAsync(cancellationToken);
        }

        Run.Session.Invalidate();
    }

    public async ValueTask DisposeAsync()
    {
        var notes = new List<string>();
        if (_runtime is not null && !IsMock)
        {
            notes.Add(await LiveCleanup.RunAsync(_runtime, Ledger, Scrubber));
        }

        if (_runtime is not null)
        {
            ContractMatrixFiles.Write(
                Settings.ReportDirectory ?? Path.Combine(SuiteData.Layout.Root, "artifacts", "contract-report", Settings.Kind.ToString().ToLowerInvariant()),
                new RunHeader(Settings.Kind.ToString().ToLowerInvariant(), _runtime.Transport.BaseUrl.ToString(), Settings.Seed, DateTimeOffset.UtcNow, notes),
                MatrixRow.Build(Spec, Recorder.Results));
        }

        if (_mock is not null)
        {
            await _mock.DisposeAsync();
        }

        _http?.Dispose();
    }

    // The mock accepts any well-formed account: made-up values like the login body's examples.
    private (string Username, string Password) MadeUpAccount(TestValues values)
    {
        var fields = Spec.OperationFor(EffectAction.Login).Body!.Fields;
        string Fresh(SessionPart part) => (string)values.Fresh(fields.Single(field => field.Session == part));
        return (Fresh(SessionPart.Username), Fresh(SessionPart.Password));
    }

    internal sealed record Runtime(HttpTransport Transport, AccountLogin Session, ActionRequests Actions, ScenarioRunner Runner);
}
