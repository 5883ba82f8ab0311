using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// Finds the operation a method and path ask for, from the model's path templates. A path parameter is one non-empty
/// segment. Segments are decoded once from the raw target, so a %2F inside a serial stays part of it.
/// </summary>
internal sealed class Router(ApiSpecification spec)
{
    private readonly (ApiOperation Operation, string[] Segments)[] _templates =
        [.. spec.Operations.Select(operation => (operation, Split(operation.PathTemplate)))];

    /// <param name="rawPath">The request target as sent, without its query, still percent-encoded.</param>
    public Route? Find(string method, string rawPath)
    {
        var segments = Split(rawPath);
        foreach (var (operation, template) in _templates)
        {
            if (operation.Method.Method != method || template.Length != segments.Length)
            {
                continue;
            }

            var values = Match(template, segments);
            if (values is not null)
            {
                return new Route(operation, values);
            }
        }

        return null;
    }

    private static Dictionary<string, string>? Match(string[] template, string[] segments)
    {
        Dictionary<string, string>? values = null;
        for (var index = 0; index < template.Length; index++)
        {
            var part = template[index];
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                if (segments[index].Length == 0)
                {
                    return null;
                }

                values ??= new Dictionary<string, string>(StringComparer.Ordinal);
                values[part[1..^1]] = Uri.UnescapeDataString(segments[index]);
            }
            else if (!string.Equals(part, Uri.UnescapeDataString(segments[index]), StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values ?? Empty;
    }

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

    private static string[] Split(string path) => path.TrimStart('/').Split('/');
}
