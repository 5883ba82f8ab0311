namespace Lancens.Contracts.Model;

public sealed record PathParameter(string Name, string Description, int? MinLength, string? Example);
