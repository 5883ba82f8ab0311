using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>Values that keep a field's rules, made from a readable stem, so tests never retype the spec's limits.</summary>
internal static class FieldValues
{
    /// <summary>The stem padded with 'x' up to the field's minimum length and cut to its maximum.</summary>
    public static string Fitting(RequestField field, string stem)
    {
        var value = stem.PadRight(field.MinLength ?? 0, 'x');
        return field.MaxLength is { } max && value.Length > max ? value[..max] : value;
    }

    /// <summary>A username the login body accepts.</summary>
    public static string Username(string stem) => Fitting(SessionField(SessionPart.Username), stem);

    /// <summary>A password the login body accepts.</summary>
    public static string Password(string stem) => Fitting(SessionField(SessionPart.Password), stem);

    private static RequestField SessionField(SessionPart part) =>
        TestSpec.Spec.OperationFor(EffectAction.Login).Body!.Fields.Single(field => field.Session == part);
}
