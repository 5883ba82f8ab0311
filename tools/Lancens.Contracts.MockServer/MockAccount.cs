namespace Lancens.Contracts.MockServer;

/// <summary>An account the mock lets log in (<c>serve --account USER:PASSWORD</c>).</summary>
public sealed record MockAccount(string Username, string Password)
{
    /// <summary>Reads <c>USER:PASSWORD</c>; the password may itself contain colons.</summary>
    public static MockAccount Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1
            ? new MockAccount(text[..colon], text[(colon + 1)..])
            : throw new FormatException($"An account is USER:PASSWORD, not '{text}'.");
    }

    public override string ToString() => $"MockAccount {{ Username = {Username}, Password = *** }}";
}
