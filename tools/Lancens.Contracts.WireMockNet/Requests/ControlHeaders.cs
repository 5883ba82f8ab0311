using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.WireMockNet.Requests;

/// <summary>
/// What a request's mock-control headers ask for, read with the model's own parsers (<see cref="MockControl.ErrorNamed"/>,
/// <see cref="MockFault.TryParse"/>): the stubs' header predicates, one rule each.
/// </summary>
internal static class ControlHeaders
{
    /// <summary>Neither header asks for anything but a delay, which every stub adds to its answer (<c>Answers.DelayedAnswer</c>).</summary>
    public static bool NoneButADelay(IDictionary<string, string[]> headers) =>
        RequestHeaders.Value(headers, MockControl.ErrorHeader) is null && NoFaultButADelay(headers);

    /// <summary>The error header names this documented error of the operation, in any letter case; the fault header asks for a delay at most.</summary>
    public static bool Forces(IDictionary<string, string[]> headers, ApiOperation operation, DocumentedError error) =>
        NoFaultButADelay(headers)
        && RequestHeaders.Value(headers, MockControl.ErrorHeader) is { } text
        && MockControl.ErrorNamed(operation, text) == error;

    /// <summary>The error header names no error the operation documents; the fault header asks for a delay at most.</summary>
    public static bool ForcesAnUnknownError(IDictionary<string, string[]> headers, ApiOperation operation) =>
        NoFaultButADelay(headers)
        && RequestHeaders.Value(headers, MockControl.ErrorHeader) is { } text
        && MockControl.ErrorNamed(operation, text) is null;

    /// <summary>The connection fault the fault header asks for, or null.</summary>
    public static ConnectionFault? Fault<TValues>(IDictionary<string, TValues>? headers)
        where TValues : IEnumerable<string> =>
        Parsed(headers)?.Connection;

    /// <summary>The delay the fault header asks for, or null.</summary>
    public static TimeSpan? Delay<TValues>(IDictionary<string, TValues>? headers)
        where TValues : IEnumerable<string> =>
        Parsed(headers)?.Delay;

    /// <summary>The fault header is sent and asks for neither a delay nor one of <paramref name="offered"/>.</summary>
    public static bool AsksForAFaultNotIn(IDictionary<string, string[]> headers, IReadOnlyCollection<ConnectionFault> offered)
    {
        if (RequestHeaders.Value(headers, MockControl.FaultHeader) is null)
        {
            return false;
        }

        var fault = Parsed(headers);
        return fault is null || (fault.Connection is { } connection && !offered.Contains(connection));
    }

    private static bool NoFaultButADelay(IDictionary<string, string[]> headers) =>
        RequestHeaders.Value(headers, MockControl.FaultHeader) is null || Delay(headers) is not null;

    private static MockFault? Parsed<TValues>(IDictionary<string, TValues>? headers)
        where TValues : IEnumerable<string> =>
        RequestHeaders.Value(headers, MockControl.FaultHeader) is { } value && MockFault.TryParse(value, out var fault) ? fault : null;
}
