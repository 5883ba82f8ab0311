using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;

namespace Lancens.Contracts.Benchmarks.Requests;

/// <summary>What a query answered, read through the model: the registration key (the push token) and the user id of the record.</summary>
internal sealed record RecordAnswer(string? Key, long? UserId)
{
    public static RecordAnswer Read(ApiOperation query, string keyField, ObservedResponse answer) =>
        new(
            answer.Property(keyField) is { ValueKind: JsonValueKind.String } key ? key.GetString() : null,
            query.Success.Schema.PropertyFor(SessionPart.UserId) is { } idProperty
                && answer.Property(idProperty) is { ValueKind: JsonValueKind.Number } id && id.TryGetInt64(out var number) ? number : null);
}
