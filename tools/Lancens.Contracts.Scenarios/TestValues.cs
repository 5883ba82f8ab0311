using System.Text.Json;
using Bogus;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios;

/// <summary>
/// Test data with a fixed seed, modelled on the spec's examples: a valid value is the field's example when it keeps the
/// field's rules, and a made-up one is drawn from the characters its example uses (hex digits for a hex token), at the
/// example's length or at an exact length in Unicode characters (code points, the spec's length unit).
/// </summary>
public sealed class TestValues(int seed)
{
    // Each entry is one code point: CJK, accented Latin and emoji outside the BMP, which UTF-16 counts twice.
    private static readonly string[] UnicodeAlphabet = ["推", "送", "令", "牌", "門", "鈴", "é", "ü", "ß", "😀", "🔔", "𝄞"];
    private const string HexDigits = "0123456789abcdef";
    private const string LowerCase = "abcdefghijklmnopqrstuvwxyz";
    private const string UpperCase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";

    // A field with no example to model on gets this length and these characters.
    private const int PlainLength = 12;
    private const string PlainAlphabet = LowerCase + Digits;

    private readonly Randomizer _random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>A valid value for the field: its example when that keeps the field's rules, else a made-up one like it.</summary>
    public object Valid(RequestField field) => field.Type == FieldType.Integer ? ValidInteger(field) : ValidText(field);

    /// <summary>A new valid value that no earlier call gave (in practice): a push token no registration used yet, a new account.</summary>
    public object Fresh(RequestField field) =>
        field.Type == FieldType.Integer ? FreshInteger(field) : Text(field, Clamp(field, ExampleText(field) is { Length: > 0 } example ? RequestField.LengthOf(example) : PlainLength));

    /// <summary>A made-up string like <paramref name="example"/>: as long, and of the characters it uses.</summary>
    public string Like(string example) => _random.String2(RequestField.LengthOf(example), AlphabetOf(example));

    /// <summary>A string of exactly <paramref name="length"/> characters, in the characters of the field's example or in Unicode.</summary>
    public string Text(RequestField field, int length, bool unicode = false) =>
        unicode
            ? string.Concat(Enumerable.Range(0, length).Select(_ => _random.ArrayElement(UnicodeAlphabet)))
            : _random.String2(length, AlphabetOf(ExampleText(field)));

    private string ValidText(RequestField field) =>
        ExampleText(field) is { } example && field.FitsLength(example) ? example : Text(field, Clamp(field, PlainLength));

    private long ValidInteger(RequestField field)
    {
        if (field.Example is { ValueKind: JsonValueKind.Number } example && example.TryGetInt64(out var value)
            && (field.AllowedValues.Count == 0 || field.AllowedValues.Contains(value)))
        {
            return value;
        }

        return field.AllowedValues.Count > 0 ? _random.ArrayElement(field.AllowedValues.ToArray()) : _random.Long(1, 9_999_999);
    }

    private long FreshInteger(RequestField field) =>
        field.AllowedValues.Count > 0 ? _random.ArrayElement(field.AllowedValues.ToArray()) : _random.Long(1, 9_999_999);

    private static string? ExampleText(RequestField field) =>
        field.Example is { ValueKind: JsonValueKind.String } example ? example.GetString() : null;

    private static int Clamp(RequestField field, int length) => Math.Clamp(length, field.MinLength ?? 0, field.MaxLength ?? int.MaxValue);

    // Hex when the example is hex, else every character class the example uses and its punctuation as it is.
    private static string AlphabetOf(string? example)
    {
        if (string.IsNullOrEmpty(example))
        {
            return PlainAlphabet;
        }

        if (example.All(HexDigits.Contains))
        {
            return HexDigits;
        }

        var alphabet = string.Concat(
            example.Any(char.IsAsciiLetterLower) ? LowerCase : "",
            example.Any(char.IsAsciiLetterUpper) ? UpperCase : "",
            example.Any(char.IsAsciiDigit) ? Digits : "",
            string.Concat(example.Where(character => !char.IsAsciiLetterOrDigit(character)).Distinct()));
        return alphabet;
    }
}
