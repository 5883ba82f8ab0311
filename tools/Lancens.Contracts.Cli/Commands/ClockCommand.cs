using System.CommandLine;
using System.Text;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>
/// <c>lancens clock</c>: shows the running engine's clock, moves it forward (<c>--advance 31d</c>) so the tokens it issued
/// expire, or puts it back to real time (<c>--reset</c>). Talks to the engine's admin endpoint.
/// </summary>
internal static class ClockCommand
{
    public static Command Create()
    {
        var advance = new Option<string?>("--advance") { Description = "Move the clock forward by a duration: 31d, 90m, 1d12h, 45s." };
        var show = new Option<bool>("--show") { Description = "Show the clock (the default)." };
        var reset = new Option<bool>("--reset") { Description = "Put the clock back to real time." };
        var url = AdminClient.UrlOption();
        var adminKey = AdminClient.KeyOption();
        var command = new Command("clock", "Show the running engine's clock, move it forward so tokens expire (--advance 31d), or put it back (--reset).")
        {
            advance, show, reset, url, adminKey,
        };
        command.SetAction((result, cancellation) =>
        {
            var by = result.GetValue(advance);
            if (by is not null && (result.GetValue(reset) || !Duration.TryParse(by, out _)))
            {
                Console.Error.WriteLine(result.GetValue(reset) ? "--advance and --reset go one at a time." : $"--advance takes a duration such as 31d, 90m, 1d12h or 45s, not '{by}'.");
                return Task.FromResult(64);
            }

            var (method, body) = by is not null ? (HttpMethod.Post, $"{{\"advance\":\"{by}\"}}") : result.GetValue(reset) ? (HttpMethod.Delete, null) : (HttpMethod.Get, (string?)null);
            return AdminClient.SendAsync(AdminRoutes.Clock, method, body is null ? null : new StringContent(body, Encoding.UTF8, Model.MediaTypes.Json), result.GetValue(url)!, result.GetValue(adminKey), cancellation);
        });
        return command;
    }
}
