using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Model.Tests;

/// <summary>The proxy's journeys are named by the spec, and its router finds what the engine's finds.</summary>
public sealed class ExchangePatternTests
{
    private static readonly ApiSpecification Spec = RepositorySpec.Specification;

    [Fact]
    public void EveryPattern_IsSelectedByAnAssumption()
    {
        var named = Spec.Assumptions.SelectMany(assumption => assumption.VerifiedBy).Select(selector => selector.Journey).OfType<string>().ToHashSet();

        Enum.GetValues<ExchangePattern>().Select(SpecWords.Of).Where(name => !named.Contains(name)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryPattern_IsNamedInTheSpecsComment()
    {
        var lines = File.ReadAllLines(RepositorySpec.Layout.SpecFile);
        var comment = lines.TakeWhile(line => !line.StartsWith("x-assumptions:", StringComparison.Ordinal)).Reverse().TakeWhile(line => line.StartsWith('#')).ToList();
        var words = comment.SelectMany(line => line.Split([' ', ',', '(', ')', '#', '.', ':'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet();

        Enum.GetValues<ExchangePattern>().Select(SpecWords.Of).Where(name => !words.Contains(name)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/v1/api/user/token/abc%2Fdef?x=1", "/v1/api/user/token/abc%2Fdef")]
    [InlineData("https://host:6443/v1/api/user/login", "/v1/api/user/login")]
    [InlineData("http://host?x", "/")]
    public void PathOf_ATarget_IsItsPathStillEncoded(string target, string path)
    {
        Router.PathOf(target).ShouldBe(path);
    }

    [Fact]
    public void KnowsPath_IsTrueForASpecPathWithAnyMethod()
    {
        var router = new Router(Spec);

        router.Find("PATCH", "/v1/api/user/login").ShouldBeNull();
        router.KnowsPath("/v1/api/user/login").ShouldBeTrue();
        router.KnowsPath("/v1/api/user/token/some-serial").ShouldBeTrue();
        router.KnowsPath("/v1/api/device/list").ShouldBeFalse();
    }
}
