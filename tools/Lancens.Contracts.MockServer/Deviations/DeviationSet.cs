using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Deviations;

/// <summary>The deviations a test asked for, and the few places the engine consults them.</summary>
internal sealed class DeviationSet(IReadOnlyCollection<Deviation> deviations)
{
    private readonly HashSet<Deviation> _on = [.. deviations];

    public static DeviationSet None { get; } = new([]);

    public bool Has(Deviation deviation) => _on.Contains(deviation);

    /// <summary>The kebab-case names <c>serve --deviate</c> takes, e.g. <c>body-before-token</c>.</summary>
    public static IReadOnlyList<string> Names => [.. Enum.GetValues<Deviation>().Select(SpecWords.Of)];

    public static Deviation Parse(string name) =>
        Enum.GetValues<Deviation>().FirstOrDefault(deviation => SpecWords.Of(deviation) == name) is var found && SpecWords.Of(found) == name
            ? found
            : throw new FormatException($"'{name}' is not a deviation; known: {string.Join(", ", Names)}");

    public IReadOnlyList<DocumentedError> CheckOrder(ApiOperation operation) =>
        Has(Deviation.BodyBeforeToken)
            ? [.. operation.NaturalErrors.Where(error => error.In != ParameterLocation.Header), .. operation.NaturalErrors.Where(error => error.In == ParameterLocation.Header)]
            : operation.NaturalErrors;

    /// <param name="isRegistrationKey">Whether the field is the registration key (the push_token a serial names).</param>
    public bool FitsLength(RequestField field, string value, bool isRegistrationKey) =>
        Has(Deviation.RegistrationKeyOneShorter) && isRegistrationKey && field.MaxLength is { } max
            ? field.FitsLength(value) && RequestField.LengthOf(value) < max
            : field.FitsLength(value);
}
