using System.CommandLine;
using System.Text.Json;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Cli.Commands;

/// <summary>What the commands that drive a running engine share (<c>arm</c>, <c>clock</c>): its URL, its admin key, one request to an admin endpoint.</summary>
internal static class AdminClient
{
    public static Option<string> UrlOption() =>
        new("--url") { Description = "The mock's root URL.", DefaultValueFactory = _ => $"http://{MockDefaults.BindAddress}:{MockDefaults.Port}" };

    public static Option<string?> KeyOption() =>
        new("--admin-key") { Description = "The key the mock was started with (serve --admin-key), if any." };

    /// <summary>Sends one request and prints the answer; 0 when it succeeded, 1 when the mock refused or did not answer, 64 for a bad URL.</summary>
    public static async Task<int> SendAsync(AdminRoute route, HttpMethod method, HttpContent? content, string url, string? adminKey, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
        {
            Console.Error.WriteLine($"--url must be the mock's root URL, e.g. http://{MockDefaults.BindAddress}:{MockDefaults.Port}, not '{url}'.");
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
