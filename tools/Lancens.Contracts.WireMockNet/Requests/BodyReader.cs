using System.Runtime.CompilerServices;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using WireMock.Util;

namespace Lancens.Contracts.WireMockNet.Requests;

/// <summary>
/// The request body as the model reads it (<see cref="RequestJson"/>, the spec's body limit included), from the bytes
/// WireMock.Net received. WireMock.Net asks every stub's body predicate about every request, so each body is read once,
/// however many stubs ask.
/// </summary>
internal sealed class BodyReader(RequestLimits limits)
{
    private static readonly RequestJson Empty = RequestJson.Parse([]);

    private readonly ConditionalWeakTable<IBodyData, RequestJson> _read = [];

    // WireMock.Net leaves the body data out when a request has no body.
    public RequestJson Read(IBodyData? body) =>
        body?.BodyAsBytes is null ? Empty : _read.GetValue(body, data => RequestJson.Read(data.BodyAsBytes, limits));
}
