using Lancens.Contracts.Generators.Files;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Catalog.Clients;

/// <summary>
/// What one .http client reads its own way: the session token of an earlier answer, the checks of an answer, and
/// where the base URL comes from. The requests themselves are the same in every client's file.
/// </summary>
internal interface IHttpClientDialect
{
    /// <summary>The client's file name in <see cref="CatalogGenerator.HttpDirectory"/>, e.g. <c>errors.httpyac.http</c>.</summary>
    string FileName { get; }

    /// <summary>The client as its users know it, e.g. "the VS Code REST Client".</summary>
    string ClientName { get; }

    /// <summary>Comment lines (without the <c>#</c>) on how this client sends the file and where its base URL comes from.</summary>
    IEnumerable<string> Usage(ApiSpecification spec);

    /// <summary>What a request that needs the session sends in place of the token.</summary>
    string TokenReference(ApiSpecification spec);

    /// <summary>Lines between a request's title and its request line.</summary>
    IEnumerable<string> Before(CatalogRequest request);

    /// <summary>Lines after the request: the checks of the answer its title names, and how the login keeps its token.</summary>
    IEnumerable<string> After(ApiSpecification spec, CatalogRequest request);

    /// <summary>The file that gives this client the base URL by default, through its usual mechanism for overriding it.</summary>
    GeneratedFile BaseUrlDefault(ApiSpecification spec);
}
