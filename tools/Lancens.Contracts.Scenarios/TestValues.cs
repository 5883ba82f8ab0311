using Bogus;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios;

/// <summary>
/// Test data from Bogus with a fixed seed: realistic values for the fields the spec names, strings of
/// an exact length in Unicode characters (code points, the spec's length unit), and values of the wrong type.
/// </summary>
public sealed class TestValues(int seed)
{
    // Each entry is one code point: CJK, accented Latin and emoji outside the BMP, which UTF-16 counts twice.
    private static readonly string[] UnicodeAlphabet = ["推", "送", "令", "牌", "門", "鈴", "é", "ü", "ß", "😀", "🔔", "𝄞"];
    private static readonly string[] Languages = ["en", "zh-CN", "zh-Hant-TW", "de-DE", "ja-JP", "es-419", "fr", "pt-BR"];
    private static readonly string[] PhoneMakers = ["Xiaomi", "Huawei", "OPPO", "vivo", "Honor"];
    private static readonly string[] PushPlatforms = ["XIAOMI", "HUAWEI", "FCM", "OPPO"];
    private static readonly string[] PhoneModels = ["xiaomi6", "Mi 10", "P40 Pro", "iPhone12,1", "Reno5"];

    private readonly Faker _faker = new() { Random = new Randomizer(seed) };

    public int Seed { get; } = seed;

    /// <summary>A valid value for the field, within its length rule.</summary>
    public object Valid(RequestField field) => field.Type == FieldType.Integer ? ValidInteger(field) : ValidText(field);

    /// <summary>A string of exactly <paramref name="length"/> characters, in the field's usual alphabet or in Unicode.</summary>
    public string Text(RequestField field, int length, bool unicode = false)
    {
        if (unicode)
        {
            return string.Concat(Enumerable.Range(0, length).Select(_ => _faker.PickRandom(UnicodeAlphabet)));
        }

        return field.Name switch
        {
            "push_token" or "token" or "os_token" => _faker.Random.Hexadecimal(length, prefix: string.Empty).ToLowerInvariant(),
            "language" => _faker.Random.String2(length, "abcdefghijklmnopqrstuvwxyz"),
            "password" => _faker.Random.String2(length, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%+-_"),
            _ => _faker.Random.String2(length, "abcdefghijklmnopqrstuvwxyz0123456789"),
        };
    }

    public string PushToken(int length = 64) => _faker.Random.Hexadecimal(length, prefix: string.Empty).ToLowerInvariant();

    public string Token() => _faker.Random.Hexadecimal(32, prefix: string.Empty).ToLowerInvariant();

    /// <summary>A user name of 6 to 32 letters, digits and underscores.</summary>
    public string Username()
    {
        var name = new string([.. _faker.Internet.UserName().Where(character => char.IsAsciiLetterOrDigit(character) || character == '_')]);
        name += _faker.Random.ReplaceNumbers("######");
        return name[..Math.Min(name.Length, 32)];
    }

    /// <summary>Length as the spec counts it: Unicode code points.</summary>
    public static int LengthOf(string value) => value.EnumerateRunes().Count();

    private string ValidText(RequestField field)
    {
        var length = Math.Clamp(12, field.MinLength ?? 0, field.MaxLength ?? int.MaxValue);
        var picked = field.Name switch
        {
            "push_token" => PushToken(Math.Min(64, field.MaxLength ?? 64)),
            "language" => _faker.PickRandom(Languages.Where(language => Fits(field, language))),
            "os" => _faker.PickRandom(PhoneMakers),
            "push_platform" => _faker.PickRandom(PushPlatforms),
            "phone_model" => _faker.PickRandom(PhoneModels),
            "bundleid" => $"com.{_faker.Internet.DomainWord()}.{_faker.Hacker.Noun().Replace(" ", string.Empty, StringComparison.Ordinal)}".ToLowerInvariant(),
            "username" => Username(),
            "token" => Token(),
            _ => Text(field, length),
        };
        return Fits(field, picked) ? picked : Text(field, length);
    }

    private long ValidInteger(RequestField field) =>
        field.AllowedValues.Count > 0 ? _faker.PickRandom(field.AllowedValues.ToArray()) : _faker.Random.Long(1, 9_999_999);

    private static bool Fits(RequestField field, string value)
    {
        var length = LengthOf(value);
        return length >= (field.MinLength ?? 0) && length <= (field.MaxLength ?? int.MaxValue);
    }
}
