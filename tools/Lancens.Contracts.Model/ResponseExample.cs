namespace Lancens.Contracts.Model;

/// <param name="Json">The example body as compact JSON.</param>
/// <param name="Message">The body's <c>message</c>, when it has one.</param>
/// <param name="Error">The documented error this example stands for; null on a success response.</param>
public sealed record ResponseExample(string Name, string Summary, string Json, string? Message, DocumentedError? Error);
