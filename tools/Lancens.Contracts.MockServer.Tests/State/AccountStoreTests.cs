using System.Collections.Concurrent;
using System.Text.Json;
using Lancens.Contracts.MockServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Lancens.Contracts.MockServer.Tests.State;

/// <summary>
/// The store through its own verbs: an account the bounds forgot stays forgotten even when a request of it was under
/// way, so its username opens a new account; user ids count up by one per account however many first logins race;
/// and a decorator's own account still keeps what it registers.
/// </summary>
public sealed class AccountStoreTests
{
    private const string Ring = "ring";

    private static readonly Registration Registered = new("push-token", new Dictionary<string, JsonElement>(StringComparer.Ordinal));

    private readonly List<string> _notes = [];

    [Fact]
    public void Login_OfAnAccountForgottenAfterItsPasswordCheck_StartsNoSessionAndLeavesItsUsernameFree()
    {
        var store = Store(maxAccounts: 1);
        var alice = store.Authenticate("alice", "alice-password").ShouldNotBeNull();
        store.Authenticate("bob", "bob-password").ShouldNotBeNull();
        _notes.ShouldContain(note => note.Contains("alice", StringComparison.Ordinal), "the bound of one account forgot alice to make room for bob");

        store.Login(alice, "alice-token", expiresAt: null);

        store.Session("alice-token").ShouldBeNull();
        store.Snapshot(0, 10).Accounts.Select(account => account.Username).ShouldBe(["bob"]);
        store.Authenticate("alice", "alice-password").ShouldNotBeNull().UserId.ShouldNotBe(alice.UserId);
    }

    [Fact]
    public void Register_OfAForgottenAccount_KeepsNothingAndBringsNothingBack()
    {
        var store = Store(maxAccounts: 1);
        var alice = store.Authenticate("alice", "alice-password").ShouldNotBeNull();
        store.Authenticate("bob", "bob-password").ShouldNotBeNull();

        store.Register(alice, Ring, Registered);

        store.Query(alice, Ring).ShouldBeNull();
        store.Snapshot(0, 10).Accounts.Select(account => account.Username).ShouldBe(["bob"]);
        store.Authenticate("alice", "alice-password").ShouldNotBeNull();
    }

    [Fact]
    public void Authenticate_ManyConcurrentFirstLogins_OneAccountPerUsernameAndUserIdsCountUpByOne()
    {
        const int Usernames = 200;
        var store = Store();
        var ids = new ConcurrentBag<(string Username, long UserId)>();

        Parallel.For(0, Usernames * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, attempt =>
        {
            var username = $"user-{attempt % Usernames}";
            var account = store.Authenticate(username, "password").ShouldNotBeNull();
            ids.Add((username, account.UserId));
        });

        ids.GroupBy(pair => pair.Username).ShouldAllBe(group => group.Select(pair => pair.UserId).Distinct().Count() == 1);
        ids.Select(pair => pair.UserId).Distinct().Order().ShouldBe(Enumerable.Range(1, Usernames).Select(id => (long)id));
        store.Authenticate("one-more", "password").ShouldNotBeNull().UserId.ShouldBe(Usernames + 1);
    }

    [Fact]
    public void Register_OfAnAccountTheStoreNeverIssued_KeepsItForThatAccountButNoLoginOpensIt()
    {
        var store = Store();
        var shared = new StoredAccount("shared-by-a-decorator", 0);

        store.Register(shared, Ring, Registered);

        store.Query(new StoredAccount(shared.Username, shared.UserId), Ring).ShouldBe(Registered);
        store.Authenticate(shared.Username, "any-password").ShouldBeNull();
    }

    private AccountStore Store(int maxAccounts = StoreBounds.DefaultMaxAccounts) =>
        new([], firstUserId: 1, new StoreBounds(MaxAccounts: maxAccounts), new FakeTimeProvider(), _notes.Add);
}
