using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Lancens.Contracts.Proxy.Forwarding;

/// <summary>
/// What the client gets when the upstream gives no answer: a gateway status (502, or 504 when it stayed silent past the
/// timeout) and a body in the API's <c>{"message": ...}</c> shape, never an empty page or a stack trace. These answers
/// are the proxy's, not the host's: the spec documents none of them, and the report counts them apart.
/// </summary>
internal static class UpstreamFailures
{
    /// <summary>Why the upstream gave no whole answer, in words; null when it answered.</summary>
    public static string? Describe(ForwarderError error, Exception? exception, TimeSpan timeout) => error switch
    {
        ForwarderError.None => null,
        ForwarderError.RequestTimedOut => $"the upstream did not answer within {timeout.TotalSeconds:0.#} s",
        ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient => "the client went away before the upstream answered",
        ForwarderError.ResponseBodyDestination or ForwarderError.ResponseBodyCanceled => "the upstream's answer broke off after its headers",
        ForwarderError.ResponseBodyClient => "the client went away during the answer",
        _ => $"the upstream could not be reached or broke the connection ({Innermost(exception)?.Message ?? error.ToString()})",
    };

    /// <summary>The status the client gets: 504 for a timeout, else 502.</summary>
    public static int StatusOf(ForwarderError error) =>
        error == ForwarderError.RequestTimedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;

    /// <summary>Answers the failure, when no byte of an answer went out yet (else the connection is already broken, as the upstream broke it).</summary>
    public static async Task AnswerAsync(HttpContext context, ForwarderError error, string description)
    {
        if (context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusOf(error);
        context.Response.ContentType = Model.MediaTypes.Json;
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { message = $"lancens proxy: {description}" }), context.RequestAborted);
    }

    private static Exception? Innermost(Exception? exception) => exception?.InnerException is null ? exception : Innermost(exception.InnerException);
}
