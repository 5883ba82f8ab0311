using Lancens.Contracts.Model.Mocking;
using WireMock.ResponseBuilders;

namespace Lancens.Contracts.WireMockNet.Answers;

/// <summary>
/// The protocol's connection faults WireMock.Net has a fault for. It has two, and neither breaks the connection as the
/// engine does: its empty response is a whole answer (the stub's status, no body), and its malformed chunk is a whole
/// chunked 200 whose body is half the stub's body followed by random bytes. It has no reset and no bytes without a status line.
/// </summary>
internal static class WireMockNetFaults
{
    public static FaultType? For(ConnectionFaultKind kind) => kind switch
    {
        ConnectionFaultKind.Empty => FaultType.EMPTY_RESPONSE,
        ConnectionFaultKind.MalformedChunk => FaultType.MALFORMED_RESPONSE_CHUNK,
        _ => null,
    };

    /// <summary>The protocol's faults a stub here can give, in the protocol's order.</summary>
    public static IReadOnlyList<ConnectionFault> Offered { get; } = [.. MockControl.ConnectionFaults.Where(fault => For(fault.Kind) is not null)];
}
