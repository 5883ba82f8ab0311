namespace Lancens.Contracts.Mock.Mappings;

/// <summary>
/// Which stub answers when several match: WireMock tries lower priorities first. The tiers, in order:
/// a fault asked for, a documented error forced, then the operation's own checks in the spec's
/// validation order (one priority each, from <see cref="FirstCheck"/> on), its answers by session state,
/// its fallback for a body that is not a JSON object, and last the answer for routes the spec lacks.
/// Every stub that can match the same request gets its own number: between equal priorities WireMock
/// picks by file load order, which is not stable.
/// </summary>
internal static class MatchPrecedence
{
    public const int Fault = 1;
    public const int UnknownFault = 2;
    public const int ForcedError = 3;
    public const int UnknownForcedError = 4;
    public const int FirstCheck = 10;

    /// <summary>A request that is not a JSON object reaches this: every check before it needs one.</summary>
    public const int BodyNotAnObject = 90;

    public const int UnknownRoute = 100;
}
