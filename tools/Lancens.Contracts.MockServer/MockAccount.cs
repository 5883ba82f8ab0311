namespace Lancens.Contracts.MockServer;

/// <summary>An account the mock lets log in (<c>serve --account USER:PASSWORD</c>).</summary>
public sealed record MockAccount(string Username, string Password)
{
    /// <summary>Reads <c>USER:PASSWORD</c>; the password may itself contain colons.</summary>
    /// <exception cref="FormatException">It is not USER:PASSWORD; the message never repeats the text, which may hold a password.</exception>
    public static MockAccount Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1
            ? new MockAccount(text[..colon], text[(colon + 1)..])
            : throw new FormatException("An account is USER:PASSWORD, both parts non-empty (the text given is not repeated: it may hold a password).");
    }

    public override string ToString() => $"MockAccount {{ Username = {Username}, Password = *** }}";
}
