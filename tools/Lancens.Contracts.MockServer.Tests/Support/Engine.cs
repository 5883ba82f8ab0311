namespace Lancens.Contracts.MockServer.Tests.Support;

/// <summary>An engine of the test's own and a client for it: <c>await using var engine = await Engine.StartAsync();</c>.</summary>
internal sealed class Engine : IAsyncDisposable
{
    private Engine(LancensMock mock)
    {
        Mock = mock;
        Client = new ApiClient(mock);
    }

    public LancensMock Mock { get; }

    public ApiClient Client { get; }

    public static async Task<Engine> StartAsync(LancensMockOptions? options = null) => new(await TestSpec.StartAsync(options));

    /// <summary>Logs a new account in: a username and password that keep the login body's rules, made from the stem.</summary>
    public Task<Session> LoginAsync(string stem) => Client.LoginAsync(FieldValues.Username(stem), FieldValues.Password($"{stem}-password"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Mock.DisposeAsync();
    }
}
