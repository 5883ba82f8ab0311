using System.Text.Json;

namespace Lancens.Contracts.Model;

/// <summary>
/// What public clients of the real host send that the documents do not show (<c>x-lancens-real-client</c>, the
/// assumption client-leniency): the host accepts it, so the spec and every mock must too.
/// </summary>
/// <param name="TokenHeader">How clients spell the token header, e.g. <c>Token</c>.</param>
/// <param name="ContentType">The Content-Type they send with a JSON body.</param>
/// <param name="ExtraFields">Body fields the spec does not list, with the values clients send.</param>
/// <param name="EmptyOptionalStrings">Whether they send optional strings they have no value for as "".</param>
public sealed record RealClient(string TokenHeader, string ContentType, IReadOnlyDictionary<string, JsonElement> ExtraFields, bool EmptyOptionalStrings);
