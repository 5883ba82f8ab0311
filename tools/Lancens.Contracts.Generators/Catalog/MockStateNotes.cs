using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>When the mock answers a forced error without being asked to, because of what the session holds.</summary>
internal static class MockStateNotes
{
    public static string? For(ApiOperation operation, DocumentedError error) => (error.Category, operation.Effect.Action) switch
    {
        (ErrorCategory.InvalidToken, _) => "also answered for a token that logged out",
        _ => null,
    };
}
