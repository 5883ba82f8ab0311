using System.Globalization;
using System.Text;
using System.Text.Json;
using Lancens.Contracts.MockServer;
using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy;
using Lancens.Contracts.ProxyOverhead;

// What lancens proxy adds: wrk sends one request (a query with a token, answered 200 with a record) to the engine
// directly and through the proxy in front of it, in alternating rounds after a warm-up; the medians side by side.
// Loopback only, bounded: (1 + rounds) x 2 runs of --seconds each. Run it from a Release build:
//   dotnet run -c Release --project tools/Lancens.Contracts.ProxyOverhead -- [--seconds 5] [--rounds 3] [--connections 32]
var seconds = Option("--seconds", 5);
var rounds = Option("--rounds", 3);
var connections = Option("--connections", 32);
var spec = ApiSpecification.Bundled;
var cancellation = CancellationToken.None;

await using var engine = await LancensMock.StartAsync(new LancensMockOptions { Spec = spec, JournalEntries = 0 });
await using var proxy = await LancensProxy.StartAsync(new LancensProxyOptions { Upstream = engine.BaseUrl, Spec = spec });
var token = await LoginAndRegisterAsync(engine.BaseUrl);
var query = spec.OperationFor(EffectAction.Query, spec.Resources[0]);
var script = Path.Combine(Directory.CreateTempSubdirectory("lancens-proxy-overhead-").FullName, "query.lua");
// The token goes into the script file, never onto wrk's command line.
File.WriteAllText(script, $"wrk.method = \"{query.Method.Method}\"\nwrk.headers[\"{spec.TokenHeader}\"] = \"{token}\"\n");
var direct = new Uri(engine.RootUrl, query.PathTemplate);
var proxied = new Uri(proxy.RootUrl, query.PathTemplate);

Console.WriteLine($"{query.Route} with a token, wrk 1 thread, {connections} connections, {rounds} rounds of {seconds} s per side after a warm-up, alternating; {Environment.ProcessorCount} cores");
await WrkRound.RunAsync(script, direct, connections, seconds, cancellation);
await WrkRound.RunAsync(script, proxied, connections, seconds, cancellation);
var directRounds = new List<WrkRound>();
var proxiedRounds = new List<WrkRound>();
for (var round = 0; round < rounds; round++)
{
    directRounds.Add(await WrkRound.RunAsync(script, direct, connections, seconds, cancellation));
    proxiedRounds.Add(await WrkRound.RunAsync(script, proxied, connections, seconds, cancellation));
}

var verdicts = await proxy.VerdictsAsync(cancellation);
File.Delete(script);
var (d, p) = (Median(directRounds), Median(proxiedRounds));
Console.WriteLine();
Console.WriteLine("| median of the rounds | direct to the engine | through lancens proxy | proxy vs direct |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine($"| requests per second | {d.RequestsPerSecond:N0} | {p.RequestsPerSecond:N0} | {p.RequestsPerSecond / d.RequestsPerSecond:P0} |");
Console.WriteLine($"| p50 latency | {d.P50Milliseconds:0.00} ms | {p.P50Milliseconds:0.00} ms | +{p.P50Milliseconds - d.P50Milliseconds:0.00} ms |");
Console.WriteLine($"| p99 latency | {d.P99Milliseconds:0.00} ms | {p.P99Milliseconds:0.00} ms | +{p.P99Milliseconds - d.P99Milliseconds:0.00} ms |");
Console.WriteLine($"| errors and non-2xx (all rounds) | {directRounds.Sum(r => r.Errors)} | {proxiedRounds.Sum(r => r.Errors)} | |");
Console.WriteLine();
Console.WriteLine($"Rounds, req/s: direct {string.Join(", ", directRounds.Select(r => r.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))}; proxy {string.Join(", ", proxiedRounds.Select(r => r.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))}");
Console.WriteLine($"The proxy judged {verdicts.Judged:N0} exchanges: {verdicts.HostViolations} host violations, {verdicts.Assumptions.Count(a => a.Verdict == Lancens.Contracts.Proxy.Evidence.ProxyVerdict.Refuted)} assumptions refuted");
return verdicts.HostViolations == 0 && proxiedRounds.Sum(r => r.Errors) == 0 ? 0 : 3;

static WrkRound Median(List<WrkRound> rounds)
{
    double Middle(Func<WrkRound, double> of) => rounds.Select(of).Order().ElementAt(rounds.Count / 2);
    return new WrkRound(Middle(r => r.RequestsPerSecond), Middle(r => r.P50Milliseconds), Middle(r => r.P99Milliseconds), rounds.Sum(r => r.Errors));
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

// A login with the spec's example account (the engine lets any well-formed one in) and a registration, so the query answers 200.
async Task<string> LoginAndRegisterAsync(Uri baseUrl)
{
    using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
    var login = spec.OperationFor(EffectAction.Login);
    var credentials = login.Body!.Fields.Where(field => field.Example is not null).ToDictionary(field => field.Name, field => field.Example!.Value);
    using var answer = await client.PostAsync(new Uri(engine.RootUrl, login.PathTemplate), Json(credentials));
    var session = spec.LoginAnswer.Read(await answer.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("the engine answered no login token");
    var register = spec.OperationFor(EffectAction.Register, spec.Resources[0]);
    var fields = register.Body!.Fields.Where(field => field.Required).ToDictionary(field => field.Name, field => field.Example!.Value);
    using var request = new HttpRequestMessage(register.Method, new Uri(engine.RootUrl, register.PathTemplate)) { Content = Json(fields) };
    request.Headers.Add(spec.TokenHeader, session.Token);
    using var registered = await client.SendAsync(request);
    return registered.IsSuccessStatusCode ? session.Token : throw new InvalidOperationException($"the engine answered the registration {(int)registered.StatusCode}");
}

static StringContent Json<T>(T body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, MediaTypes.Json);
