using System.Globalization;

namespace Lancens.Contracts.Model.Mocking;

/// <summary>One value of the fault header: a delay before the normal answer, or a broken connection.</summary>
public sealed record MockFault
{
    private const string DelayPrefix = "delay=";

    private MockFault(string value, TimeSpan? delay, ConnectionFault? connection)
    {
        Value = value;
        Delay = delay;
        Connection = connection;
    }

    /// <summary>The fault header's value, e.g. <c>delay=1500</c> or <c>reset</c>.</summary>
    public string Value { get; }

    /// <summary>How long to wait before answering as usual; null for a connection fault.</summary>
    public TimeSpan? Delay { get; }

    public ConnectionFault? Connection { get; }

    /// <summary>What the fault header accepts on a mock that takes any delay up to the maximum, for messages.</summary>
    public static string Accepted => AcceptedWith(MockControl.ConnectionFaults);

    /// <summary>What the fault header accepts on a mock that takes any delay up to the maximum and offers only these connection faults.</summary>
    public static string AcceptedWith(IEnumerable<ConnectionFault> faults) =>
        string.Join(" | ", faults.Select(fault => fault.Value).Prepend($"delay=<1 to {MockControl.MaxDelay.TotalMilliseconds:0} ms>"));

    /// <summary>A fault header value: a delay of 1 ms up to the maximum, or a connection fault, in any letter case.</summary>
    public static bool TryParse(string? text, out MockFault fault)
    {
        fault = null!;
        var value = text?.Trim() ?? string.Empty;
        if (value.StartsWith(DelayPrefix, StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(value[DelayPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
                || milliseconds < 1 || milliseconds > MockControl.MaxDelay.TotalMilliseconds)
            {
                return false;
            }

            fault = new MockFault(MockControl.Delay(milliseconds), TimeSpan.FromMilliseconds(milliseconds), null);
            return true;
        }

        var connection = MockControl.ConnectionFaults.FirstOrDefault(candidate => candidate.Value.Equals(value, StringComparison.OrdinalIgnoreCase));
        if (connection is null)
        {
            return false;
        }

        fault = new MockFault(connection.Value, null, connection);
        return true;
    }

    public override string ToString() => Value;
}
