using Lancens.Contracts.MockServer.Hosting;
using Lancens.Contracts.Model.Mocking;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Admin;

/// <summary>
/// <c>/__lancens/clock</c>: GET shows the engine's clock, POST <c>{"advance": "31d"}</c> moves it forward (so tokens
/// expire), DELETE puts it back to real time.
/// </summary>
internal sealed class ClockEndpoint(EngineClock clock)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Method == HttpMethods.Post)
        {
            var (request, problem) = await AdminJson.ReadAsync<AdvanceRequest>(context);
            if (!Duration.TryParse(request?.Advance, out var by) || by > EngineClock.MaxStep)
            {
                await AdminJson.MessageAsync(context, 400, $"clock takes {{\"advance\": \"31d\"}}: a duration such as 31d, 90m, 1d12h or 45s, at most {EngineClock.MaxStep.TotalDays:0} days{(problem is null ? string.Empty : $" ({problem})")}");
                return;
            }

            if (!clock.TryAdvance(by))
            {
                await AdminJson.MessageAsync(context, 400, clock.TooFarMessage());
                return;
            }
        }
        else if (context.Request.Method == HttpMethods.Delete)
        {
            clock.Reset();
        }

        await AdminJson.WriteAsync(context, 200, State(clock));
    }

    public static ClockState State(EngineClock clock) => new(clock.GetUtcNow(), Duration.Format(clock.Offset), (long)clock.Offset.TotalSeconds);

    /// <param name="Advance">How far to move the clock, e.g. <c>31d</c>.</param>
    private sealed record AdvanceRequest(string? Advance);
}

/// <summary>What the engine's clock says, and how far ahead of real time it runs.</summary>
internal sealed record ClockState(DateTimeOffset Now, string AdvancedBy, long AdvancedBySeconds);
