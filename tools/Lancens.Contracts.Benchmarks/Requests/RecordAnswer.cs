using System.Text.Json;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>What a query answered, read through the model: the registration key (the push token) and the user id of the record.</summary>
internal sealed record RecordAnswer(string? Key, long? UserId)
{
    public static RecordAnswer Read(ApiOperation query, string keyField, string body)
    {
        var schema = query.Success.Schema;
        var idProperty = schema.SessionProperties.FirstOrDefault(pair => pair.Value == SessionPart.UserId).Key;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new RecordAnswer(null, null);
            }

            var key = root.TryGetProperty(keyField, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            long? userId = idProperty is not null && root.TryGetProperty(idProperty, out var id) && id.TryGetInt64(out var number) ? number : null;
            return new RecordAnswer(key, userId);
        }
        catch (JsonException)
        {
            return new RecordAnswer(null, null);
        }
    }
}
