using Lancens.Contracts.WireMockNet.Requests;
using WireMock;
using WireMock.ResponseProviders;
using WireMock.Settings;

namespace Lancens.Contracts.WireMockNet.Answers;

/// <summary>
/// Every stub's answer, <c>X-Lancens-Mock-Fault: delay=MS</c> milliseconds late when the request asks for it: the answer
/// itself is whatever the stubs decide, as on the engine. WireMock.Net's own delays are fixed per stub, so a delay is not
/// a stub of its own here.
/// </summary>
internal sealed class DelayedAnswer(IResponseProvider answer, TimeProvider time) : IResponseProvider
{
    public async Task<(IResponseMessage Message, IMapping? Mapping)> ProvideResponseAsync(IMapping mapping, IRequestMessage requestMessage, WireMockServerSettings settings)
    {
        if (ControlHeaders.Delay(requestMessage.Headers) is { } delay)
        {
            await Task.Delay(delay, time);
        }

        return await answer.ProvideResponseAsync(mapping, requestMessage, settings);
    }
}
