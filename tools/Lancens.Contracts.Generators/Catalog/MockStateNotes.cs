using Lancens.Contracts.Model;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>When the mock answers a forced error without being asked to, because of what the session holds.</summary>
internal static class MockStateNotes
{
    public static string? For(ApiOperation operation, DocumentedError error) => (error.Category, operation.Effect.Action) switch
    {
        (ErrorCategory.InvalidToken, _) => "also answered after a logout, until the next login",
        (ErrorCategory.NoData, _) when operation.Effect.NeedsRegistration =>
            $"also answered while no {operation.Effect.Resource} push token is registered (after login, a logout, a clear or a delete)",
        _ => null,
    };
}
