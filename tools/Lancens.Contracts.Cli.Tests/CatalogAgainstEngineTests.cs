using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Cli.Tests;

/// <summary>
/// docs/errors.http, sent as written, top to bottom, to a default engine (as <c>lancens serve</c> runs it): the login
/// request first, its token through the REST Client request variable, each set-up request, and each reproduction
/// answers the documented response its heading names.
/// </summary>
public sealed partial class CatalogAgainstEngineTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    [Fact]
    public async Task ErrorsHttp_SentToTheDefaultEngine_AnswersEveryDocumentedResponseItNames()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var engine = await LancensMock.StartAsync(new LancensMockOptions { Spec = Spec }, cancel);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var file = File.ReadAllText(Path.Combine(RepositorySpec.Layout.Root, CatalogGenerator.HttpFilePath));
        var variables = FileVariables().Matches(file).ToDictionary(match => match.Groups["name"].Value, match => match.Groups["value"].Value.Trim());
        variables["baseUrl"] = engine.BaseUrl.AbsoluteUri.TrimEnd('/');
        var problems = new List<string>();
        var reproduced = 0;

        foreach (var section in file.Split("\n### ").Skip(1))
        {
            var lines = section.Split('\n');
            var title = lines[0];
            var (status, body) = await SendAsync(client, lines, variables, cancel);
            if (lines.Contains("# @name login"))
            {
                variables[$"login.response.body.$.{TokenProperty()}"] = JsonDocument.Parse(body).RootElement.GetProperty(TokenProperty()).GetString()!;
                continue;
            }

            if (Heading().Match(title) is not { Success: true } heading)
            {
                continue;
            }

            var answer = Spec.DocumentedResponses.Single(candidate => candidate.Key.ToString() == $"{heading.Groups["operation"].Value} {heading.Groups["status"].Value} {heading.Groups["example"].Value}");
            var isSetUp = heading.Groups["setup"].Success;
            if (isSetUp && status is < 200 or >= 300)
            {
                problems.Add($"{title}: the set-up answered {status} {body}");
            }
            else if (!isSetUp && (status != answer.Response.Status || (answer.Example.Message is { } message && !body.Contains($"\"{message}\"", StringComparison.Ordinal))))
            {
                problems.Add($"{title}: answered {status} {body}");
            }

            reproduced += isSetUp ? 0 : 1;
        }

        problems.ShouldBeEmpty();
        reproduced.ShouldBe(Spec.DocumentedResponses.Count);
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, string[] lines, Dictionary<string, string> variables, CancellationToken cancel)
    {
        var request = lines.Skip(1).Where(line => !line.StartsWith('#')).ToList();
        var method = request[0].Split(' ', 2);
        using var message = new HttpRequestMessage(new HttpMethod(method[0]), Fill(method[1], variables));
        var blank = request.IndexOf(string.Empty);
        string? contentType = null;
        foreach (var header in request.Take(blank < 0 ? request.Count : blank).Skip(1))
        {
            var (name, value) = (header[..header.IndexOf(':', StringComparison.Ordinal)], header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, Fill(value, variables));
            }
        }

        if (blank >= 0 && contentType is not null)
        {
            var body = string.Join('\n', request.Skip(blank + 1)).TrimEnd('\n');
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Fill(body, variables)));
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await client.SendAsync(message, cancel);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancel));
    }

    private static string Fill(string text, Dictionary<string, string> variables) =>
        Variable().Replace(text, match => variables.TryGetValue(match.Groups["name"].Value, out var value) ? value : match.Value);

    private static string TokenProperty() =>
        Spec.OperationFor(EffectAction.Login).Success.Schema.SessionProperties.Single(pair => pair.Value == SessionPart.Token).Key;

    [GeneratedRegex(@"^@(?<name>\w+) = (?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex FileVariables();

    [GeneratedRegex(@"\{\{(?<name>[^}]+)\}\}")]
    private static partial Regex Variable();

    // "getRingPushToken: 404 no_data_error (state: ...)", or a set-up: "getRingPushToken: 404 no_data_error, first clear ...".
    [GeneratedRegex(@"^(?<operation>\w+): (?<status>\d{3}) (?<example>\w+)(?<setup>, first .*)?( \(.*\))?$")]
    private static partial Regex Heading();
}
