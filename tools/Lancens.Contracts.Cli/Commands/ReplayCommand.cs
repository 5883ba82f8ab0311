using System.CommandLine;
using Lancens.Contracts.Model.Loading;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy.Recording;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>
/// <c>lancens replay FILE.har --url MOCK</c>: sends a recording's requests to a mock, in order, and lists where the
/// mock answers otherwise than the host did. Exit 0 when it answers the same everywhere, 1 when not.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("recording") { Description = "A HAR file lancens proxy --record wrote." };
        var url = new Option<string>("--url") { Description = "The mock's root URL; its accounts must let the recording's placeholder accounts log in (serve's default).", DefaultValueFactory = _ => MockDefaults.LocalRootUrl };
        var caCert = new Option<string?>("--ca-cert") { Description = "A PEM file of extra certificate authorities to trust, for a mock served with --https." };
        var specFile = new Option<string?>("--spec") { Description = "Route by this copy of the spec." };
        var command = new Command("replay", "Replay a recording against a mock and list where the mock answers otherwise than the host did.") { file, url, caCert, specFile };
        command.SetAction(async (result, cancellation) =>
        {
            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"--url must be the mock's root URL, not '{result.GetValue(url)}'.");
                return 64;
            }

            Replay.Result replayed;
            try
            {
                using var handler = TlsTrust.Handler(result.GetValue(caCert));
                replayed = await Replay.RunAsync(Workspace.Resolve(result.GetValue(specFile)).Spec, await File.ReadAllTextAsync(result.GetValue(file)!, cancellation), root, handler, cancellation);
            }
            catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException or SpecificationException or HttpRequestException or InvalidDataException or TaskCanceledException or System.Security.Cryptography.CryptographicException)
            {
                Console.Error.WriteLine($"{result.GetValue(file)}: {exception.Message}");
                return 1;
            }

            foreach (var difference in replayed.Differences)
            {
                Console.WriteLine($"#{difference.Exchange} {difference.Request}: host {difference.Host}, mock {difference.Mock} ({difference.What} differs)");
            }

            Console.WriteLine($"{replayed.Sent} requests replayed, {replayed.Skipped} skipped (outside the spec, or no answer from the host), {replayed.Differences.Count} answered otherwise by the mock");
            return replayed.Differences.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
