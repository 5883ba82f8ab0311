namespace Lancens.Contracts.Model;

/// <summary>Where an operation reads the login token from.</summary>
public enum TokenPlacement
{
    None,

    /// <summary>The <c>token</c> header (the spec's LoginToken security scheme).</summary>
    Header,

    /// <summary>A body field marked <c>x-lancens-session: token</c> (logout).</summary>
    Body,
}
