namespace Lancens.Contracts.MockServer.Control;

/// <summary>
/// What to answer on the next matching request(s) (<c>lancens arm</c>), for a client that cannot add headers: one
/// documented error by its exact text, or one fault.
/// </summary>
/// <param name="Error">A documented error text, e.g. <c>push_token exist</c>; any letter case.</param>
/// <param name="Fault">A fault header value, e.g. <c>delay=5000</c> or <c>reset</c>.</param>
/// <param name="Operation">Only requests to this operationId; null for any operation that documents the error.</param>
/// <param name="Username">Only requests of this account (by its token, or the username login and logout send).</param>
/// <param name="Times">How many matching requests get it.</param>
public sealed record ArmRequest(string? Error = null, string? Fault = null, string? Operation = null, string? Username = null, int Times = 1);

/// <summary>An armed answer waiting for its requests, as the admin endpoint lists it.</summary>
public sealed record ArmedAnswer(int Id, string? Error, string? Fault, string? Operation, string? Username, int Remaining);
