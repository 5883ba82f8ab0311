using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>Everything checks need to run against one target: how to send, whose sessions, what the target can do, and where results go.</summary>
internal sealed class SuiteRuntime
{
    private readonly Func<CancellationToken, Task> _reset;

    public SuiteRuntime(ApiSpecification spec, TargetSettings settings, HttpClient client, Uri baseUrl, Account suiteAccount, Account? secondAccount, TestValues values, Func<CancellationToken, Task> reset)
    {
        Spec = spec;
        Settings = settings;
        SuiteAccount = suiteAccount;
        SecondAccount = secondAccount;
        Scrubber.Add(suiteAccount.Username);
        Scrubber.Add(suiteAccount.Password);
        Scrubber.Add(secondAccount?.Username);
        Scrubber.Add(secondAccount?.Password);
        Actions = new ActionRequests(spec, values);
        Transport = new HttpTransport(client, baseUrl, spec.BasePath, Scrubber);
        Sessions = new Sessions(spec, Transport, Actions, Scrubber);
        Runner = new ScenarioRunner(Transport, Sessions, Actions, Ledger, suiteAccount, sessionsAreShared: SkipReason(TargetNeeds.IssuedTokens) is not null);
        _reset = reset;
        Clock = new TargetClock(client, new Uri(baseUrl.GetLeftPart(UriPartial.Authority)));
    }

    /// <summary>The target's clock, for the checks that need it moved (only on targets that let them).</summary>
    public TargetClock Clock { get; }

    /// <summary>The clock the checks judge time-dependent answers by (an expiry): this machine's, as a client's would be.</summary>
    public TimeProvider Time { get; } = TimeProvider.System;

    public ApiSpecification Spec { get; }

    public TargetSettings Settings { get; }

    public Account SuiteAccount { get; }

    /// <summary>Another account, for the checks that two accounts never see each other's records; null when there is none.</summary>
    public Account? SecondAccount { get; }

    public ActionRequests Actions { get; }

    public HttpTransport Transport { get; }

    public Sessions Sessions { get; }

    public ScenarioRunner Runner { get; }

    public SecretScrubber Scrubber { get; } = new();

    public ContractRecorder Recorder { get; } = new();

    public RegistrationLedger Ledger { get; } = new();

    /// <summary>Why checks with these needs do not run on this target, or null when they do.</summary>
    public string? SkipReason(TargetNeeds needs) => TargetAbilities.SkipReason(Settings, needs);

    /// <summary>Forgets what a mock remembers (a live host keeps its state); every session logs in again.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await _reset(cancellationToken);
        Sessions.InvalidateAll();
    }
}
