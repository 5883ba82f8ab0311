using Newtonsoft.Json.Linq;

namespace Lancens.Contracts.Model.Loading;

/// <summary>
/// Reads <c>x-</c> extension data. NSwag hands it over as JTokens, dictionaries or arrays depending
/// on where it sits, so everything is normalised to a JToken first.
/// </summary>
internal static class ExtensionValue
{
    public static JToken? Find(IDictionary<string, object?>? extensionData, string name) =>
        extensionData is not null && extensionData.TryGetValue(name, out var value) && value is not null
            ? value as JToken ?? JToken.FromObject(value)
            : null;

    public static string RequiredString(JToken token, string name, string where) =>
        OptionalString(token, name, where) ?? throw new SpecificationProblem($"{where} has no '{name}'");

    public static string? OptionalString(JToken token, string name, string where)
    {
        var value = Object(token, where)[name];
        return value switch
        {
            null or { Type: JTokenType.Null } => null,
            JValue { Type: JTokenType.String } text => (string)text!,
            _ => throw new SpecificationProblem($"{where}: '{name}' must be a string"),
        };
    }

    public static JObject Object(JToken token, string where) =>
        token as JObject ?? throw new SpecificationProblem($"{where} must be a mapping");

    public static JArray Array(JToken token, string where) =>
        token as JArray ?? throw new SpecificationProblem($"{where} must be a list");

    public static IReadOnlyList<string> StringList(JToken token, string where) =>
        [.. Array(token, where).Select(item => item is JValue { Type: JTokenType.String } text
            ? (string)text!
            : throw new SpecificationProblem($"{where} must list strings"))];
}
