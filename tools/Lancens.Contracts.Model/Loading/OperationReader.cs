using NSwag;

namespace Lancens.Contracts.Model.Loading;

internal static class OperationReader
{
    public static ApiOperation Read(OpenApiDocument document, string pathTemplate, string method, OpenApiOperation operation, string tokenHeader)
    {
        var id = operation.OperationId ?? throw new SpecificationProblem($"{method.ToUpperInvariant()} {pathTemplate} has no operationId");
        try
        {
            var body = RequestBodyReader.Read(document, operation);
            var token = TokenPlacementOf(document, operation, body, tokenHeader);
            var draft = new ApiOperation
            {
                Id = id,
                Method = new HttpMethod(method.ToUpperInvariant()),
                PathTemplate = pathTemplate,
                Tag = operation.Tags.SingleOrDefault() ?? throw new SpecificationProblem("it needs exactly one tag"),
                Summary = operation.Summary ?? throw new SpecificationProblem("it has no summary"),
                Description = operation.Description ?? string.Empty,
                Token = token,
                Effect = EffectOf(operation),
                PathParameters = PathParametersOf(operation),
                Body = body,
                Responses = [],
            };
            var responses = ResponseReader.Read(document, draft, operation, tokenHeader);
            if (responses.Count(response => response.IsSuccess) != 1)
            {
                throw new SpecificationProblem("it needs exactly one 2xx response");
            }

            return draft with { Responses = responses };
        }
        catch (SpecificationProblem problem)
        {
            throw new SpecificationProblem($"operation {id}: {problem.Message}");
        }
    }

    private static TokenPlacement TokenPlacementOf(OpenApiDocument document, OpenApiOperation operation, RequestBody? body, string tokenHeader)
    {
        var requirements = operation.Security ?? document.Security ?? [];
        var usesTokenHeader = requirements.SelectMany(requirement => requirement.Keys).Any(name =>
            document.Components.SecuritySchemes.TryGetValue(name, out var scheme)
            && scheme.Type == OpenApiSecuritySchemeType.ApiKey
            && scheme.In == OpenApiSecurityApiKeyLocation.Header
            && string.Equals(scheme.Name, tokenHeader, StringComparison.OrdinalIgnoreCase));
        var carriesTokenInBody = body?.Fields.Any(field => field.Session == SessionPart.Token) ?? false;
        return (usesTokenHeader, carriesTokenInBody) switch
        {
            (true, true) => throw new SpecificationProblem("it reads the login token from both the header and the body"),
            (true, false) => TokenPlacement.Header,
            (false, true) => TokenPlacement.Body,
            _ => TokenPlacement.None,
        };
    }

    private static OperationEffect EffectOf(OpenApiOperation operation)
    {
        const string Name = "x-lancens-effect";
        var token = ExtensionValue.Find(operation.ExtensionData, Name) ?? throw new SpecificationProblem($"it has no {Name}");
        var action = SpecWords.Parse<EffectAction>(ExtensionValue.RequiredString(token, "action", Name), Name);
        var resource = ExtensionValue.OptionalString(token, "resource", Name);
        var isSessionAction = action is EffectAction.Login or EffectAction.Logout;
        return isSessionAction == (resource is null)
            ? new OperationEffect(action, resource)
            : throw new SpecificationProblem($"{Name}: '{SpecWords.Of(action)}' {(isSessionAction ? "takes no" : "needs a")} resource");
    }

    private static List<PathParameter> PathParametersOf(OpenApiOperation operation) =>
        [.. operation.ActualParameters.Where(parameter => parameter.Kind == OpenApiParameterKind.Path).Select(parameter =>
            new PathParameter(
                parameter.Name,
                parameter.Description ?? string.Empty,
                parameter.ActualSchema?.MinLength,
                parameter.Example?.ToString(),
                ExtensionValue.Find(parameter.ExtensionData, "x-lancens-registration-key")?.ToString()))];
}
