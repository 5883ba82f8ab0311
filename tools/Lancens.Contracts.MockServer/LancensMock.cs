using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Lancens.Contracts.Hosting;
using Lancens.Contracts.MockServer.Admin;
using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.Hosting;
using Lancens.Contracts.MockServer.Pipeline;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Lancens.Contracts.MockServer;

/// <summary>
/// The stateful mock of the Lancens user API, in process: <c>await using var mock = await LancensMock.StartAsync();</c>,
/// then send requests to <see cref="BaseUrl"/>. It remembers, per account, the logins and registrations of its clients.
/// </summary>
public sealed class LancensMock : IAsyncDisposable
{
    // How long a stop waits for requests in flight, on the engine's clock: delays are cut short at once, so this is only for the rest.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;
    private readonly Parts _parts;

    // The one stop: every call to DisposeAsync, however many and from wherever, waits for it.
    private readonly Lazy<Task> _stop;

    private LancensMock(WebApplication app, ApiSpecification spec, Uri rootUrl, TimeSpan timeToReady, Parts parts)
    {
        _app = app;
        Spec = spec;
        RootUrl = rootUrl;
        TimeToReady = timeToReady;
        _parts = parts;
        _stop = new Lazy<Task>(StopAsync);
    }

    public ApiSpecification Spec { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>; the admin endpoints and the console live under <c>/__lancens/</c>.</summary>
    public Uri RootUrl { get; }

    /// <summary>The API's base URL, base path included, e.g. <c>http://127.0.0.1:54321/v1/api</c>.</summary>
    public Uri BaseUrl => new(RootUrl, Spec.BasePath);

    /// <summary>From the call to <see cref="StartAsync"/> until the server listened.</summary>
    public TimeSpan TimeToReady { get; }

    /// <summary>The engine's clock: the one it was started with, plus what <see cref="AdvanceClock"/> added.</summary>
    public TimeProvider Clock => _parts.Clock;

    public static async Task<LancensMock> StartAsync(LancensMockOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        options ??= new LancensMockOptions();
        var spec = options.Spec ?? ApiSpecification.Bundled;
        EngineRequirements.Check(spec);
        var address = IPAddress.TryParse(options.BindAddress, out var parsed)
            ? parsed
            : throw new ArgumentException($"The bind address must be an IP address, not '{options.BindAddress}'.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfNegative(options.JournalEntries);

        var builder = InProcessKestrel.CreateBuilder();
        var certificate = options.Https is { } https ? X509CertificateLoader.LoadPkcs12FromFile(https.KeystorePath, https.KeystorePassword) : null;
        var rejection = RejectionRewriter.Answer(spec.RequestLimits.Status, System.Text.Json.JsonSerializer.Serialize(new { message = spec.RequestLimits.Message }));
        InProcessKestrel.Listen(builder, address, options.Port, certificate, listen => listen.Use(RejectionRewriter.Middleware(rejection)));

        var parts = Parts.Create(spec, options);
        var app = builder.Build();
        app.Run(parts.Pipeline.HandleAsync);
        await app.StartAsync(cancellationToken);
        return new LancensMock(app, spec, InProcessKestrel.RootUrl(app, options.Https is not null, address), Stopwatch.GetElapsedTime(started), parts);
    }

    /// <summary>Forgets every login, registration, armed answer and journal entry, and puts the clock back; configured accounts remain.</summary>
    public void Reset() => _parts.Admin.Reset();

    /// <summary>Makes the next matching request(s) answer a documented error or a fault.</summary>
    /// <exception cref="ArgumentException">The error or fault is not one the spec or the protocol offers, or too many are armed.</exception>
    public ArmedAnswer Arm(ArmRequest request) => _parts.Armed.Arm(request);

    public IReadOnlyList<ArmedAnswer> Armed => _parts.Armed.List();

    /// <summary>Moves the engine's clock forward, e.g. past the expiry a login answered, so its token answers invalid token.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not forward, or is more than about ten years, or would take the clock more than about a hundred years ahead.</exception>
    public void AdvanceClock(TimeSpan by) => _parts.Clock.Advance(by);

    /// <summary>The most recent requests, oldest first, with what each was answered and why.</summary>
    public IReadOnlyList<JournalEntry> Journal => _parts.Journal.Entries();

    /// <summary>What the mock remembers of every account, in user-id order.</summary>
    public IReadOnlyList<AccountSnapshot> Accounts => _parts.Store.Snapshot(0, int.MaxValue).Accounts;

    /// <summary>Stops: delays in flight end at once (their connections close), other requests get a moment to finish. Calling it again waits for the same stop.</summary>
    public ValueTask DisposeAsync() => new(_stop.Value);

    private async Task StopAsync()
    {
        await _parts.Stopping.CancelAsync();
        using (var grace = new CancellationTokenSource(StopGrace, _parts.Clock))
        {
            await _app.StopAsync(grace.Token);
        }

        await _app.DisposeAsync();
        _parts.Stopping.Dispose();
    }

    // The engine's stages and what they share, put together once from the spec and the options.
    private sealed record Parts(MockPipeline Pipeline, AdminEndpoints Admin, ArmedAnswers Armed, IAccountStore Store, RequestJournal Journal, EngineClock Clock, CancellationTokenSource Stopping)
    {
        public static Parts Create(ApiSpecification spec, LancensMockOptions options)
        {
            var clock = new EngineClock(options.Time);
            var journal = new RequestJournal(options.JournalEntries, clock);
            var memory = new AccountStore(options.Accounts, spec.LoginAnswer.ExampleUserId ?? 1, options.Bounds, clock, journal.Note);
            var store = options.DecorateStore?.Invoke(memory) ?? memory;
            var armed = new ArmedAnswers(spec);
            var answers = new Answers(spec);
            var admin = new AdminEndpoints(new AdminGuard(options.AdminKey, "admin endpoints", "serve"), store, armed, journal, clock, ConsoleCatalog.For(spec, options.Bounds));
            var stopping = new CancellationTokenSource();
            var pipeline = new MockPipeline(
                spec,
                new Router(spec),
                new ControlStage(armed, store),
                new NaturalChecks(spec, store),
                new Effects(spec, store, answers, clock),
                answers,
                admin,
                journal,
                clock,
                stopping.Token);
            return new Parts(pipeline, admin, armed, store, journal, clock, stopping);
        }
    }
}
