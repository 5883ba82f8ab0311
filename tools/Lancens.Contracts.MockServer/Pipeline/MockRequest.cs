using System.Text.Json;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>One request to a known operation, as the checks and the state stage read it.</summary>
internal sealed class MockRequest(HttpContext http, Route route, string? token, RequestBody? body)
{
    public HttpContext Http { get; } = http;

    public Route Route { get; } = route;

    /// <summary>The token header's value, or null when it is absent; blank counts as absent for the checks.</summary>
    public string? TokenHeader { get; } = token;

    /// <summary>The body, read for operations that take one.</summary>
    public RequestBody? Body { get; } = body;

    /// <summary>The account the request's token or credentials open, once a check has found it.</summary>
    public Account? Account { get; set; }

    /// <summary>The live token the request acts with, once a check has found it.</summary>
    public string? SessionToken { get; set; }

    /// <summary>The string the body carries in the field marked with this session part (<c>x-lancens-session</c>), or null.</summary>
    public string? SessionValue(SessionPart part) =>
        Route.Operation.Body?.Fields.FirstOrDefault(field => field.Session == part) is { } field
            && Body?.Field(field.Name) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;
}
