using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.State;

/// <summary>
/// Accounts: with configured accounts only they log in; without, any well-formed account does and keeps its first
/// password; and two accounts never see each other's state.
/// </summary>
public sealed class AccountTests
{
    private static ApiSpecification Spec => TestSpec.Spec;

    private static DocumentedError CredentialsError => Spec.OperationFor(EffectAction.Login).Error(ErrorCategory.Credentials);

    [Fact]
    public async Task Login_ConfiguredAccounts_RefusesAnUnknownAccountAndAWrongPassword()
    {
        var alice = new MockAccount(FieldValues.Username("alice"), FieldValues.Password("alice-password"));
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Accounts = [alice] });

        (await engine.Client.TryLoginAsync(FieldValues.Username("mallory"), alice.Password)).ShouldBeError(CredentialsError);
        (await engine.Client.TryLoginAsync(alice.Username, FieldValues.Password("wrong-password"))).ShouldBeError(CredentialsError);
        (await engine.Client.TryLoginAsync(alice.Username.ToUpperInvariant(), alice.Password)).ShouldBeError(CredentialsError);

        (await engine.Client.TryLoginAsync(alice.Username, alice.Password)).ShouldBeSuccess(Spec.OperationFor(EffectAction.Login));
        engine.Mock.Accounts.ShouldHaveSingleItem().Username.ShouldBe(alice.Username);
    }

    [Fact]
    public async Task Reset_ConfiguredAccounts_RemainAndLogInAgain()
    {
        var alice = new MockAccount(FieldValues.Username("alice"), FieldValues.Password("alice-password"));
        await using var engine = await Engine.StartAsync(new LancensMockOptions { Accounts = [alice] });
        var before = await engine.Client.LoginAsync(alice.Username, alice.Password);

        engine.Mock.Reset();

        engine.Mock.Accounts.ShouldHaveSingleItem().LiveSessions.ShouldBe(0);
        (await engine.Client.QueryAsync(before, Spec.Resources[0])).ShouldBeError(Spec.OperationFor(EffectAction.Query, Spec.Resources[0]).Error(ErrorCategory.InvalidToken));
        (await engine.Client.LoginAsync(alice.Username, alice.Password)).UserId.ShouldBe(before.UserId);
    }

    [Fact]
    public async Task Login_NoConfiguredAccounts_AnyAccountLogsInAndKeepsItsFirstPassword()
    {
        await using var engine = await Engine.StartAsync();
        var first = await engine.LoginAsync("carol");

        (await engine.Client.TryLoginAsync(first.Username, FieldValues.Password("another-password"))).ShouldBeError(CredentialsError);

        var again = await engine.Client.LoginAsync(first.Username, first.Password);
        again.UserId.ShouldBe(first.UserId);
        engine.Mock.Accounts.ShouldHaveSingleItem().LiveSessions.ShouldBe(2);
    }

    [Fact]
    public async Task TwoAccounts_NeverSeeEachOthersState()
    {
        await using var engine = await Engine.StartAsync();
        var alice = await engine.LoginAsync("alice");
        var bob = await engine.LoginAsync("bob");
        var resource = Spec.Resources[0];
        var key = RequestBodies.KeyName(resource);
        var noData = Spec.OperationFor(EffectAction.Query, resource).Error(ErrorCategory.NoData);
        alice.UserId.ShouldNotBe(bob.UserId);

        await engine.Client.RegisterAsync(alice, resource, "alice-token");
        (await engine.Client.QueryAsync(bob, resource)).ShouldBeError(noData);
        (await engine.Client.UpdateAsync(bob, resource, "alice-token", RequestBodies.Update(resource, "bob-token"))).ShouldBeError(Spec.OperationFor(EffectAction.Update, resource).Error(ErrorCategory.NoData));
        (await engine.Client.DeleteAsync(bob, resource, "alice-token")).ShouldBeError(Spec.OperationFor(EffectAction.DeleteOne, resource).Error(ErrorCategory.NoData));
        await engine.Client.ClearAsync(bob, resource);
        await engine.Client.RegisterAsync(bob, resource, "bob-token");
        await engine.Client.LogoutAsync(bob);
        await engine.Client.LoginAsync(bob.Username, bob.Password);

        var query = await engine.Client.QueryAsync(alice, resource);
        query.Json!.Value.GetProperty(key).GetString().ShouldBe("alice-token");
        query.Body.ShouldNotContain("bob");
        var accounts = engine.Mock.Accounts.ToDictionary(account => account.Username);
        accounts[alice.Username].Registrations[resource][key].GetString().ShouldBe("alice-token");
        accounts[bob.Username].Registrations.ShouldBeEmpty();
        accounts[alice.Username].UserId.ShouldBe(alice.UserId);
        accounts[bob.Username].UserId.ShouldBe(bob.UserId);
    }
}
