using System.Text.Json;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Tests;

/// <summary>
/// An oracle written for these tests: which of the spec's request rules a request breaks, read straight off the
/// field rules (required, JSON type, length in code points, allowed values), the token header, and whether the token
/// and account are the session's own (the <c>{{...}}</c> placeholders) or made up. It does not rank them; the tests
/// compare against the model's check order.
/// </summary>
internal static class RequestInspector
{
    public static IReadOnlyList<(ErrorCategory Category, string? Field)> Breaks(ApiSpecification spec, ApiOperation operation, ScenarioRequest request)
    {
        var broken = new List<(ErrorCategory, string?)>();
        if (operation.Token == TokenPlacement.Header)
        {
            var token = request.Headers.Where(header => header.Key.Equals(spec.TokenHeader, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value).FirstOrDefault();
            if (string.IsNullOrWhiteSpace(token))
            {
                broken.Add((ErrorCategory.NoToken, spec.TokenHeader));
            }
            else if (token != RequestPlaceholders.Token)
            {
                broken.Add((ErrorCategory.InvalidToken, spec.TokenHeader));
            }
        }

        if (operation.Body is not { } body)
        {
            return broken;
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(request.Body ?? string.Empty).RootElement;
        }
        catch (JsonException)
        {
            broken.Add((ErrorCategory.Internal, null));
            return broken;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            broken.Add((ErrorCategory.Internal, null));
            return broken;
        }

        foreach (var field in body.Fields)
        {
            if (!json.TryGetProperty(field.Name, out var value))
            {
                if (field.Required)
                {
                    broken.Add((ErrorCategory.MissingParam, field.Name));
                }

                continue;
            }

            var rightType = field.Type == FieldType.String ? value.ValueKind == JsonValueKind.String : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _);
            if (!rightType)
            {
                broken.Add((ErrorCategory.Format, field.Name));
            }
            else if (field.Type == FieldType.String && !Fits(field, value.GetString()!))
            {
                broken.Add((ErrorCategory.Length, field.Name));
            }
            else if (field.AllowedValues.Count > 0 && !field.AllowedValues.Contains(value.GetInt64()))
            {
                broken.Add((ErrorCategory.Validation, field.Name));
            }
            else if (field.Session == SessionPart.Token && value.GetString() != RequestPlaceholders.Token)
            {
                broken.Add((ErrorCategory.InvalidToken, field.Name));
            }
        }

        var account = body.Fields.Where(field => field.Session is SessionPart.Username or SessionPart.Password).ToList();
        if (account.Count == 2 && account.All(field => json.TryGetProperty(field.Name, out var value) && value.ValueKind == JsonValueKind.String)
            && account.Any(field => !json.GetProperty(field.Name).GetString()!.StartsWith("{{", StringComparison.Ordinal)))
        {
            broken.Add((ErrorCategory.Credentials, null));
        }

        return broken;
    }

    // Placeholders such as {{token}} stand for the session's values, which keep every rule.
    private static bool Fits(RequestField field, string value)
    {
        if (value.StartsWith("{{", StringComparison.Ordinal) && value.EndsWith("}}", StringComparison.Ordinal))
        {
            return true;
        }

        var codePoints = value.EnumerateRunes().Count();
        return codePoints >= (field.MinLength ?? 0) && codePoints <= (field.MaxLength ?? int.MaxValue);
    }
}
