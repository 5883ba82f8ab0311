using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Admin;

/// <summary>How every admin endpoint reads and answers JSON: web casing, no nulls, errors in the API's <c>{"message": ...}</c> shape.</summary>
internal static class AdminJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Task WriteAsync<T>(HttpContext context, int status, T body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = Model.MediaTypes.Json;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Options), context.RequestAborted);
    }

    public static Task MessageAsync(HttpContext context, int status, string message) => WriteAsync(context, status, new { message });

    /// <summary>The request's JSON body as <typeparamref name="T"/>; null with the reason when it is not one.</summary>
    public static async Task<(T? Value, string? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Options, context.RequestAborted), null);
        }
        catch (JsonException exception)
        {
            return (null, exception.Message);
        }
    }

    /// <summary>A whole-number query parameter, or <paramref name="fallback"/> when it is absent; null when it is not a whole number from 0.</summary>
    public static long? Number(HttpContext context, string name, long fallback) =>
        context.Request.Query[name].ToString() is { Length: > 0 } text
            ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null
            : fallback;
}
