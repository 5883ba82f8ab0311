using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Targets;

/// <summary>What each target can do, and why a check that needs more is skipped there: the skip reasons of the whole suite.</summary>
internal static class TargetAbilities
{
    private const TargetNeeds Everything = (TargetNeeds)(-1);

    public static TargetNeeds Of(TargetSettings settings) => settings.Kind switch
    {
        TargetKind.Mock => Everything,
        TargetKind.WireMock => TargetNeeds.ControlHeaders | TargetNeeds.MadeUpAccounts | TargetNeeds.UnknownRouteAnswer,
        TargetKind.WireMockNet => TargetNeeds.ControlHeaders | TargetNeeds.MadeUpAccounts | TargetNeeds.UnknownRouteAnswer | TargetNeeds.RequestLimits,
        _ => TargetNeeds.IssuedTokens | TargetNeeds.KnownAccounts | TargetNeeds.ValueMemory | TargetNeeds.RequestLimits
            | (settings.HasSecondLiveAccount ? TargetNeeds.SecondAccount : TargetNeeds.None),
    };

    /// <summary>Why a check with these needs does not run on the target, or null when it runs.</summary>
    public static string? SkipReason(TargetSettings settings, TargetNeeds needs)
    {
        var missing = needs & ~Of(settings);
        if (missing == TargetNeeds.None)
        {
            return null;
        }

        var first = Enum.GetValues<TargetNeeds>().First(need => need != TargetNeeds.None && missing.HasFlag(need));
        return $"{settings.KindName}: {Why(settings.Kind, first)}";
    }

    private static string Why(TargetKind kind, TargetNeeds need) => (kind, need) switch
    {
        (TargetKind.Live, TargetNeeds.ControlHeaders) => "forced through the mock's control header; the real host cannot be made to answer it on demand",
        (TargetKind.Live, TargetNeeds.MadeUpAccounts) => "needs an account the suite makes up; the real host has only the test account",
        (TargetKind.Live, TargetNeeds.UnknownRouteAnswer) => "the real host may answer unknown routes with its own page",
        (TargetKind.Live, TargetNeeds.ConcurrentClients) => "requests to a real host are paced, one at a time: a batch at once would not be courteous",
        (TargetKind.Live, TargetNeeds.MovableClock) => "the real host's clock cannot be moved: its tokens expire about a month after login",
        (TargetKind.Live, TargetNeeds.SecondAccount) => $"needs a second account: set {TargetSettings.SecondUsernameVariable} and {TargetSettings.SecondPasswordVariable}",
        (TargetKind.WireMock, TargetNeeds.IssuedTokens) => "stock WireMock accepts any token: it cannot remember which ones it issued",
        (TargetKind.WireMock, TargetNeeds.KnownAccounts) => "stock WireMock lets any account log in: it keeps no accounts",
        (TargetKind.WireMock, TargetNeeds.ValueMemory) => "stock WireMock cannot remember values per account (one global scenario state, no value memory)",
        (TargetKind.WireMock, TargetNeeds.RequestLimits) => "stock WireMock has no body limit",
        (TargetKind.WireMock, TargetNeeds.SecondAccount) => "stock WireMock keeps one state for every account",
        (TargetKind.WireMock, TargetNeeds.ConcurrentClients) => "stock WireMock's one scenario state cannot explain concurrent requests of one account",
        (TargetKind.WireMock, TargetNeeds.MovableClock) => "stock WireMock's stubs accept any token at any time: they have no clock to move",
        (TargetKind.WireMockNet, TargetNeeds.IssuedTokens) => "WireMock.Net stubs accept any token: they cannot remember which ones they issued",
        (TargetKind.WireMockNet, TargetNeeds.KnownAccounts) => "WireMock.Net stubs let any account log in: they keep no accounts",
        (TargetKind.WireMockNet, TargetNeeds.ValueMemory) => "WireMock.Net stubs cannot remember values per account (one scenario state for everyone, no value memory)",
        (TargetKind.WireMockNet, TargetNeeds.SecondAccount) => "WireMock.Net stubs keep one state for every account",
        (TargetKind.WireMockNet, TargetNeeds.ConcurrentClients) => "WireMock.Net's one scenario state cannot explain concurrent requests of one account",
        (TargetKind.WireMockNet, TargetNeeds.MovableClock) => "WireMock.Net stubs accept any token at any time: they have no clock to move",
        _ => $"the target cannot {need}",
    };
}
