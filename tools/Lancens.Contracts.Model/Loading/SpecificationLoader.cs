using NSwag;
using YamlDotNet.Core;

namespace Lancens.Contracts.Model.Loading;

/// <summary>Reads the spec file: YAML to JSON, JSON to NSwag's document, the document to our model.</summary>
internal static class SpecificationLoader
{
    public static ApiSpecification Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new SpecificationException($"{fullPath}: the spec file does not exist.");
        }

        string yaml;
        try
        {
            yaml = File.ReadAllText(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SpecificationException($"{fullPath}: {exception.Message}", exception);
        }

        return Read(yaml, fullPath);
    }

    /// <summary>Reads a spec's text; <paramref name="source"/> names it in the model and in every problem.</summary>
    public static ApiSpecification Read(string yaml, string source)
    {
        try
        {
            var json = YamlJson.Convert(yaml);
            var document = OpenApiDocument.FromJsonAsync(json, source).GetAwaiter().GetResult();
            return DocumentReader.Read(document, source);
        }
        catch (YamlException exception)
        {
            throw new SpecificationException(
                $"{source}({exception.Start.Line},{exception.Start.Column}): not valid YAML: {Innermost(exception).Message}",
                exception);
        }
        catch (SpecificationProblem problem)
        {
            throw new SpecificationException($"{source}: {problem.Message}", problem);
        }
        catch (Exception exception) when (exception is InvalidOperationException or Newtonsoft.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            throw new SpecificationException($"{source}: {Innermost(exception).Message}", exception);
        }
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is null ? exception : Innermost(exception.InnerException);
}
