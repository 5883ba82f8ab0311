using System.Text.Json.Nodes;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Model.Tests;

/// <summary>
/// What a query must answer after a registration, where a field's default only stands in for the host's own
/// (bundleid-default): any value of the field's type, not sent, is the host's default; a string must not be empty.
/// </summary>
public sealed class RecordExpectationTests : IDisposable
{
    private const string Ring = "ring";

    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    private readonly string _directory = Directory.CreateTempSubdirectory("lancens-record-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("\"com.example.another\"", true)]
    [InlineData("\"\"", false)]
    [InlineData("5", false)]
    [InlineData("null", false)]
    public void Mismatches_StringDefaultThatStandsInNotSent_AcceptAnyNonEmptyString(string answered, bool accepted)
    {
        var field = StandingIn(Spec);

        MismatchesOf(Spec, field, answered).ShouldBe(accepted ? [] : [$"{field.Name}: expected the host's own default, any non-empty string (nothing sent), got {answered}"]);
    }

    [Fact]
    public void Mismatches_StringDefaultThatStandsInNotAnswered_SaysSo()
    {
        var field = StandingIn(Spec);

        MismatchesOf(Spec, field, answered: null).ShouldHaveSingleItem().ShouldEndWith("got no value");
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", true)]
    [InlineData("\"1\"", false)]
    [InlineData("1.5", false)]
    public void Mismatches_IntegerDefaultThatStandsInNotSent_AcceptAnyInteger(string answered, bool accepted)
    {
        var spec = ApiSpecification.Load(RepositorySpec.EditedCopy(
            _directory,
            ("          default: 0\n          description: iOS build", "          default: 0\n          x-lancens-default-stands-in: true\n          description: iOS build")));
        var field = StandingIn(spec, FieldType.Integer);

        MismatchesOf(spec, field, answered).ShouldBe(accepted ? [] : [$"{field.Name}: expected the host's own default, any integer (nothing sent), got {answered}"]);
    }

    private static RequestField StandingIn(ApiSpecification spec, FieldType type = FieldType.String) =>
        spec.OperationFor(EffectAction.Register, Ring).Body!.Fields.Single(field => field is { DefaultStandsIn: true } && field.Type == type);

    // Only the stand-in field's mismatches: the record answers nothing else, and nothing else is compared here.
    private static IReadOnlyList<string> MismatchesOf(ApiSpecification spec, RequestField field, string? answered)
    {
        var record = answered is null ? "{}" : $$"""{"{{field.Name}}": {{answered}}}""";
        return [.. RecordExpectation.Mismatches(spec, Ring, new ObservedResponse(200, "application/json", record), new JsonObject(), userId: null)
            .Where(mismatch => mismatch.StartsWith($"{field.Name}:", StringComparison.Ordinal))];
    }
}
