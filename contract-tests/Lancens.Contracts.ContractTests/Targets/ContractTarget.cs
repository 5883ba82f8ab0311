using System.Net;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.ContractTests.Verdicts;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;
using Lancens.Contracts.Tls;
using Lancens.Contracts.WireMockHost;
using Lancens.Contracts.WireMockNet;
using WireMock.Settings;
using WireMockNetServer = WireMock.Server.WireMockServer;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>
/// The one target of a run, shared by every test: the engine (in process), stock WireMock on mocks/, WireMock.Net with
/// the Lancens.Contracts.WireMockNet stubs (in process; all three on a free loopback port) or a live host. At the end it clears what a live run registered and writes the contract matrix with
/// the verdict on every assumption.
/// </summary>
public sealed class ContractTarget : IAsyncLifetime
{
    private HttpClient? _http;
    private LancensMock? _engine;
    private WireMockServer? _wireMock;
    private WireMockNetServer? _wireMockNet;
    private LancensApi? _lancensApi;
    private SuiteRuntime? _runtime;

    internal TargetSettings Settings => SuiteData.Settings;

    internal ApiSpecification Spec => SuiteData.Spec;

    internal SuiteRuntime Run => _runtime ?? throw new InvalidOperationException("The target is not configured.");

    internal SuiteChecks Checks => new(Run);

    internal bool IsMock => Settings.Kind == TargetKind.Mock;

    public async ValueTask InitializeAsync()
    {
        if (Settings.Problem is not null)
        {
            return;
        }

        var cancel = TestContext.Current.CancellationToken;
        var values = new TestValues(Settings.Seed);
        var actions = new ActionRequests(Spec, values);
        var (suite, second) = Settings.Kind == TargetKind.Live
            ? (new Account(Settings.Username!, Settings.Password!), Settings.HasSecondLiveAccount ? new Account(Settings.SecondUsername!, Settings.SecondPassword!) : null)
            : (actions.NewAccount(), actions.NewAccount());
        var handler = TlsTrust.Handler(Settings.CaCertificatePath);
        _http = new HttpClient(Settings.Kind == TargetKind.Live ? new LivePacing(handler, Settings.LiveRate, TimeProvider.System) : handler) { Timeout = TimeSpan.FromSeconds(60) };
        var (baseUrl, reset) = await StartAsync(suite, second, cancel);
        _runtime = new SuiteRuntime(Spec, Settings, _http, baseUrl, suite, second, values, reset);
        RecordSkips();
        TestContext.Current.SendDiagnosticMessage(
            $"Lancens contract suite: target {Settings.KindName}, base URL {baseUrl}, seed {Settings.Seed} (set {TargetSettings.SeedVariable} to replay), " +
            $"scope {Settings.Scope.ToString().ToLowerInvariant()}, {SuiteData.Scenarios.Count} scenarios and {SuiteData.Journeys.Count} journeys");
    }

    /// <summary>Skips, with the reason, every test of a run whose settings are unusable; one test fails with it instead.</summary>
    internal void EnsureConfigured()
    {
        if (Settings.Problem is { } problem)
        {
            Assert.Skip($"The target is not configured: {problem}");
        }
    }

    /// <summary>On a mock: forget logins and registrations. A live host's state is reset by logging in.</summary>
    internal Task ResetAsync(CancellationToken cancellationToken) => Run.ResetAsync(cancellationToken);

    /// <summary>Runs every check of the scope that has no result yet, so the gates judge the whole run whichever tests ran before them.</summary>
    internal async Task RunMissingChecksAsync(CancellationToken cancellationToken)
    {
        foreach (var scenario in SuiteData.Scenarios.Where(scenario => !Run.Recorder.HasRun(scenario.Id)))
        {
            await Checks.RunAsync(scenario, cancellationToken);
        }

        foreach (var journey in SuiteData.Journeys.Where(journey => !Run.Recorder.HasRun(journey.Name)))
        {
            await Checks.RunAsync(journey, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var notes = new List<string>();
        if (_runtime is not null && Settings.Kind == TargetKind.Live)
        {
            notes.Add(await LiveCleanup.RunAsync(_runtime));
        }

        if (_runtime is not null)
        {
            ContractMatrixFiles.Write(
                Settings.ReportDirectory ?? Path.Combine(SuiteData.Layout.Root, "artifacts", "contract-report", Settings.KindName),
                new RunHeader(Settings.KindName, _runtime.Transport.BaseUrl.ToString(), Settings.Seed, _runtime.Time.GetUtcNow(), notes),
                MatrixRow.Build(Spec, _runtime.Recorder),
                AssumptionVerdict.Judge(Spec, _runtime.Recorder.Results));
        }

        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }

        if (_wireMock is not null)
        {
            await _wireMock.DisposeAsync();
        }

        if (_wireMockNet is not null)
        {
            _wireMockNet.Stop();
            _wireMockNet.Dispose();
        }

        _http?.Dispose();
    }

    private async Task<(Uri BaseUrl, Func<CancellationToken, Task> Reset)> StartAsync(Account suite, Account? second, CancellationToken cancellationToken)
    {
        switch (Settings.Kind)
        {
            case TargetKind.Mock:
                _engine = await LancensMock.StartAsync(new LancensMockOptions { Spec = Spec, Accounts = EngineAccounts.For(suite, second!) }, cancellationToken);
                return (_engine.BaseUrl, ResetEngineAsync);
            case TargetKind.WireMock:
                _wireMock = await WireMockServer.StartAsync(new WireMockOptions { RootDirectory = SuiteData.Layout.MocksDirectory }, cancellationToken);
                return (new Uri(_wireMock.BaseUrl, Spec.BasePath), _wireMock.ResetScenariosAsync);
            case TargetKind.WireMockNet:
                // The server serves this API alone, as `lancens serve --engine wiremock-net` does: every unknown route gets the spec's answer.
                _wireMockNet = WireMockNetServer.Start(new WireMockServerSettings { Urls = [$"http://{IPAddress.Loopback}:0"] });
                _lancensApi = _wireMockNet.AddLancensApi(new LancensApiOptions { Spec = Spec, UnknownRoutes = UnknownRoutes.Everywhere });
                return (_lancensApi.BaseUrl, ResetWireMockNetAsync);
            default:
                return (Settings.LiveBaseUrl!, _ => Task.CompletedTask);
        }
    }

    private Task ResetEngineAsync(CancellationToken cancellationToken)
    {
        _engine!.Reset();
        return Task.CompletedTask;
    }

    private Task ResetWireMockNetAsync(CancellationToken cancellationToken)
    {
        _lancensApi!.ResetSession();
        return Task.CompletedTask;
    }

    // Checks this target cannot run are in the matrix and the verdicts too, with the reason.
    private void RecordSkips()
    {
        var checks = new SuiteChecks(Run);
        foreach (var scenario in SuiteData.Scenarios.Where(scenario => SuiteData.SkipReason(scenario.Needs) is not null))
        {
            checks.RunAsync(scenario, CancellationToken.None).GetAwaiter().GetResult();
        }

        foreach (var journey in SuiteData.Journeys.Where(journey => SuiteData.SkipReason(journey.Needs) is not null))
        {
            checks.RunAsync(journey, CancellationToken.None).GetAwaiter().GetResult();
        }
    }
}
