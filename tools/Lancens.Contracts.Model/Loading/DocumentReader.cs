using System.Text.RegularExpressions;
using NSwag;

namespace Lancens.Contracts.Model.Loading;

internal static partial class DocumentReader
{
    public static ApiSpecification Read(OpenApiDocument document, string sourcePath)
    {
        var (baseUrl, basePath) = ReadServers(document);
        var tokenHeader = TokenHeaderOf(document);
        var validationOrder = DocumentExtensionsReader.ValidationOrder(document);
        var operations = ReadOperations(document, basePath, tokenHeader)
            .Select(operation => operation with { NaturalErrors = CheckOrder.Of(operation, validationOrder) })
            .ToList();
        var duplicate = operations.GroupBy(operation => operation.Id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new SpecificationProblem($"operationId '{duplicate.Key}' is used more than once");
        }

        RegistrationKeys.Check(operations);
        return new ApiSpecification
        {
            SourcePath = sourcePath,
            Title = document.Info?.Title ?? throw new SpecificationProblem("info has no title"),
            Version = document.Info.Version ?? throw new SpecificationProblem("info has no version"),
            DefaultBaseUrl = baseUrl,
            BasePath = basePath,
            TokenHeader = tokenHeader,
            Operations = operations,
            LoginAnswer = LoginAnswerReader.Read(operations),
            ValidationOrder = validationOrder,
            UnknownRoute = DocumentExtensionsReader.UnknownRoute(document),
            RealClient = DocumentExtensionsReader.RealClient(document),
            RequestLimits = DocumentExtensionsReader.RequestLimits(document),
            Assumptions = DocumentExtensionsReader.Assumptions(document),
        };
    }

    // The login token travels in the one apiKey header scheme; operations opt in through their security requirement.
    private static string TokenHeaderOf(OpenApiDocument document)
    {
        var headers = document.Components.SecuritySchemes.Values
            .Where(scheme => scheme.Type == OpenApiSecuritySchemeType.ApiKey && scheme.In == OpenApiSecurityApiKeyLocation.Header)
            .Select(scheme => scheme.Name)
            .ToList();
        return headers is [{ Length: > 0 } name]
            ? name
            : throw new SpecificationProblem("components/securitySchemes needs exactly one apiKey scheme in a header: the login token");
    }

    private static (Uri BaseUrl, string BasePath) ReadServers(OpenApiDocument document)
    {
        if (document.Servers.Count == 0)
        {
            throw new SpecificationProblem("the spec lists no server");
        }

        var basePaths = document.Servers.Select(server => ServerUrl().Match(server.Url ?? string.Empty))
            .Select(match => match.Success
                ? match.Groups["path"].Value.TrimEnd('/')
                : throw new SpecificationProblem($"server URL '{match.Value}' is not an absolute http(s) URL"))
            .Distinct()
            .ToList();
        if (basePaths.Count != 1)
        {
            throw new SpecificationProblem($"all servers must share one base path, found {string.Join(", ", basePaths)}");
        }

        var first = document.Servers.First().Url;
        return Uri.TryCreate(first, UriKind.Absolute, out var baseUrl)
            ? (baseUrl, basePaths[0])
            : throw new SpecificationProblem($"the first server '{first}' must be a concrete URL (no variables)");
    }

    private static List<ApiOperation> ReadOperations(OpenApiDocument document, string basePath, string tokenHeader) =>
        [.. document.Paths.SelectMany(path => path.Value.Select(method =>
            OperationReader.Read(document, basePath + path.Key, method.Key, method.Value, tokenHeader)))];

    [GeneratedRegex("^https?://[^/]+(?<path>/.*)?$")]
    private static partial Regex ServerUrl();
}
