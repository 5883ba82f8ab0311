namespace Lancens.Contracts.Model.Checking;

/// <summary>A request matched to an operation, with the values of its path parameters, decoded once.</summary>
public sealed record Route(ApiOperation Operation, IReadOnlyDictionary<string, string> PathValues)
{
    /// <summary>The value of the parameter that names a registration (the serial), or null when the path has none.</summary>
    public string? RegistrationKey =>
        Operation.PathParameters.FirstOrDefault(parameter => parameter.RegistrationKey is not null) is { } parameter
            ? PathValues[parameter.Name]
            : null;
}
