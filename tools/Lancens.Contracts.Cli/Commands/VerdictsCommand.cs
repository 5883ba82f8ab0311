using System.CommandLine;
using System.Text.Json;
using Lancens.Contracts.Model.Loading;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy.Evidence;
using Lancens.Contracts.Proxy.Recording;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>
/// <c>lancens verdicts</c>: the assumption verdicts of a recording (<c>FILE.har</c>, judged offline as the proxy judged
/// it live) or of a running proxy (<c>--url</c>), one table row each, as the drift report has them.
/// </summary>
internal static class VerdictsCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("recording") { Description = "A HAR file lancens proxy --record wrote.", Arity = ArgumentArity.ZeroOrOne };
        var url = new Option<string?>("--url") { Description = "Instead of a recording: a running proxy's root URL." };
        var adminKey = AdminClient.KeyOption();
        var caCert = new Option<string?>("--ca-cert") { Description = "With --url of a proxy served with --https: the PEM file of its certificate authority." };
        var report = new Option<string?>("--report") { Description = "Also write the drift report (markdown and HTML) of the recording into this folder." };
        var specFile = new Option<string?>("--spec") { Description = "Judge by this copy of the spec." };
        var command = new Command("verdicts", "The assumption verdicts of a recording (judged offline) or of a running proxy (--url).") { file, url, adminKey, caCert, report, specFile };
        command.SetAction(async (result, cancellation) =>
        {
            var (path, root) = (result.GetValue(file), result.GetValue(url));
            if ((path is null) == (root is null))
            {
                Console.Error.WriteLine("Give a recording (FILE.har) or --url of a running proxy, one of the two.");
                return 64;
            }

            VerdictsSnapshot snapshot;
            try
            {
                snapshot = path is not null
                    ? Offline.Verdicts(Workspace.Resolve(result.GetValue(specFile)).Spec, await File.ReadAllTextAsync(path, cancellation), TimeProvider.System, result.GetValue(report), $"the recording {path}")
                    : await FetchAsync(root!, result.GetValue(adminKey), result.GetValue(caCert), cancellation);
            }
            catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException or SpecificationException or HttpRequestException or JsonException or UriFormatException or InvalidDataException or System.Security.Cryptography.CryptographicException)
            {
                Console.Error.WriteLine($"{path ?? root}: {exception.Message}");
                return 1;
            }

            Console.WriteLine($"{snapshot.Judged} exchanges judged; violations: {snapshot.ClientViolations} by clients, {snapshot.HostViolations} by the host; no answer from the upstream: {snapshot.NoAnswer}");
            Console.WriteLine("| Assumption | Verdict | Exchanges (confirming/refuting) | Why |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var evidence in snapshot.Assumptions)
            {
                Console.WriteLine($"| `{evidence.Id}` | {evidence.Word} | {evidence.Confirming}/{evidence.Refuting} | {evidence.Explanation.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }

            return 0;
        });
        return command;
    }

    private static async Task<VerdictsSnapshot> FetchAsync(string root, string? adminKey, string? caCert, CancellationToken cancellation)
    {
        using var client = new HttpClient(TlsTrust.Handler(caCert)) { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, AdminRoutes.Verdicts.On(new Uri(root)));
        if (adminKey is not null)
        {
            request.Headers.Add(MockControl.AdminKeyHeader, adminKey);
        }

        using var response = await client.SendAsync(request, cancellation);
        var body = await response.Content.ReadAsStringAsync(cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {body}");
        }

        return VerdictsSnapshot.Read(body);
    }
}
