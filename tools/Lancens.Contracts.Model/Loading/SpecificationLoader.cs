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

        try
        {
            var json = YamlJson.Convert(File.ReadAllText(fullPath));
            var document = OpenApiDocument.FromJsonAsync(json, fullPath).GetAwaiter().GetResult();
            return DocumentReader.Read(document, fullPath);
        }
        catch (YamlException exception)
        {
            throw new SpecificationException(
                $"{fullPath}({exception.Start.Line},{exception.Start.Column}): not valid YAML: {Innermost(exception).Message}",
                exception);
        }
        catch (SpecificationProblem problem)
        {
            throw new SpecificationException($"{fullPath}: {problem.Message}", problem);
        }
        catch (Exception exception) when (exception is InvalidOperationException or Newtonsoft.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            throw new SpecificationException($"{fullPath}: {Innermost(exception).Message}", exception);
        }
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is null ? exception : Innermost(exception.InnerException);
}
