using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// The values an explored request sends, drawn from every class the scenarios know, from the spec's fields: the
/// example, each boundary, characters outside the BMP, each allowed value (the default among them), empty optional
/// strings, and absent optional fields (their default then applies).
/// </summary>
internal static class ExploredValues
{
    // One code point each; the last three are outside the BMP, which UTF-16 counts twice.
    private static readonly string[] Unicode = ["推", "送", "é", "ß", "😀", "🔔", "𝄞"];

    /// <summary>Every body field of the operation but the registration key: a value, or absent when the field is optional.</summary>
    public static Gen<IReadOnlyDictionary<string, JsonNode?>> For(ApiSpecification spec, ApiOperation operation)
    {
        var fields = (operation.Body?.Fields ?? []).Where(field => field.Name != KeyName(spec, operation)).ToList();
        return fields.Aggregate(
            Gen.Const<IReadOnlyDictionary<string, JsonNode?>>(new Dictionary<string, JsonNode?>(StringComparer.Ordinal)),
            (body, field) => body.SelectMany(sent => Field(spec, field).Select(value =>
            {
                var next = new Dictionary<string, JsonNode?>((IDictionary<string, JsonNode?>)sent, StringComparer.Ordinal);
                if (value is { } present)
                {
                    next[field.Name] = present.Node;
                }

                return (IReadOnlyDictionary<string, JsonNode?>)next;
            })));
    }

    public static string? KeyName(ApiSpecification spec, ApiOperation operation) =>
        operation.Effect.Resource is { } resource ? spec.RegistrationKeyField(resource).Name : null;

    /// <summary>A push token of the chosen class for the kind's key field.</summary>
    public static string Key(RequestField key, KeyChoice choice, int salt) => choice switch
    {
        KeyChoice.Longest => Hex(key.MaxLength ?? 64, salt),
        KeyChoice.Unicode => string.Concat(Enumerable.Range(0, key.MaxLength ?? 16).Select(index => Unicode[(index + salt) % Unicode.Length])),
        _ => Hex(Math.Max(key.MinLength ?? 1, key.Example is { ValueKind: JsonValueKind.String } example ? RequestField.LengthOf(example.GetString() ?? string.Empty) : 32), salt),
    };

    // Null: the field is not sent.
    private static Gen<(JsonNode? Node, bool Sent)?> Field(ApiSpecification spec, RequestField field)
    {
        var present = field.Type == FieldType.Integer ? Integer(field) : Text(spec, field);
        var sent = present.Select(node => ((JsonNode? Node, bool Sent)?)(node, true));
        return field.Required ? sent : Gen.Frequency((3, sent), (1, Gen.Const(((JsonNode? Node, bool Sent)?)null)));
    }

    private static Gen<JsonNode?> Integer(RequestField field) =>
        field.AllowedValues.Count > 0
            ? Gen.Int[0, field.AllowedValues.Count - 1].Select(index => (JsonNode?)JsonValue.Create(field.AllowedValues[index]))
            : Gen.Long[1, 9_999_999].Select(value => (JsonNode?)JsonValue.Create(value));

    private static Gen<JsonNode?> Text(ApiSpecification spec, RequestField field)
    {
        var example = field.Example is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "text" : "text";
        var min = field.MinLength ?? 0;
        var max = field.MaxLength ?? 24;
        var classes = new List<(int Weight, Gen<string> Value)>
        {
            (3, Gen.Const(example)),
            (2, Gen.Int[Math.Max(min, 1), max].SelectMany(length => Gen.Int[0, Unicode.Length - 1].Select(start => string.Concat(Enumerable.Range(0, length).Select(index => Unicode[(index + start) % Unicode.Length]))))),
            (1, Gen.Const(Repeat(example, max))),
        };
        if (min > 0)
        {
            classes.Add((1, Gen.Const(Repeat(example, min))));
        }

        if (!field.Required && spec.RealClient.EmptyOptionalStrings && min == 0)
        {
            classes.Add((2, Gen.Const(string.Empty)));
        }

        return Gen.Frequency([.. classes.Select(choice => (choice.Weight, (IGen<string>)choice.Value))]).Select(text => (JsonNode?)JsonValue.Create(text));
    }

    // The example's characters, cycled to an exact length in code points.
    private static string Repeat(string example, int length)
    {
        var runes = (example.Length == 0 ? "x" : example).EnumerateRunes().ToArray();
        return string.Concat(Enumerable.Range(0, length).Select(index => runes[index % runes.Length].ToString()));
    }

    private static string Hex(int length, int salt)
    {
        var text = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(salt)));
        while (text.Length < length)
        {
            text += text;
        }

        return text[..length];
    }
}
