using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lancens.Contracts.Hosting;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>Calls the engine's admin endpoints (under <see cref="MockControl.AdminPrefix"/>) and reads their JSON as the engine's public records.</summary>
internal static class AdminClient
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static Task<ApiAnswer> AdminAsync(this ApiClient client, HttpMethod method, string endpoint, string? json = null, string? key = null)
    {
        var request = new HttpRequestMessage(method, new Uri(client.Root, MockControl.AdminPrefix + endpoint));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, Model.MediaTypes.Json);
        }

        if (key is not null)
        {
            request.Headers.Add(AdminGuard.KeyHeader, key);
        }

        return client.SendAsync(request);
    }

    /// <summary>The one property of an admin answer's JSON object, read as <typeparamref name="T"/>.</summary>
    public static T Read<T>(this ApiAnswer answer, string property) =>
        answer.Json!.Value.GetProperty(property).Deserialize<T>(Json) ?? throw new InvalidOperationException($"no {property} in {answer}");

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static JsonContent Content<T>(T value) => JsonContent.Create(value, options: Json);
}
