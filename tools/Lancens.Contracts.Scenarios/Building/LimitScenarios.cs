using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>
/// A valid body padded past the spec's body limit (<c>x-lancens-request-limits</c>) with a field no one reads, for
/// every operation that takes a body; it must answer the internal error, like a body that is not JSON.
/// </summary>
internal static class LimitScenarios
{
    private const string PaddingField = "x_padding";

    public static IEnumerable<ContractScenario> For(RequestFactory factory)
    {
        var operation = factory.Operation;
        if (operation.Body is null)
        {
            yield break;
        }

        var limit = factory.Spec.RequestLimits.MaxBodyBytes;
        var error = operation.Error(ErrorCategory.Internal);
        var request = RequestFactory.ChangeBody(factory.Valid(sessionPlaceholders: false), body => body[PaddingField] = JsonValue.Create(new string('a', limit)));
        yield return ScenarioFactory.Create(
            operation, CheckKind.Limit, "BodyPastTheLimit", $"a valid body padded past {limit} bytes", request, ExpectedResponse.Of(error),
            needs: TargetNeeds.RequestLimits);
    }
}
