namespace Lancens.Contracts.WireMockHost;

/// <summary>WireMock is not installed, or could not be started or reached; the message says why and carries its output tail.</summary>
public sealed class WireMockException(string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>WireMock could not bind its port, which another process may have taken after it was picked.</summary>
    internal bool IsPortConflict { get; init; }
}
