namespace Lancens.Contracts.Model.Loading;

/// <summary>A path parameter that names a registration (<c>x-lancens-registration-key</c>) must name a field its resource registers.</summary>
internal static class RegistrationKeys
{
    public static void Check(IReadOnlyList<ApiOperation> operations)
    {
        foreach (var operation in operations)
        {
            foreach (var parameter in operation.PathParameters.Where(parameter => parameter.RegistrationKey is not null))
            {
                var register = operations.SingleOrDefault(candidate =>
                    candidate.Effect == new OperationEffect(EffectAction.Register, operation.Effect.Resource));
                if (register?.Body?.Fields.Any(field => field.Name == parameter.RegistrationKey) != true)
                {
                    throw new SpecificationProblem(
                        $"operation {operation.Id}: path parameter '{parameter.Name}' names the registration key '{parameter.RegistrationKey}', " +
                        $"which no register operation of {operation.Effect.Resource ?? "its resource"} sends");
                }
            }
        }
    }
}
