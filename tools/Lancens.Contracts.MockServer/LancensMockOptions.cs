using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Tls;

namespace Lancens.Contracts.MockServer;

/// <summary>How to start the engine; every default is what <c>lancens serve</c> uses, except the port (0: a free one).</summary>
public sealed record LancensMockOptions
{
    /// <summary>The spec to serve; the one this build carries (<see cref="ApiSpecification.Bundled"/>) when null.</summary>
    public ApiSpecification? Spec { get; init; }

    public string BindAddress { get; init; } = MockDefaults.BindAddress;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>When set, serve HTTPS only, with the server certificate of this throwaway CA.</summary>
    public ThrowawayTls? Https { get; init; }

    /// <summary>The accounts that may log in; when empty, any well-formed account logs in and is created at its first login.</summary>
    public IReadOnlyList<MockAccount> Accounts { get; init; } = [];

    /// <summary>When set, the admin endpoints answer anyone who sends it, and no one else; when null, loopback clients only.</summary>
    public string? AdminKey { get; init; }

    /// <summary>How many requests the journal keeps.</summary>
    public int JournalEntries { get; init; } = MockDefaults.JournalEntries;

    /// <summary>The clock of expiries and delays; tests pass their own. <see cref="LancensMock.AdvanceClock"/> moves the engine's ahead of it.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How much the engine remembers at most: accounts, and live sessions per account.</summary>
    public StoreBounds Bounds { get; init; } = new();

    /// <summary>
    /// Wraps what the engine remembers (its accounts, sessions and registrations), e.g. with a recorder or a test
    /// double; the engine then reaches its memory only through what this returns. Null: the engine's own memory.
    /// </summary>
    public Func<IAccountStore, IAccountStore>? DecorateStore { get; init; }

    public override string ToString() =>
        $"LancensMockOptions {{ BindAddress = {BindAddress}, Port = {Port}, Https = {Https is not null}, Accounts = {Accounts.Count}, AdminKey = {(AdminKey is null ? "none" : "***")} }}";
}
