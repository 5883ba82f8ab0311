namespace Lancens.Contracts.Benchmarks.Load;

/// <summary>One answer the generator received: status, Content-Type as sent, and the body.</summary>
internal sealed record Exchange(int Status, string? ContentType, string Body);
