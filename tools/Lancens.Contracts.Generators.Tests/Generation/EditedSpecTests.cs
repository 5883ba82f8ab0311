using Lancens.Contracts.Generators.Catalog;
using Lancens.Contracts.Generators.Mappings;
using Lancens.Contracts.Model;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.Generators.Tests.Generation;

/// <summary>
/// Every rule the code uses comes from the spec: renaming a body field and changing a length in a copy of the YAML
/// changes the mappings, the catalog and the scenarios with no C# edit.
/// </summary>
public sealed class EditedSpecTests : IDisposable
{
    private const string OldName = "language";
    private const string NewName = "locale";
    private const int NewMaxLength = 40;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lancens-edited-{Guid.NewGuid():N}.yaml");

    public EditedSpecTests()
    {
        var text = File.ReadAllText(RepositorySpec.Layout.SpecFile);
        var pushTokenMax = "minLength: 1\n          maxLength: 64\n";
        text.ShouldContain(pushTokenMax, customMessage: "the edit must apply to the current spec");
        File.WriteAllText(_path, text.Replace(OldName, NewName, StringComparison.Ordinal)
            .Replace(pushTokenMax, $"minLength: 1\n          maxLength: {NewMaxLength}\n", StringComparison.Ordinal));
    }

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Scenarios_FromTheEditedSpec_UseTheNewNameAndLength()
    {
        var scenarios = ScenarioCatalog.For(ApiSpecification.Load(_path), seed: 7);
        var register = scenarios.Where(scenario => scenario.Operation.Id == "registerRingPushToken").ToList();

        register.ShouldContain(scenario => scenario.Id == "registerRingPushToken_LocaleAbsent_400UndefinedLocale");
        register.ShouldContain(scenario => scenario.Id == $"registerRingPushToken_PushTokenOf{NewMaxLength}Characters_201Success");
        register.ShouldContain(scenario => scenario.Id == $"registerRingPushToken_PushTokenOf{NewMaxLength + 1}Characters_400PushTokenLengthError");
        scenarios.ShouldAllBe(scenario => !scenario.Id.Contains("Language", StringComparison.Ordinal) && !(scenario.Request.Body ?? "").Contains(OldName, StringComparison.Ordinal));
    }

    [Fact]
    public void Mappings_FromTheEditedSpec_CheckTheNewNameAndLength()
    {
        var register = MappingGenerator.Generate(ApiSpecification.Load(_path)).Single(file => file.RelativePath.EndsWith("/registerRingPushToken.json", StringComparison.Ordinal)).Content;

        register.ShouldContain($"\"maxLength\": {NewMaxLength}");
        register.ShouldContain("\"message\": \"undefined locale\"");
        register.ShouldNotContain(OldName);
        register.ShouldNotContain("\"maxLength\": 64");
    }

    [Fact]
    public void Catalog_FromTheEditedSpec_ListsTheNewTextsAndLengths()
    {
        var files = CatalogGenerator.Generate(ApiSpecification.Load(_path));
        var markdown = files.Single(file => file.RelativePath == CatalogGenerator.MarkdownPath).Content;

        var http = files.Single(file => file.RelativePath == CatalogGenerator.HttpyacFilePath).Content;
        var success = http.Split("\n### ").Single(request => request.StartsWith("registerRingPushToken: 201 success (success)", StringComparison.Ordinal));
        var body = System.Text.Json.JsonDocument.Parse(success.Split('\n').Single(line => line.StartsWith('{'))).RootElement;

        markdown.ShouldContain("| `undefined locale` | 400 |");
        RequestField.LengthOf(body.GetProperty("push_token").GetString()!).ShouldBeLessThanOrEqualTo(NewMaxLength);
        body.TryGetProperty(NewName, out _).ShouldBeTrue();
        files.ShouldAllBe(file => !file.Content.Contains(OldName, StringComparison.Ordinal));
    }
}
