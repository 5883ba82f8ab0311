using System.Text.Json;

namespace Lancens.Contracts.Model.Checking;

/// <summary>One request to an operation as the spec's checks read it: the token header's value and the body.</summary>
/// <param name="TokenHeader">The token header's value, or null when it is absent; blank counts as absent for the checks.</param>
/// <param name="Body">The body, for operations that take one; <see cref="JsonBody.None"/> for the others.</param>
public sealed record RequestView(string? TokenHeader, JsonBody Body)
{
    /// <summary>The string the body carries in the operation's field marked with this session part (<c>x-lancens-session</c>), or null.</summary>
    public string? SessionValue(ApiOperation operation, SessionPart part) =>
        operation.Body?.Fields.FirstOrDefault(field => field.Session == part) is { } field
            && Body.Field(field.Name) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;

    // The token header is a secret: a record would print it.
    public override string ToString() => $"RequestView {{ TokenHeader = {(TokenHeader is null ? "none" : "***")}, Body = {Body} }}";
}
