using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lancens.Contracts.Generators.Catalog.Clients;

/// <summary>The clients' settings files and script literals, written as stable JSON.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Settings(JsonObject settings) => settings.ToJsonString(Options) + "\n";

    /// <summary>A string literal that JavaScript (a JetBrains response handler) reads as <paramref name="text"/>.</summary>
    public static string Literal(string text) => JsonSerializer.Serialize(text, Options);
}
