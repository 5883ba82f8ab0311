using System.Text;
using Lancens.Contracts.Model.Loading;

namespace Lancens.Contracts.Model;

/// <summary>The spec's kebab-case spelling of the model's enums (<c>missing-param</c>, <c>delete-one</c>).</summary>
public static class SpecWords
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        foreach (var character in name)
        {
            if (char.IsUpper(character) && kebab.Length > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(character));
        }

        return kebab.ToString();
    }

    internal static TEnum Parse<TEnum>(string text, string where)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Of(value) == text)
            {
                return value;
            }
        }

        throw new SpecificationProblem(
            $"{where}: '{text}' is not one of {string.Join(", ", Enum.GetValues<TEnum>().Select(Of))}");
    }
}
