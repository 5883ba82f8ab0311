using System.Text.Json.Nodes;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.Scenarios.Building;

/// <summary>
/// Every request change that triggers a natural error, derived from its category and its field's rules:
/// values just outside a length rule or an enum, other JSON types, absent fields, broken bodies, no token.
/// </summary>
internal sealed class Violations(ApiSpecification spec, RequestField[] fields, TestValues values)
{
    private readonly string _tokenHeader = spec.TokenHeader;

    public IEnumerable<Violation> For(DocumentedError error) => error.Category switch
    {
        ErrorCategory.NoToken => NoToken(error),
        ErrorCategory.InvalidToken => [MadeUpToken(error)],
        ErrorCategory.Credentials => [WrongPassword(error), MadeUpAccount(error)],
        ErrorCategory.Internal => BrokenBody(error),
        ErrorCategory.MissingParam => [Violation.OfField(error, $"{Pascal(error.Field)}Absent", $"{error.Field} absent", body => body.Remove(error.Field!))],
        ErrorCategory.Format => WrongTypes(error, Field(error)),
        ErrorCategory.Length => OutsideLength(error, Field(error)),
        ErrorCategory.Validation => OutsideValues(error, Field(error)),
        _ => throw new InvalidOperationException($"{error} is natural but its category has no request that causes it"),
    };

    public static string Pascal(string? name) =>
        string.Concat((name ?? "Body").Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private IEnumerable<Violation> NoToken(DocumentedError error) =>
    [
        new(error, "TokenHeaderAbsent", $"no {_tokenHeader} header", request => request.WithoutHeader(_tokenHeader)),
        new(error, "TokenHeaderEmpty", $"an empty {_tokenHeader} header", request => request.WithHeader(_tokenHeader, string.Empty)),
    ];

    // A token like login's, that no login issued: in the header, or in the body field that carries it (logout).
    private Violation MadeUpToken(DocumentedError error)
    {
        var token = values.Like(spec.LoginAnswer.ExampleToken);
        return error.In == ParameterLocation.Header
            ? new(error, "TokenMadeUp", $"a made-up {_tokenHeader} header", request => request.WithHeader(_tokenHeader, token), TargetNeeds.IssuedTokens)
            : Violation.OfField(error, $"{Pascal(error.Field)}MadeUp", $"a made-up {error.Field}", body => body[error.Field!] = token, TargetNeeds.IssuedTokens);
    }

    // An account no one registered: made-up values for every account field, never the real account's name with a wrong password.
    private Violation MadeUpAccount(DocumentedError error) => Violation.OfField(
        error,
        "AccountMadeUp",
        "a made-up account",
        body =>
        {
            foreach (var field in fields.Where(field => field.Session is SessionPart.Username or SessionPart.Password))
            {
                body[field.Name] = (string)values.Fresh(field);
            }
        },
        TargetNeeds.KnownAccounts);

    // The spec's example account with another password: an account that logged in before on a mock that creates
    // accounts at their first login. Only for mocks: on a real host that name could be someone's account.
    private Violation WrongPassword(DocumentedError error)
    {
        var password = fields.Single(field => field.Session == SessionPart.Password);
        return Violation.OfField(error, "PasswordWrong", $"the example account with a wrong {password.Name}", body => body[password.Name] = (string)values.Fresh(password), TargetNeeds.KnownAccounts | TargetNeeds.MadeUpAccounts);
    }

    private static IEnumerable<Violation> BrokenBody(DocumentedError error) =>
    [
        new(error, "BodyTruncated", "truncated JSON", request => request with { Body = request.Body![..(request.Body!.Length / 2)] }),
        new(error, "BodyEmpty", "an empty body", request => request with { Body = string.Empty }),
        new(error, "BodyIsArray", "a JSON array for a body", request => request with { Body = $"[{request.Body}]" }),
    ];

    private static IEnumerable<Violation> WrongTypes(DocumentedError error, RequestField field)
    {
        var name = Pascal(field.Name);
        return field.Type == FieldType.String
            ?
            [
                Violation.OfField(error, $"{name}IsNumber", $"{field.Name} a number", body => body[field.Name] = 12345),
                Violation.OfField(error, $"{name}IsNull", $"{field.Name} null", body => body[field.Name] = null),
            ]
            :
            [
                Violation.OfField(error, $"{name}IsString", $"{field.Name} a string", body => body[field.Name] = "1"),
                Violation.OfField(error, $"{name}IsFraction", $"{field.Name} a fraction", body => body[field.Name] = 1.5),
            ];
    }

    private IEnumerable<Violation> OutsideLength(DocumentedError error, RequestField field)
    {
        if (field.MinLength is > 0 and var min)
        {
            var text = values.Text(field, min - 1);
            yield return Violation.OfField(error, $"{Pascal(field.Name)}Of{min - 1}Characters", $"{field.Name} of {ScenarioFactory.Characters(min - 1)}", body => body[field.Name] = text);
        }

        if (field.MaxLength is { } max)
        {
            var text = values.Text(field, max + 1);
            yield return Violation.OfField(error, $"{Pascal(field.Name)}Of{max + 1}Characters", $"{field.Name} of {ScenarioFactory.Characters(max + 1)}", body => body[field.Name] = text);
        }
    }

    private static IEnumerable<Violation> OutsideValues(DocumentedError error, RequestField field)
    {
        foreach (var value in new[] { field.AllowedValues.Max() + 1, field.AllowedValues.Min() - 1 })
        {
            yield return Violation.OfField(error, $"{Pascal(field.Name)}Is{value}".Replace("-", "Minus", StringComparison.Ordinal), $"{field.Name} {value}", body => body[field.Name] = JsonValue.Create(value));
        }
    }

    private RequestField Field(DocumentedError error) =>
        fields.SingleOrDefault(field => field.Name == error.Field) ?? throw new InvalidOperationException($"{error} names no body field");
}
