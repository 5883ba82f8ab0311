
namespace Lancens.Contracts.Model.Tests;

/// <summary>The spec against the vendor's documents: every seeded operation, every error its page lists.</summary>
public sealed class SpecificationContentTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    public static TheoryData<string> SeedPageRoutes =>
        [.. SeedPages.Read().Select(page => page.ToString())];

    [Fact]
    public void SeedPages_ParsedFromSources_NameElevenOperations()
    {
        // Guards the parser: the two documents hold 11 curl examples (API-NOTES' table).
        SeedPages.Read().Select(page => page.ToString()).Distinct().Count().ShouldBe(11);
    }

    [Theory]
    [MemberData(nameof(SeedPageRoutes))]
    public void Spec_SeededOperation_IsDefined(string route)
    {
        Spec.Operations.Select(operation => operation.Route).ShouldContain(route);
    }

    [Fact]
    public void Spec_Login_IsDefinedWithoutTokenAndAnswers201()
    {
        var login = Spec.Operations.Single(operation => operation.Route == "POST /v1/api/user/login");
        login.Token.ShouldBe(TokenPlacement.None);
        login.Success.Status.ShouldBe(201);
        login.Success.Schema.RequiredProperties.ShouldBe(["id", "token", "reflash_key", "time"], ignoreOrder: true);
    }

    [Fact]
    public void Spec_Operations_AreTheElevenSeededPlusLogin()
    {
        Spec.Operations.Count.ShouldBe(12);
        Spec.Operations.Select(operation => operation.Id).Distinct().Count().ShouldBe(12);
    }

    [Theory]
    [MemberData(nameof(SeedPageRoutes))]
    public void SeededOperation_LiteralErrorsOfItsPage_AreDocumented(string route)
    {
        var operation = Spec.Operations.Single(candidate => candidate.Route == route);
        var documented = operation.Errors.Select(error => error.Message).ToHashSet();
        var missing = LiteralErrors(route)
            .Where(text => text != "no token" || operation.Token == TokenPlacement.Header)
            .Where(text => !documented.Contains(text))
            .ToList();

        missing.ShouldBeEmpty($"{route} does not document errors its seed page lists");
    }

    [Theory]
    [MemberData(nameof(SeedPageRoutes))]
    public void SeededOperation_ErrorFamiliesOfItsPage_AreInstantiatedForEveryFieldTheyApplyTo(string route)
    {
        var operation = Spec.Operations.Single(candidate => candidate.Route == route);
        var documented = operation.Errors.Select(error => error.Message).ToHashSet();
        var fields = operation.Body?.Fields ?? [];
        var expected = new List<string>();
        var families = SeedPages.Read().Where(page => page.ToString() == route).SelectMany(page => page.ErrorTexts).ToHashSet();
        families.ShouldContain("undefined XXX");
        expected.AddRange(fields.Where(field => field.Required).Select(field => $"undefined {field.Name}"));
        families.ShouldContain("XXX length error");
        expected.AddRange(fields.Where(field => field.HasLengthRule).Select(field => $"{field.Name} length error"));
        families.ShouldContain("XXX format error");
        expected.AddRange(fields.Select(field => $"{field.Name} format error"));
        families.ShouldContain("XXX error");
        expected.AddRange(fields.Where(field => field.AllowedValues.Count > 0).Select(field => $"{field.Name} error"));
        families.ShouldContain("XXX exist");
        expected.AddRange(fields.Where(field => field.Name == "push_token").Select(_ => "push_token exist"));

        expected.Where(text => !documented.Contains(text)).ShouldBeEmpty($"{route} misses instances of its page's error families");
    }

    [Fact]
    public void PushTokenOperations_WithATablePage_DocumentTheTableToo()
    {
        var tablePages = SeedPages.Read().Where(page => page.ErrorTexts.Contains("username or password error")).ToList();
        tablePages.ShouldNotBeEmpty();
        foreach (var page in tablePages)
        {
            var operation = Spec.Operations.Single(candidate => candidate.Route == page.ToString());
            operation.Errors.Select(error => error.Message).ShouldContain("username or password error");
            operation.Errors.Select(error => error.Message).ShouldContain("no data error");
            operation.Errors.ShouldContain(error => error.Category == ErrorCategory.Database, $"{page} lists 100XX database errors");
        }
    }

    [Fact]
    public void RingOperations_DocumentTheSameErrorsAsTheirMessageTwins()
    {
        foreach (var ring in Spec.Operations.Where(operation => operation.Effect.Resource == "ring"))
        {
            var twin = Spec.Operations.Single(operation => operation.Effect == ring.Effect with { Resource = "message" });
            twin.Errors.Select(error => (error.Status, error.Message)).ShouldBe(ring.Errors.Select(error => (error.Status, error.Message)));
        }
    }

    [Fact]
    public void Login_DocumentsTheGeneralErrorsThatApplyToItsFields()
    {
        // Login has no seed page; the assumption login-errors applies the general list to its fields.
        var login = Spec.Operations.Single(operation => operation.Effect.Action == EffectAction.Login);
        var fields = login.Body.ShouldNotBeNull().Fields;
        var expected = fields.Where(field => field.Required).Select(field => $"undefined {field.Name}")
            .Concat(fields.Where(field => field.HasLengthRule).Select(field => $"{field.Name} length error"))
            .Concat(fields.Select(field => $"{field.Name} format error"))
            .Append("paramer error");

        expected.ShouldBeSubsetOf(login.Errors.Select(error => error.Message));
        login.Errors.ShouldContain(error => error.Category == ErrorCategory.Credentials);
        login.Errors.ShouldContain(error => error.Category == ErrorCategory.Database);
        login.Errors.ShouldNotContain(error => error.Category == ErrorCategory.NoToken || error.Category == ErrorCategory.InvalidToken);
    }

    [Fact]
    public void Catalog_UsesOnlyErrorTextsTheDocumentsSupport()
    {
        var pageTexts = SeedPages.Read().SelectMany(page => page.ErrorTexts).ToHashSet();
        var unsupported = Spec.Operations.SelectMany(operation => operation.Errors.Where(error =>
            !pageTexts.Contains(error.Message)
            && !(operation.Body?.Fields ?? []).Any(field => pageTexts.Contains(error.Message.Replace(field.Name, "XXX", StringComparison.Ordinal)))))
            .Select(error => error.ToString())
            .ToList();

        unsupported.ShouldBeEmpty("each text is one the pages list, or one of their XXX families with XXX a body field of the operation");
    }

    // "100XX" and "XXX length error" are families; the rest are exact texts.
    private static IEnumerable<string> LiteralErrors(string route) =>
        SeedPages.Read().Where(page => page.ToString() == route).SelectMany(page => page.ErrorTexts)
            .Where(text => !text.Contains("XX", StringComparison.Ordinal));
}
