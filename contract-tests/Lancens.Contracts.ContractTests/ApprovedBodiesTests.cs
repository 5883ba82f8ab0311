using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.ContractTests.Reporting;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.ContractTests.Targets;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests;

/// <summary>
/// The canonical success and error bodies of every operation, as the engine answers them, against approved files in
/// Approved/ (Shouldly ShouldMatchApproved). Values that change per call or per seed are scrubbed: the spec's volatile
/// values, and the push token a scenario registered. A change writes a .received.txt beside the approved file: review
/// it and rename it to approve.
/// </summary>
public sealed class ApprovedBodiesTests(ContractTarget target)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<TheoryDataRow<string>> OperationIds() =>
        SuiteData.Spec.Operations.Select(operation => new TheoryDataRow<string>(operation.Id)
        {
            Skip = SuiteData.Settings.Kind == TargetKind.Mock
                ? null
                : "approved bodies are the engine's; on other targets every body is checked against the spec's schemas and exact texts instead",
        });

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task CanonicalBodies_OfEachDocumentedResponse_MatchTheApprovedFile(string operationId)
    {
        target.EnsureConfigured();
        var cancel = TestContext.Current.CancellationToken;
        var operation = target.Spec.Operation(operationId);
        var transcript = new StringBuilder();
        transcript.AppendLine(operation.Route);
        var checks = new List<ContractScenario>();
        foreach (var documented in operation.Answers)
        {
            var scenario = SuiteData.EveryScenario.First(candidate => candidate.Expected.Answer == documented.Key && candidate.Account is null);
            await target.ResetAsync(cancel);
            var answer = await target.Run.Runner.RunAsync(scenario, cancel);
            ResponseCheck.Assert(operation, scenario.Expected, answer, scenario.Id);
            checks.Add(scenario);
            transcript.AppendLine($"{answer.Status} {documented.Example.Name}: {Scrubbed(answer.Body, documented.Response.Schema, KeyOf(scenario))}");
        }

        Approve(target.Run.Scrubber.Scrub(transcript.ToString()), operationId);

        // Only an approved transcript confirms its answers for the coverage gate.
        foreach (var scenario in checks)
        {
            target.Run.Recorder.RecordAnswer(scenario.Expected, $"approved body: {scenario.Id}", Outcome.Passed);
        }
    }

    // Called from a plain method so Shouldly names the file after it and finds this source file.
    private static void Approve(string transcript, string operationId) =>
        transcript.ShouldMatchApproved(configure => configure
            .UseCallerLocation()
            .SubFolder("Approved")
            .WithDiscriminator(operationId)
            .NoDiff());

    private static (string Field, string Value)? KeyOf(ContractScenario scenario) =>
        scenario.Given.Registered is { } registered
            ? (SuiteData.Spec.RegistrationKeyField(registered.Resource).Name, registered.PushToken)
            : null;

    private static string Scrubbed(string body, ResponseBodySchema schema, (string Field, string Value)? key)
    {
        if (JsonNode.Parse(body) is not JsonObject json)
        {
            return body;
        }

        foreach (var (name, kind) in schema.VolatileProperties)
        {
            json[name] = $"<{SpecWords.Of(kind)}>";
        }

        if (key is { } registered && json[registered.Field]?.GetValue<string>() == registered.Value)
        {
            json[registered.Field] = "<the registered push token>";
        }

        return json.ToJsonString(Readable);
    }
}
