using System.Runtime.CompilerServices;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using WireMock.Util;

namespace Lancens.Contracts.WireMockNet.Requests;

/// <summary>
/// The request body as the model reads it (<see cref="JsonBody"/>, the spec's body limit included), from the bytes
/// WireMock.Net received. WireMock.Net asks every stub's body predicate about every request, so each body is read once,
/// however many stubs ask.
/// </summary>
internal sealed class BodyReader(RequestLimits limits)
{
    private static readonly JsonBody Empty = JsonBody.Parse([], int.MaxValue);

    private readonly ConditionalWeakTable<IBodyData, JsonBody> _read = [];

    // WireMock.Net leaves the body data out when a request has no body.
    public JsonBody Read(IBodyData? body) =>
        body?.BodyAsBytes is null ? Empty : _read.GetValue(body, data => JsonBody.Parse(data.BodyAsBytes, limits.MaxBodyBytes));
}
