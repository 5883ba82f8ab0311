using Lancens.Contracts.Model.Loading;

namespace Lancens.Contracts.Model;

/// <summary>
/// The spec as the rest of the product sees it; NSwag stays inside the loader. A record, so a test can serve a changed
/// copy (<c>spec with { Operations = ... }</c>).
/// </summary>
public sealed record ApiSpecification
{
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Version { get; init; }

    /// <summary>The first server of the spec: the production host with its base path.</summary>
    public required Uri DefaultBaseUrl { get; init; }

    /// <summary>The path every operation is served under, e.g. <c>/v1/api</c>.</summary>
    public required string BasePath { get; init; }

    /// <summary>The header that carries the login token (the spec's apiKey security scheme), e.g. <c>token</c>.</summary>
    public required string TokenHeader { get; init; }

    public required IReadOnlyList<ApiOperation> Operations { get; init; }

    /// <summary>Which properties of the login answer carry the token and the user id, and the example's values of them.</summary>
    public required LoginAnswer LoginAnswer { get; init; }

    public required IReadOnlyList<ErrorCategory> ValidationOrder { get; init; }
    public required UnknownRoute UnknownRoute { get; init; }
    public required RealClient RealClient { get; init; }
    public required RequestLimits RequestLimits { get; init; }
    public required IReadOnlyList<Assumption> Assumptions { get; init; }

    /// <summary>Every documented error of every operation, in spec order.</summary>
    public IEnumerable<DocumentedError> ErrorCatalog => Operations.SelectMany(operation => operation.Errors);

    /// <summary>Every answer the spec documents (operation x status x example), in spec order: the one list to cover.</summary>
    public IReadOnlyList<DocumentedAnswer> DocumentedResponses => [.. Operations.SelectMany(operation => operation.Answers)];

    /// <summary>The push-token kinds the operations act on (<c>ring</c>, <c>message</c>), in spec order.</summary>
    public IReadOnlyList<string> Resources => [.. Operations.Select(operation => operation.Effect.Resource).OfType<string>().Distinct()];

    public ApiOperation Operation(string operationId) =>
        Operations.SingleOrDefault(operation => operation.Id == operationId)
        ?? throw new KeyNotFoundException($"The spec has no operation '{operationId}'.");

    /// <summary>The operation that does an action (on a resource, for the push-token actions).</summary>
    public ApiOperation OperationFor(EffectAction action, string? resource = null) =>
        Operations.SingleOrDefault(operation => operation.Effect == new OperationEffect(action, resource))
        ?? throw new KeyNotFoundException($"The spec has no operation that does {SpecWords.Of(action)}{(resource is null ? "" : $" on {resource}")}.");

    /// <summary>
    /// The body field that identifies a resource's registration: the one its path parameters name
    /// (<c>x-lancens-registration-key</c>), e.g. the push_token of the ring register operation.
    /// </summary>
    public RequestField RegistrationKeyField(string resource)
    {
        var key = Operations.Where(operation => operation.Effect.Resource == resource)
            .SelectMany(operation => operation.PathParameters)
            .Select(parameter => parameter.RegistrationKey)
            .OfType<string>()
            .Distinct()
            .SingleOrDefault() ?? throw new KeyNotFoundException($"No path parameter of {resource} names its registration key.");
        return OperationFor(EffectAction.Register, resource).Body!.Field(key);
    }

    /// <summary>
    /// The same API served under another base path (e.g. <c>/lancens/v1/api</c> beside another vendor's), every
    /// operation's path moved with it.
    /// </summary>
    /// <exception cref="ArgumentException">The base path does not start with '/' or ends with one.</exception>
    public ApiSpecification ServedUnder(string basePath)
    {
        if (!basePath.StartsWith('/') || (basePath.Length > 1 && basePath.EndsWith('/')))
        {
            throw new ArgumentException($"A base path starts with '/' and does not end with one, like {BasePath}; not '{basePath}'.", nameof(basePath));
        }

        var under = basePath == "/" ? string.Empty : basePath;
        return basePath == BasePath ? this : this with
        {
            BasePath = under,
            Operations = [.. Operations.Select(operation => operation with { PathTemplate = under + operation.PathTemplate[BasePath.Length..] })],
        };
    }

    private static readonly Lazy<ApiSpecification> BundledSpec = new(() =>
    {
        const string Resource = "Lancens.Contracts.Model.lancens-user-api.yaml";
        using var stream = typeof(ApiSpecification).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"This build of the model carries no {Resource}.");
        using var reader = new StreamReader(stream);
        return SpecificationLoader.Read(reader.ReadToEnd(), "spec/lancens-user-api.yaml (bundled)");
    });

    /// <summary>
    /// The spec this build of the product carries (spec/lancens-user-api.yaml when it was built), loaded once: what the
    /// tool and the package serve unless told another file.
    /// </summary>
    public static ApiSpecification Bundled => BundledSpec.Value;

    /// <summary>Loads and checks a spec file; every problem is a <see cref="SpecificationException"/> naming the file.</summary>
    public static ApiSpecification Load(string path) => SpecificationLoader.Load(path);

    public override string ToString() => $"{Title} {Version} ({SourcePath})";
}
