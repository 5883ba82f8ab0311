namespace Lancens.Contracts.Model;

/// <summary>The answer to a method or path the spec does not define (<c>x-lancens-unknown-route</c>).</summary>
public sealed record UnknownRoute(int Status, string Message, string Description);
