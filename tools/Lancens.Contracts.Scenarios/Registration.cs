namespace Lancens.Contracts.Scenarios;

/// <summary>A push token registered for one resource (<c>ring</c>, <c>message</c>) before or by a scenario; its value is the registration's key.</summary>
public sealed record Registration(string Resource, string PushToken);

/// <summary>What must hold before a scenario's request: a registration, or a resource with nothing registered.</summary>
public sealed record Precondition(Registration? Registered = null, string? Cleared = null)
{
    public static Precondition None { get; } = new();
}
