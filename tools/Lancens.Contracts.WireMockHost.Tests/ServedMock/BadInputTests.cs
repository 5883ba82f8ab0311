using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bogus;
using Lancens.Contracts.Model;
using Lancens.Contracts.WireMockHost.Tests.Server;

namespace Lancens.Contracts.WireMockHost.Tests.ServedMock;

/// <summary>
/// Whatever reaches a known path (any method, header or body) gets a status the spec documents and a
/// JSON <c>{"message": ...}</c> body; an unknown path gets the spec's unknown-route answer. Never a stack
/// trace, an HTML page or WireMock's "Request was not matched".
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class BadInputTests(ServedMockFixture mock) : IClassFixture<ServedMockFixture>
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

    [Fact]
    public async Task KnownPaths_AnyMethodHeaderAndBody_AnswerADocumentedStatusWithAJsonMessage()
    {
        var faker = new Faker { Random = new Randomizer(7) };
        var bodies = Bodies(faker);
        var problems = new List<string>();
        var sent = 0;
        foreach (var path in Spec.Operations.Select(operation => operation.PathTemplate).Distinct())
        {
            var concrete = path.Replace("{serial}", faker.Random.Hexadecimal(64, string.Empty), StringComparison.Ordinal);
            foreach (var method in Methods)
            {
                var operation = Spec.Operations.SingleOrDefault(candidate => candidate.PathTemplate == path && candidate.Method.Method == method);
                foreach (var (bodyName, body, contentType) in bodies)
                {
                    foreach (var withToken in new[] { false, true })
                    {
                        var response = await SendAsync(method, concrete, body, contentType, withToken);
                        sent++;
                        var problem = Problem(operation, response.Status, response.Body);
                        if (problem is not null)
                        {
                            problems.Add($"{method} {path} with {bodyName}{(withToken ? " and a token" : string.Empty)}: {problem}");
                        }
                    }
                }
            }
        }

        await mock.Server.ResetScenariosAsync(TestContext.Current.CancellationToken);
        sent.ShouldBeGreaterThan(500);
        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/v1/api/user/nothing")]
    [InlineData("/v1/api/user/token/a/b")]
    [InlineData("/v1/api/user/token/")]
    [InlineData("/")]
    [InlineData("/v2/api/user/token")]
    [InlineData("/v1/api/用户/令牌")]
    public async Task UnknownPath_AnyMethod_AnswersTheUnknownRouteJson(string path)
    {
        foreach (var method in Methods)
        {
            var response = await SendAsync(method, path, null, null, withToken: true);

            (response.Status, Message(response.Body)).ShouldBe((Spec.UnknownRoute.Status, Spec.UnknownRoute.Message), $"{method} {path}");
        }
    }

    private static string? Problem(ApiOperation? operation, int status, string body)
    {
        if (body.Contains("Request was not matched", StringComparison.Ordinal) || body.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return $"{status} with WireMock's own page: {body[..Math.Min(body.Length, 120)]}";
        }

        if (operation is null)
        {
            return status == Spec.UnknownRoute.Status && Message(body) == Spec.UnknownRoute.Message ? null : $"{status} {body} instead of the unknown-route answer";
        }

        if (operation.Response(status) is not { } documented)
        {
            return $"status {status} is not documented for {operation.Id}";
        }

        var invalid = documented.Schema.Validate(body);
        return invalid.Count == 0 ? null : $"{status} body {body} does not fit {documented.Schema.Name}: {string.Join("; ", invalid)}";
    }

    private static string? Message(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("message", out var message) ? message.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<(int Status, string Body)> SendAsync(string method, string path, byte[]? body, string? contentType, bool withToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(mock.Server.BaseUrl, path));
        if (withToken)
        {
            request.Headers.TryAddWithoutValidation("token", "6f1c2a0e9b7d4f3a8c5e1d2b7a9f0c3e");
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        using var response = await mock.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    // Not form-urlencoded: stock WireMock parses such a body before any stub runs and answers 500 HTML
    // for a bad %-escape (README, known limits); real clients send JSON.
    private static List<(string Name, byte[]? Body, string? ContentType)> Bodies(Faker faker) =>
    [
        ("no body", null, null),
        ("random bytes", faker.Random.Bytes(2048), "application/octet-stream"),
        ("random bytes without a content type", faker.Random.Bytes(512), null),
        ("random bytes declared as JSON", faker.Random.Bytes(512), "application/json"),
        ("truncated JSON", Encoding.UTF8.GetBytes("""{"push_token": "abc", "language": """), "application/json"),
        ("a 2 MB JSON object", Encoding.UTF8.GetBytes($$"""{"push_token": "{{new string('a', 2_000_000)}}", "language": "en"}"""), "application/json"),
        ("unicode and control characters", Encoding.UTF8.GetBytes("{\"push_token\": \"推送令牌😀\u0000\u001b\", \"language\": \"中文\"}"), "application/json; charset=UTF-8"),
        ("a JSON array", Encoding.UTF8.GetBytes("[1, 2, 3]"), "application/json"),
        ("deeply nested JSON", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500)), "application/json"),
        ("wrong types everywhere", Encoding.UTF8.GetBytes("""{"username": [], "password": {}, "token": 1.5, "push_token": true, "language": null, "dev": "x"}"""), "application/json"),
    ];
}
