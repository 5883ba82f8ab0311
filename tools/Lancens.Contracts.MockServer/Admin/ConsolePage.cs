using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Admin;

/// <summary>
/// The QA console: one page and its script and style, inside this assembly (no CDN, no build step, so the mock works
/// offline). It holds no data; everything it shows comes from the admin endpoints, with the same guard.
/// </summary>
internal static class ConsolePage
{
    private const string AssetPrefix = "console/";

    private static readonly IReadOnlyDictionary<string, (byte[] Bytes, string ContentType)> Files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal)
    {
        [string.Empty] = (Read("index.html"), "text/html; charset=utf-8"),
        [AssetPrefix + "console.js"] = (Read("console.js"), "text/javascript; charset=utf-8"),
        [AssetPrefix + "console.css"] = (Read("console.css"), "text/css; charset=utf-8"),
    };

    /// <summary>Whether the path under the admin prefix is the page or one of its files.</summary>
    public static bool Owns(string name) => Files.ContainsKey(name);

    public static Task ServeAsync(HttpContext context, string name)
    {
        var (bytes, contentType) = Files[name];
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        // Only its own script, style and the admin endpoints: nothing from elsewhere runs in it.
        response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        return response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private static byte[] Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(AssetPrefix + file)
            ?? throw new InvalidOperationException($"The engine was built without its console file {file}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
