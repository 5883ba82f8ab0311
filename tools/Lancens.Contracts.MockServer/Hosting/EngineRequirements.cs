using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Hosting;

/// <summary>
/// What the engine needs the spec to document, checked once at start-up so a spec it cannot serve fails with a clear
/// message rather than at the first request: the checks that find a request's account, and the no-data answer of
/// the operations that act on a registration.
/// </summary>
internal static class EngineRequirements
{
    public static void Check(ApiSpecification spec)
    {
        foreach (var operation in spec.Operations)
        {
            var finds = operation.Effect.Action == EffectAction.Login ? ErrorCategory.Credentials : ErrorCategory.InvalidToken;
            if (!operation.NaturalErrors.Any(error => error.Category == finds))
            {
                throw new InvalidOperationException(
                    $"{operation.Id} documents no natural {SpecWords.Of(finds)} error, so the engine cannot tell whose request it is.");
            }

            if (operation.Effect.NeedsRegistration)
            {
                _ = operation.Error(ErrorCategory.NoData);
            }

            if (operation.Body is not null && operation.NaturalErrors.All(error => error.Category != ErrorCategory.Internal))
            {
                throw new InvalidOperationException($"{operation.Id} takes a body but documents no natural internal error for one that is not a JSON object.");
            }
        }
    }
}
