namespace Lancens.Contracts.Model.Mocking;

/// <summary>One endpoint of the engine's admin API, under <see cref="MockControl.AdminPrefix"/>.</summary>
/// <param name="Name">The path under the prefix, e.g. <c>journal</c>.</param>
/// <param name="Methods">The methods it answers, e.g. GET, POST and DELETE for <c>arm</c>.</param>
/// <param name="Purpose">What it is for, in a few words, as the engine's catalog lists it.</param>
public sealed record AdminRoute(string Name, IReadOnlyList<string> Methods, string Purpose)
{
    /// <summary>The path from the server's root, e.g. <c>/__lancens/journal</c>.</summary>
    public string Path => MockControl.AdminPrefix + Name;

    /// <summary>The endpoint on a mock at <paramref name="root"/>, e.g. <c>http://127.0.0.1:8080/__lancens/journal</c>.</summary>
    public Uri On(Uri root) => new(root, Path);

    public override string ToString() => $"{string.Join("|", Methods)} {Name}";
}

/// <summary>Every admin endpoint of the engine and the proxy: they dispatch on them, the CLI and the banners name them, tests call them.</summary>
public static class AdminRoutes
{
    public static AdminRoute Console { get; } = new(string.Empty, ["GET"], "the QA console page: the documented answers, arming, the live journal, accounts, the clock");
    public static AdminRoute Health { get; } = new("health", ["GET"], "answers when the engine is up; open to anyone");
    public static AdminRoute Reset { get; } = new("reset", ["POST"], "forgets every login, registration, armed answer and journal entry");
    public static AdminRoute Accounts { get; } = new("accounts", ["GET"], "what the mock remembers of each account, never a password or a token");
    public static AdminRoute Journal { get; } = new("journal", ["GET"], "the last requests, each with its documented answer and the rule that decided it");
    public static AdminRoute Arm { get; } = new("arm", ["GET", "POST", "DELETE"], "lists, adds or clears the answers armed for the next requests");
    public static AdminRoute Clock { get; } = new("clock", ["GET", "POST", "DELETE"], "shows the engine's clock, moves it forward ({\"advance\": \"31d\"}), or puts it back to real time");
    public static AdminRoute Catalog { get; } = new("catalog", ["GET"], "every operation's documented answers and how each is caused, the faults and the bounds, for the console");

    /// <summary>The engine's endpoints.</summary>
    public static IReadOnlyList<AdminRoute> All { get; } = [Console, Health, Reset, Accounts, Journal, Arm, Clock, Catalog];

    public static AdminRoute Verdicts { get; } = new("verdicts", ["GET"], "the proxy's verdict on every assumption so far: confirmed, refuted (with the exchange that refuted it) or not seen, and the violations");
    public static AdminRoute Exchanges { get; } = new("exchanges", ["GET"], "the last exchanges the proxy forwarded, each with what it showed; every secret masked");
    public static AdminRoute Report { get; } = new("report", ["POST"], "writes the proxy's drift report (markdown and HTML) now, into its report folder");

    /// <summary>The proxy's endpoints (<c>lancens proxy</c>), under the same prefix: the API's own paths are forwarded.</summary>
    public static IReadOnlyList<AdminRoute> Proxy { get; } = [Health, Verdicts, Exchanges, Report];
}
