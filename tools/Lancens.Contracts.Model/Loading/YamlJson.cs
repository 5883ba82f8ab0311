using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lancens.Contracts.Model.Loading;

/// <summary>
/// Turns YAML into JSON with the YAML 1.2 core schema: a plain <c>12345</c> becomes a JSON number and a
/// quoted <c>'12345'</c> stays a string. NSwag.Core.Yaml 13.16.1 turns every scalar into a string
/// (measured: an example <c>{id: 12345}</c> comes back as <c>{"id": "12345"}</c>), which breaks integer
/// examples and the mock bodies made from them; that is why the loader does not use it.
/// </summary>
internal static partial class YamlJson
{
    public static string Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1)
        {
            throw new YamlException($"expected one YAML document, found {stream.Documents.Count}");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, stream.Documents[0].RootNode);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                WriteMapping(writer, mapping);
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new YamlException(node.Start, node.End, $"unsupported YAML node {node.NodeType}");
        }
    }

    private static void WriteMapping(Utf8JsonWriter writer, YamlMappingNode mapping)
    {
        writer.WriteStartObject();
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw new YamlException(keyNode.Start, keyNode.End, "a mapping key must be a plain value");
            }

            writer.WritePropertyName(key);
            Write(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var isPlain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
        if (!isPlain)
        {
            writer.WriteStringValue(text);
        }
        else if (NullPattern().IsMatch(text))
        {
            writer.WriteNullValue();
        }
        else if (BooleanPattern().IsMatch(text))
        {
            writer.WriteBooleanValue(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }
        else if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            writer.WriteNumberValue(integer);
        }
        else if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    [GeneratedRegex("^(|~|null|Null|NULL)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BooleanPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
