using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>The repository's spec, and engines started on it: always loopback, always a free port.</summary>
internal static class TestSpec
{
    public static ApiSpecification Spec => RepositorySpec.Specification;

    /// <summary>Starts an engine on the repository's spec; the options' spec, address and port are always these.</summary>
    public static Task<LancensMock> StartAsync(LancensMockOptions? options = null) =>
        LancensMock.StartAsync(
            (options ?? new LancensMockOptions()) with { Spec = (options?.Spec) ?? Spec, BindAddress = "127.0.0.1", Port = 0 },
            TestContext.Current.CancellationToken);
}
