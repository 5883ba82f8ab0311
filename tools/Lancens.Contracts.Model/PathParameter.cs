namespace Lancens.Contracts.Model;

/// <param name="RegistrationKey">
/// The registration's body field whose value this parameter names (<c>x-lancens-registration-key</c>), e.g. the
/// serial is the registered push_token; null when it names none.
/// </param>
public sealed record PathParameter(string Name, string Description, int? MinLength, string? Example, string? RegistrationKey);
