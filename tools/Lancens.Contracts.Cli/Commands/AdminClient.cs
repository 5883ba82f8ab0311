using System.CommandLine;
using System.Text.Json;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>What the commands that drive a running engine share (<c>arm</c>, <c>clock</c>, <c>verdicts</c>): its URL, its admin key (the option serve and proxy are started with too), one request to an admin endpoint.</summary>
internal static class AdminClient
{
    public static Option<string> UrlOption() =>
        new("--url") { Description = "The mock's root URL.", DefaultValueFactory = _ => MockDefaults.LocalRootUrl };

    /// <summary>Where the admin key may come from instead of the command line, which every user of the machine can read in ps.</summary>
    public const string KeyVariable = "LANCENS_ADMIN_KEY";

    public static Option<string?> KeyOption() =>
        KeyOption($"The key the mock was started with (serve --admin-key), if any; default {KeyVariable}.");

    /// <summary>An --admin-key option whose value defaults to <see cref="KeyVariable"/>: what serve and proxy are started with, and what their clients send.</summary>
    public static Option<string?> KeyOption(string description) =>
        KeyOption(description, Environment.GetEnvironmentVariable);

    internal static Option<string?> KeyOption(string description, Func<string, string?> readEnvironment) =>
        new("--admin-key") { Description = description, DefaultValueFactory = _ => readEnvironment(KeyVariable) is { Length: > 0 } key ? key : null };

    /// <summary>Sends one request and prints the answer; 0 when it succeeded, 1 when the mock refused or did not answer, 64 for a bad URL.</summary>
    public static async Task<int> SendAsync(AdminRoute route, HttpMethod method, HttpContent? content, string url, string? adminKey, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
        {
            Console.Error.WriteLine($"--url must be the mock's root URL, e.g. {MockDefaults.LocalRootUrl}, not '{url}'.");
            return 64;
        }

        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(method, route.On(root)) { Content = content };
        if (adminKey is not null)
        {
            request.Headers.Add(MockControl.AdminKeyHeader, adminKey);
        }

        try
        {
            using var response = await client.SendAsync(request, cancellation);
            var body = await response.Content.ReadAsStringAsync(cancellation);
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine(MessageOf(body) ?? $"{(int)response.StatusCode} {body}");
                return 1;
            }

            Console.WriteLine(body);
            return 0;
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"No mock answered at {url} ({exception.Message}): start it with `lancens serve`, or pass its --url.");
            return 1;
        }
    }

    private static string? MessageOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("message", out var message) ? message.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
