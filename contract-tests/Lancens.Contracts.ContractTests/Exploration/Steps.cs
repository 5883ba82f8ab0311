using CsCheck;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// Random sequences of steps over the spec's operations, for CsCheck to draw and shrink: logins and logouts of a few
/// accounts, every push-token operation of every kind with values of every class, and altered tokens.
/// </summary>
internal static class Steps
{
    /// <summary>The most steps after the accounts' logins; a failure shrinks towards fewer.</summary>
    public const int MaxLength = 24;

    // Session choices are resolved modulo the sessions issued so far.
    private const int SessionChoices = 8;

    public static Gen<Step[]> Sequence(ApiSpecification spec, int accounts) => One(spec, accounts).Array[1, MaxLength];

    /// <summary>One act on a kind of push token (register, query, update, delete, clear), by a session the step chooses.</summary>
    public static Gen<Step.Act> AnyAct(ApiSpecification spec)
    {
        var acts = spec.Operations.Where(operation => operation.Effect.Resource is not null && operation.Token == TokenPlacement.Header).ToList();
        return Gen.Int[0, acts.Count - 1].SelectMany(index => Act(spec, acts[index]));
    }

    public static Gen<Step> One(ApiSpecification spec, int accounts)
    {
        var act = AnyAct(spec);
        var query = spec.Operations.Where(operation => operation.Effect.Action == EffectAction.Query).ToList();
        return Gen.Frequency(
            (2, (IGen<Step>)Gen.Int[0, accounts - 1].Select(account => (Step)new Step.LogIn(account))),
            (1, Gen.Int[0, SessionChoices - 1].Select(session => (Step)new Step.LogOut(session))),
            (12, act),
            (1, Gen.Select(Gen.Int[0, SessionChoices - 1], Gen.Enum<TokenAlteration>(), Gen.Int[0, query.Count - 1], (session, alteration, index) => (Step)new Step.AlteredToken(session, alteration, query[index].Effect.Resource!))));
    }

    /// <summary>The steps that act on one account's push tokens, for the concurrent batches.</summary>
    public static Gen<Step.Act> Act(ApiSpecification spec, ApiOperation operation) =>
        Gen.Select(
            Gen.Int[0, SessionChoices - 1],
            Gen.Frequency((4, Gen.Const(KeyChoice.Fresh)), (2, Gen.Const(KeyChoice.Own)), (3, Gen.Const(KeyChoice.Another)), (1, Gen.Const(KeyChoice.Longest)), (1, Gen.Const(KeyChoice.Unicode))),
            Gen.Frequency((6, Gen.Const(KeyChoice.Own)), (1, Gen.Const(KeyChoice.Another)), (1, Gen.Const(KeyChoice.Fresh))),
            ExploredValues.For(spec, operation),
            (session, key, serial, fields) => new Step.Act(session, operation.Effect.Action, operation.Effect.Resource!, key, serial, fields));
}
