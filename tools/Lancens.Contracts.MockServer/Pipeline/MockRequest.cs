using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>One request to a known operation, as the checks and the state stage read it; nothing changes it once made.</summary>
/// <param name="TokenHeader">The token header's value, or null when it is absent; blank counts as absent for the checks.</param>
/// <param name="Body">The body, read for operations that take one; <see cref="JsonBody.None"/> for the others.</param>
internal sealed record MockRequest(Route Route, string? TokenHeader, JsonBody Body)
{
    public ApiOperation Operation => Route.Operation;

    /// <summary>The request as the model's checks read it (<see cref="RequestContract"/>).</summary>
    public RequestView View { get; } = new(TokenHeader, Body);

    /// <summary>The string the body carries in the field marked with this session part (<c>x-lancens-session</c>), or null.</summary>
    public string? SessionValue(SessionPart part) => View.SessionValue(Operation, part);

    // The token header is a secret: a record would print it.
    public override string ToString() => $"MockRequest {{ Operation = {Operation.Id}, TokenHeader = {(TokenHeader is null ? "none" : "***")}, Body = {Body} }}";
}
