namespace Lancens.Contracts.Model.Checking;

/// <summary>
/// Finds the operation a method and path ask for, from the model's path templates. A path parameter is one non-empty
/// segment. Segments are decoded once from the raw target, so a %2F inside a serial stays part of it. The engine routes
/// here, and the proxy finds here which operation an exchange it forwards belongs to.
/// </summary>
public sealed class Router(ApiSpecification spec)
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

    /// <summary>Whether some operation has this path, whatever the method: a known path with a method the spec does not define on it.</summary>
    public bool KnowsPath(string rawPath)
    {
        var segments = Split(rawPath);
        return _templates.Any(candidate => candidate.Segments.Length == segments.Length && Match(candidate.Segments, segments) is not null);
    }

    /// <summary>
    /// The path of a request target as sent, still percent-encoded and without its query, so each segment is decoded
    /// once. An absolute-form target (RFC 9112, 3.2.2: a server must accept it) holds the scheme and authority before it.
    /// </summary>
    public static string PathOf(string rawTarget)
    {
        var target = OriginForm(rawTarget);
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }

    private static string OriginForm(string rawTarget)
    {
        var authority = rawTarget.StartsWith('/') ? -1 : rawTarget.IndexOf("://", StringComparison.Ordinal);
        if (authority < 0)
        {
            return rawTarget;
        }

        var path = rawTarget.IndexOfAny(['/', '?'], authority + 3);
        return path < 0 ? "/" : rawTarget[path] == '/' ? rawTarget[path..] : "/" + rawTarget[path..];
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
