using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Tests.Bounds;

/// <summary>
/// However long the mock runs, what it remembers stays bounded: accounts (least recently used first, those without a
/// live session before any with one), sessions per account (oldest first), armed answers, and the accounts one page lists.
/// </summary>
public sealed class BoundsTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    [Fact]
    public async Task Accounts_PastTheBound_TheLeastRecentlyUsedWithoutALiveSessionAreForgottenAndTheJournalSaysSo()
    {
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Bounds = new StoreBounds(MaxAccounts: 5) });
        var kept = await engine.LoginAsync("kept");
        var logout = await engine.Client.LogoutAsync(kept);
        logout.Status.ShouldBe(Spec.OperationFor(EffectAction.Logout).Success.Status);
        var sessions = new List<Session>();
        foreach (var stem in new[] { "first", "second", "third", "fourth" })
        {
            sessions.Add(await engine.LoginAsync(stem));
        }

        // Used just now, so not the least recently used, though it has no live session.
        (await engine.Client.TryLoginAsync(kept.Username, kept.Password)).Status.ShouldBe(Spec.OperationFor(EffectAction.Login).Success.Status);
        var newest = await engine.LoginAsync("fifth");

        engine.Mock.Accounts.Count.ShouldBeLessThanOrEqualTo(5);
        engine.Mock.Accounts.Select(account => account.Username).ShouldContain(kept.Username);
        engine.Mock.Accounts.Select(account => account.Username).ShouldContain(newest.Username);
        engine.Mock.Journal.ShouldContain(entry => entry.DecidedBy == "bound" && entry.Answered.Contains("at most 5 accounts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sessions_PastTheBoundOfOneAccount_TheOldestEndAndTheNewestWork()
    {
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Bounds = new StoreBounds(MaxSessionsPerAccount: 3) });
        var first = await engine.LoginAsync("alice");
        var sessions = new List<Session> { first };
        for (var login = 0; login < 4; login++)
        {
            sessions.Add(await engine.Client.LoginAsync(first.Username, first.Password));
        }

        var resource = Spec.Resources[0];
        var query = Spec.OperationFor(EffectAction.Query, resource);
        foreach (var ended in sessions.Take(2))
        {
            (await engine.Client.QueryAsync(ended, resource)).ShouldBeError(query.Error(ErrorCategory.InvalidToken));
        }

        foreach (var live in sessions.Skip(2))
        {
            (await engine.Client.QueryAsync(live, resource)).ShouldBeError(query.Error(ErrorCategory.NoData));
        }

        engine.Mock.Accounts.ShouldHaveSingleItem().LiveSessions.ShouldBe(3);
        engine.Mock.Journal.ShouldContain(entry => entry.Answered.Contains("at most 3 live sessions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Arm_PastTheMostArmed_Answers400JsonAndArmsNothingMore()
    {
        await using var engine = await Engine.StartAsync();
        var forced = Spec.ErrorCatalog.First(error => error.Trigger == ErrorTrigger.Forced);
        for (var index = 0; index < ArmedAnswers.MaxArmed; index++)
        {
            engine.Mock.Arm(new ArmRequest(Error: forced.Message, Operation: forced.OperationId, Username: $"user{index}"));
        }

        var refused = await engine.Client.AdminAsync(HttpMethod.Post, AdminRoutes.Arm.Name, AdminClient.ToJson(new ArmRequest(Error: forced.Message)));

        (refused.Status, refused.MediaType).ShouldBe((400, MediaTypes.Json), refused.ToString());
        refused.Message.ShouldNotBeNull().ShouldContain($"{ArmedAnswers.MaxArmed}");
        engine.Mock.Armed.Count.ShouldBe(ArmedAnswers.MaxArmed);
    }

    [Fact]
    public async Task Arm_ManyForOtherAccounts_TheRequestsAccountStillGetsOnlyItsOwnAndTheAnyAccountOnes()
    {
        await using var engine = await Engine.StartAsync();
        var forced = Spec.ErrorCatalog.First(error => error.Trigger == ErrorTrigger.Forced && error.OperationId == Spec.OperationFor(EffectAction.Query, Spec.Resources[0]).Id);
        var alice = await engine.LoginAsync("alice");
        for (var index = 0; index < 500; index++)
        {
            engine.Mock.Arm(new ArmRequest(Error: forced.Message, Operation: forced.OperationId, Username: $"someone{index}"));
        }

        engine.Mock.Arm(new ArmRequest(Error: forced.Message, Operation: forced.OperationId, Username: alice.Username, Times: 2));

        var resource = Spec.Resources[0];
        (await engine.Client.QueryAsync(alice, resource)).ShouldBeError(forced);
        (await engine.Client.QueryAsync(alice, resource)).ShouldBeError(forced);
        (await engine.Client.QueryAsync(alice, resource)).ShouldBeError(Spec.OperationFor(EffectAction.Query, resource).Error(ErrorCategory.NoData));
        engine.Mock.Armed.Count.ShouldBe(500);
    }

    [Fact]
    public async Task AccountsEndpoint_Paged_ListsOnePageAndTheTotal()
    {
        await using var engine = await Engine.StartAsync();
        foreach (var stem in new[] { "ann", "ben", "cat", "dan", "eve" })
        {
            await engine.LoginAsync(stem);
        }

        var page = await engine.Client.AdminAsync(HttpMethod.Get, $"{AdminRoutes.Accounts.Name}?offset=1&limit=2");

        page.Read<int>("total").ShouldBe(5);
        page.Read<List<AccountSnapshot>>("accounts").Select(account => account.UserId).ShouldBe(engine.Mock.Accounts.Skip(1).Take(2).Select(account => account.UserId));
        (await engine.Client.AdminAsync(HttpMethod.Get, $"{AdminRoutes.Accounts.Name}?limit=100000")).Status.ShouldBe(400);
        (await engine.Client.AdminAsync(HttpMethod.Get, $"{AdminRoutes.Accounts.Name}?offset=-1")).Status.ShouldBe(400);
    }
}
