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
/// The canonical success and error bodies of every operation, as the mock answers them, against approved
/// files in Approved/ (Shouldly ShouldMatchApproved). Values that change per call are scrubbed. A change
/// writes a .received.txt beside the approved file: review it and rename it to approve.
/// </summary>
public sealed class ApprovedBodiesTests(ContractTarget target)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<TheoryDataRow<string>> OperationIds() =>
        SuiteData.Spec.Operations.Select(operation => new TheoryDataRow<string>(operation.Id)
        {
            Skip = SuiteData.Settings.Kind == TargetKind.Live
                ? "approved bodies are the mock's; on a live host every body is checked against the spec's schemas and exact texts instead"
                : null,
        });

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task CanonicalBodies_OfEachDocumentedResponse_MatchTheApprovedFile(string operationId)
    {
        target.EnsureConfigured();
        var operation = target.Spec.Operation(operationId);
        var transcript = new StringBuilder();
        transcript.AppendLine(operation.Route);
        var checks = new List<ContractScenario>();
        foreach (var documented in operation.Answers)
        {
            var scenario = SuiteData.Scenarios.First(candidate => candidate.Expected.Answer == documented.Key);
            await target.ResetAsync(TestContext.Current.CancellationToken);
            var answer = await target.Run.Runner.RunAsync(scenario, TestContext.Current.CancellationToken);
            ResponseContract.Assert(operation, scenario.Expected, answer, scenario.Id);
            checks.Add(scenario);
            transcript.AppendLine($"{answer.Status} {documented.Example.Name}: {Scrubbed(answer.Body, documented.Response.Schema)}");
        }

        Approve(target.Scrubber.Scrub(transcript.ToString()), operationId);

        // Only an approved transcript confirms its answers for the coverage gate.
        foreach (var scenario in checks)
        {
            target.Recorder.Record($"approved body: {scenario.Id}", scenario.Expected, Outcome.Passed);
        }
    }

    // Called from a plain method so Shouldly names the file after it and finds this source file.
    private static void Approve(string transcript, string operationId) =>
        transcript.ShouldMatchApproved(configure => configure
            .UseCallerLocation()
            .SubFolder("Approved")
            .WithDiscriminator(operationId)
            .NoDiff());

    private static string Scrubbed(string body, ResponseBodySchema schema)
    {
        if (schema.VolatileProperties.Count == 0 || JsonNode.Parse(body) is not JsonObject json)
        {
            return body;
        }

        foreach (var (name, kind) in schema.VolatileProperties)
        {
            json[name] = $"<{SpecWords.Of(kind)}>";
        }

        return json.ToJsonString(Readable);
    }
}
