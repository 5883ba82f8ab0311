using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>
/// Request bodies built from the model: the fields an operation's body schema lists, filled with the values a test
/// gives, the session's values, or else the schema's examples for the required ones.
/// </summary>
internal static class RequestBodies
{
    private static ApiSpecification Spec => TestSpec.Spec;

    public static JsonObject Login(string username, string password) =>
        Sessioned(Spec.OperationFor(EffectAction.Login), (SessionPart.Username, username), (SessionPart.Password, password));

    public static JsonObject Logout(string username, string token) =>
        Sessioned(Spec.OperationFor(EffectAction.Logout), (SessionPart.Username, username), (SessionPart.Token, token));

    /// <summary>A registration with only the required fields: the key (the push token) as given, the others their examples.</summary>
    public static JsonObject Registration(string resource, string pushToken) =>
        For(Spec.OperationFor(EffectAction.Register, resource), new() { [KeyName(resource)] = pushToken });

    /// <summary>An update whose key (the new push token) is as given, the other required fields their examples.</summary>
    public static JsonObject Update(string resource, string pushToken, IReadOnlyDictionary<string, JsonNode?>? values = null)
    {
        var all = new Dictionary<string, JsonNode?>(values ?? new Dictionary<string, JsonNode?>()) { [KeyName(resource)] = pushToken };
        return For(Spec.OperationFor(EffectAction.Update, resource), all);
    }

    /// <summary>Every field the test gives, and the schema's example for each other required field.</summary>
    public static JsonObject For(ApiOperation operation, Dictionary<string, JsonNode?> values)
    {
        var body = new JsonObject();
        foreach (var field in operation.Body!.Fields)
        {
            if (values.TryGetValue(field.Name, out var value))
            {
                body[field.Name] = value?.DeepClone();
            }
            else if (field.Required)
            {
                body[field.Name] = Example(field);
            }
        }

        return body;
    }

    public static string KeyName(string resource) => Spec.RegistrationKeyField(resource).Name;

    public static JsonNode? Example(RequestField field) =>
        field.Example is { } example ? JsonNode.Parse(example.GetRawText()) : throw new InvalidOperationException($"{field.Name} has no example");

    private static JsonObject Sessioned(ApiOperation operation, params (SessionPart Part, string Value)[] values) =>
        For(operation, values.ToDictionary(pair => operation.Body!.Fields.Single(field => field.Session == pair.Part).Name, pair => (JsonNode?)pair.Value));
}
