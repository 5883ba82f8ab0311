using Lancens.Contracts.Model.Loading;

namespace Lancens.Contracts.Model.Tests;

/// <summary>Bad input to the loader gives one clear error that names the file and the problem.</summary>
public sealed class SpecificationLoaderTests
{
    [Fact]
    public void Load_RealSpec_Succeeds()
    {
        var spec = ApiSpecification.Load(RepositorySpec.Layout.SpecFile);

        spec.SourcePath.ShouldBe(RepositorySpec.Layout.SpecFile);
        spec.Operations.ShouldNotBeEmpty();
    }

    [Fact]
    public void Load_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-spec-{Guid.NewGuid():N}.yaml");

        var error = Should.Throw<SpecificationException>(() => ApiSpecification.Load(path));

        error.Message.ShouldStartWith(path);
        error.Message.ShouldContain("does not exist");
    }

    [Fact]
    public void Load_BrokenYaml_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "openapi: 3.0.3\ninfo: [\n  title: x\n");

        var error = Should.Throw<SpecificationException>(() => ApiSpecification.Load(path));

        error.Message.ShouldStartWith($"{path}(4,1): not valid YAML");
    }

    [Fact]
    public void Load_DuplicateKey_IsRejected()
    {
        var path = RepositorySpec.EditedCopy(null, ("  version: 1.0.0\n", "  version: 1.0.0\n  version: 2.0.0\n"));

        Should.Throw<SpecificationException>(() => ApiSpecification.Load(path)).Message.ShouldContain("duplicate key version");
    }

    [Theory]
    [InlineData("$ref: '#/components/responses/DatabaseError'", "$ref: '#/components/responses/NoSuchResponse'", "NoSuchResponse")]
    [InlineData("            undefined_password: {category: missing-param, trigger: natural, in: body, field: password}\n", "", "example 'undefined_password' has no entry in x-lancens-errors")]
    [InlineData("                undefined_password:\n                  $ref: '#/components/examples/undefined_password'\n", "", "describes 'undefined_password', which is not an example")]
    [InlineData("paramer_error: {category: internal, trigger: natural, in: body}\n            undefined_username", "paramer_error: {category: internal-error, trigger: natural, in: body}\n            undefined_username", "'internal-error' is not one of")]
    [InlineData("undefined_push_token: {category: missing-param, trigger: natural, in: body, field: push_token}\n        undefined_language", "undefined_push_token: {category: missing-param, trigger: natural, in: body, field: bundleid}\n        undefined_language", "'bundleid' is optional, so it cannot be missing")]
    [InlineData("dev_error: {category: validation, trigger: natural, in: body, field: dev}", "dev_error: {category: validation, trigger: natural, in: body, field: language}", "'language' has no enum")]
    [InlineData("dev_format_error: {category: format, trigger: natural, in: body, field: dev}", "dev_format_error: {category: length, trigger: natural, in: body, field: dev}", "'dev' has no minLength or maxLength")]
    [InlineData("      x-lancens-effect: {action: login}\n", "", "has no x-lancens-effect")]
    [InlineData("x-lancens-effect: {action: query, resource: ring}", "x-lancens-effect: {action: query}", "'query' needs a resource")]
    [InlineData("operationId: getMessagePushToken", "operationId: getRingPushToken", "operationId 'getRingPushToken' is used more than once")]
    [InlineData("  - validation\n", "", "does not place 'validation'")]
    [InlineData("  - no-token\n  - invalid-token\n", "  - invalid-token\n  - no-token\n", "must start with no-token, invalid-token")]
    [InlineData("x-lancens-registration-key: push_token", "x-lancens-registration-key: serial_number", "names the registration key 'serial_number'")]
    [InlineData("  token-header: Token\n", "", "x-lancens-real-client has no 'token-header'")]
    [InlineData("verified-by: [kind=unicode]", "verified-by: [kind=unicorn]", "'unicorn' is not one of")]
    [InlineData("verified-by: [kind=unicode]", "verified-by: [type=unicode]", "must be filters key=value")]
    [InlineData("x-lancens-expiry: {unit: seconds, after-days: 30, tolerance-days: 3}", "x-lancens-expiry: {unit: days, after-days: 30, tolerance-days: 3}", "'days' is not one of seconds, milliseconds")]
    [InlineData("            invalid_token: {category: invalid-token, trigger: natural, in: body, field: token}", "            invalid_token: {category: invalid-token, trigger: natural, in: body, field: username}", "'username' is not marked x-lancens-session: token")]
    [InlineData("        database_10051:\n          category: database\n          trigger: forced\n", "        database_10051:\n          category: database\n          trigger: forced\n          field: token\n", "a forced error names no 'in' or 'field'")]
    [InlineData("      summary: Database error 10001 (数据库相关错误)\n      value: {message: '10001'}", "      summary: Database error 10001 (数据库相关错误)\n      value: {code: '10001'}", "non-empty string 'message'")]
    public void Load_InconsistentSpec_NamesFileAndProblem(string find, string replace, string expected)
    {
        var path = RepositorySpec.EditedCopy(null, (find, replace));

        var error = Should.Throw<SpecificationException>(() => ApiSpecification.Load(path));

        error.Message.ShouldStartWith(path);
        error.Message.ShouldContain(expected);
    }
}
