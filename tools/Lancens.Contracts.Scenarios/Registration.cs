namespace Lancens.Contracts.Scenarios;

/// <summary>A push token registered for one resource (<c>ring</c>, <c>message</c>) before or by a scenario.</summary>
public sealed record Registration(string Resource, string PushToken);
