using System.Net.Sockets;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Hosting;

/// <summary>
/// Start-up: a spec the engine cannot serve fails <c>StartAsync</c> with a message naming the operation and what it
/// lacks; bad options are refused; a started engine hands back its root and base URLs and stops listening when disposed.
/// </summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lancens-startup-").FullName;

    private static ApiSpecification Spec => TestSpec.Spec;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string, string, string> Unservable => new()
    {
        {
            "invalid token only forced",
            "        invalid_token: {category: invalid-token, trigger: natural, in: header, field: token}\n",
            "        invalid_token: {category: invalid-token, trigger: forced, condition: the token is not a live login token}\n",
            SpecWords.Of(ErrorCategory.InvalidToken)
        },
        {
            "query without no data",
            "        '404':\n          $ref: '#/components/responses/NothingRegistered'\n        '500':\n          $ref: '#/components/responses/DatabaseError'\n    delete:\n      operationId: clearRingPushTokens\n",
            "        '500':\n          $ref: '#/components/responses/DatabaseError'\n    delete:\n      operationId: clearRingPushTokens\n",
            SpecWords.Of(ErrorCategory.NoData)
        },
    };

    [Theory]
    [MemberData(nameof(Unservable))]
    public async Task StartAsync_SpecTheEngineCannotServe_FailsNamingTheOperationAndWhatItLacks(string name, string find, string replace, string lacks)
    {
        var spec = ApiSpecification.Load(RepositorySpec.EditedCopy(_directory, (find, replace)));
        var unservable = spec.Operations.First(operation => !Spec.Operation(operation.Id).Errors.SequenceEqual(operation.Errors, ErrorsByKey.Instance));

        var failure = await Should.ThrowAsync<Exception>(() => TestSpec.StartAsync(new LancensMockOptions { Spec = spec }));

        failure.Message.ShouldContain(unservable.Id, customMessage: name);
        failure.Message.ShouldContain(lacks, customMessage: name);
    }

    [Fact]
    public async Task StartAsync_BodyOperationWithoutTheInternalError_FailsNamingIt()
    {
        var path = RepositorySpec.EditedCopy(
            _directory,
            ("            paramer_error: {category: internal, trigger: natural, in: body}\n            undefined_username: {category: missing-param, trigger: natural, in: body, field: username}\n            undefined_password:",
             "            undefined_username: {category: missing-param, trigger: natural, in: body, field: username}\n            undefined_password:"),
            ("                paramer_error:\n                  $ref: '#/components/examples/paramer_error'\n                undefined_username:\n                  $ref: '#/components/examples/undefined_username'\n                undefined_password:",
             "                undefined_username:\n                  $ref: '#/components/examples/undefined_username'\n                undefined_password:"));
        var spec = ApiSpecification.Load(path);
        var login = spec.OperationFor(EffectAction.Login);
        login.NaturalErrors.ShouldNotContain(error => error.Category == ErrorCategory.Internal);

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => TestSpec.StartAsync(new LancensMockOptions { Spec = spec }));

        failure.Message.ShouldContain(login.Id);
        failure.Message.ShouldContain(SpecWords.Of(ErrorCategory.Internal));
    }

    [Fact]
    public async Task StartAsync_Defaults_HandBackTheRootAndTheBaseUrlOfAFreeLoopbackPort()
    {
        await using var first = await TestSpec.StartAsync();
        await using var second = await TestSpec.StartAsync();

        foreach (var mock in new[] { first, second })
        {
            (mock.RootUrl.Scheme, mock.RootUrl.Host, mock.RootUrl.AbsolutePath).ShouldBe((Uri.UriSchemeHttp, "127.0.0.1", "/"));
            mock.RootUrl.Port.ShouldBeGreaterThan(0);
            mock.BaseUrl.ShouldBe(new Uri(mock.RootUrl, Spec.BasePath));
            mock.BaseUrl.AbsolutePath.ShouldBe(Spec.BasePath);
            mock.Spec.ShouldBeSameAs(Spec);
            Spec.Operations.ShouldAllBe(operation => ApiClient.Url(mock.RootUrl, operation, "s").AbsoluteUri.StartsWith(mock.BaseUrl.AbsoluteUri + "/", StringComparison.Ordinal));
        }

        first.RootUrl.Port.ShouldNotBe(second.RootUrl.Port);
        using var client = new ApiClient(first);
        (await client.LoginAsync(FieldValues.Username("alice"), FieldValues.Password("alice"))).Token.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task DisposeAsync_Started_StopsListening()
    {
        var mock = await TestSpec.StartAsync();
        var root = mock.RootUrl;

        await mock.DisposeAsync();

        using var socket = new TcpClient();
        await Should.ThrowAsync<SocketException>(() => socket.ConnectAsync(root.Host, root.Port, TestContext.Current.CancellationToken).AsTask());
    }

    [Fact]
    public async Task DisposeAsync_CalledAgainAndConcurrently_NeverThrowsAndStaysStopped()
    {
        var mock = await TestSpec.StartAsync();
        var root = mock.RootUrl;

        await Task.WhenAll(mock.DisposeAsync().AsTask(), mock.DisposeAsync().AsTask());
        await mock.DisposeAsync();

        using var socket = new TcpClient();
        await Should.ThrowAsync<SocketException>(() => socket.ConnectAsync(root.Host, root.Port, TestContext.Current.CancellationToken).AsTask());
    }

    public static TheoryData<string, LancensMockOptions> BadOptions => new()
    {
        { "bind to a name", new LancensMockOptions { Spec = Spec, BindAddress = "localhost" } },
        { "negative port", new LancensMockOptions { Spec = Spec, Port = -1 } },
        { "negative journal", new LancensMockOptions { Spec = Spec, JournalEntries = -1 } },
        { "empty admin key", new LancensMockOptions { Spec = Spec, AdminKey = string.Empty } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task StartAsync_BadOptions_AreRefused(string name, LancensMockOptions options) =>
        (await Should.ThrowAsync<ArgumentException>(() => LancensMock.StartAsync(options, TestContext.Current.CancellationToken))).Message.ShouldNotBeNullOrWhiteSpace(name);

    [Fact]
    public void ToString_OptionsAndAccounts_NeverPrintASecret()
    {
        var account = new MockAccount("alice-user", "alice-secret-password");
        var options = new LancensMockOptions { AdminKey = "the-secret-admin-key", Accounts = [account] };

        options.ToString().ShouldNotContain("the-secret-admin-key");
        account.ToString().ShouldNotContain(account.Password);
        MockAccount.Parse("alice-user:pass:word").ShouldBe(new MockAccount("alice-user", "pass:word"));
    }

    private sealed class ErrorsByKey : IEqualityComparer<DocumentedError>
    {
        public static ErrorsByKey Instance { get; } = new();

        public bool Equals(DocumentedError? x, DocumentedError? y) =>
            (x?.Status, x?.ExampleName, x?.Trigger) == (y?.Status, y?.ExampleName, y?.Trigger);

        public int GetHashCode(DocumentedError obj) => HashCode.Combine(obj.Status, obj.ExampleName, obj.Trigger);
    }
}
