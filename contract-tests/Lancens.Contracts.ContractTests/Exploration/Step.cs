using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// One step of an explored sequence, chosen before it runs. Sessions and serials are choices that resolve against what
/// the sequence did so far (the n-th session issued, the key another account registered), so any step fits any place.
/// </summary>
internal abstract record Step
{
    private Step()
    {
    }

    /// <summary>A login of one of the run's accounts: a new session, and the account's push tokens deleted.</summary>
    public sealed record LogIn(int Account) : Step;

    /// <summary>A logout with one of the sessions issued so far, live or not.</summary>
    public sealed record LogOut(int Session) : Step;

    /// <summary>A push-token operation (register, query, update, delete-one, clear) with one of the sessions issued so far.</summary>
    /// <param name="Fields">The body's fields besides the registration key, as sent; absent ones are not sent.</param>
    public sealed record Act(int Session, EffectAction Action, string Resource, KeyChoice Key, KeyChoice Serial, IReadOnlyDictionary<string, JsonNode?> Fields) : Step;

    /// <summary>A query with an issued token altered, which names no session.</summary>
    public sealed record AlteredToken(int Session, TokenAlteration Alteration, string Resource) : Step;
}

/// <summary>Which push token a body sends, or a path names, resolved against the sequence so far.</summary>
internal enum KeyChoice
{
    /// <summary>A new one, as long as the spec's example.</summary>
    Fresh,

    /// <summary>As long as the spec allows.</summary>
    Longest,

    /// <summary>The longest, of characters outside ASCII and the BMP.</summary>
    Unicode,

    /// <summary>The one this account has registered for this kind (fresh when none).</summary>
    Own,

    /// <summary>The one another account has registered for this kind (fresh when none): one push token, two accounts.</summary>
    Another,
}

/// <summary>How an issued token is changed so it names no session.</summary>
internal enum TokenAlteration
{
    UpperCase,
    Shortened,
    Lengthened,
}
