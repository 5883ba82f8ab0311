using System.Text.Json;
using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Admin;
using Lancens.Contracts.Proxy.Recording;

namespace Lancens.Contracts.Proxy.Evidence;

/// <summary>What the proxy says of one assumption so far.</summary>
public enum ProxyVerdict
{
    Confirmed,
    Refuted,
    NotSeen,
}

/// <summary>The exchange that refuted an assumption first, masked: which one, what it put to the test, what was expected and what came back.</summary>
public sealed record Refutation(long Exchange, string Request, string Facet, string Expected, string Actual);

/// <summary>The evidence on one assumption: how many exchanges confirmed it and refuted it, and the first refutation.</summary>
public sealed record AssumptionEvidence(string Id, ProxyVerdict Verdict, int Confirming, int Refuting, Refutation? Refutation)
{
    public string Word => Verdict switch
    {
        ProxyVerdict.Confirmed => "confirmed",
        ProxyVerdict.Refuted => "refuted",
        _ => "not seen",
    };

    public string Explanation => Refutation is { } refutation
        ? $"exchange #{refutation.Exchange} {refutation.Request} ({refutation.Facet}): expected {refutation.Expected}, got {refutation.Actual}; change spec/lancens-user-api.yaml x-assumptions id {Id} (or the host)"
        : Verdict == ProxyVerdict.Confirmed ? $"{Confirming} exchange(s) bore it out" : "no exchange bore on it";
}

/// <summary>How many exchanges showed one documented answer as documented, and how many of its operation and status broke the contract.</summary>
public sealed record AnswerCount(AnswerKey Answer, int Seen, int Broken, string? LastProblem);

/// <summary>One exchange as the admin endpoint lists it: masked, with what it showed.</summary>
public sealed record ExchangeRecord(MaskedExchange Exchange, string? Operation, string? Answer, IReadOnlyList<string> Findings, IReadOnlyList<string> Refutes, IReadOnlyList<string> Confirms, string? Note);

/// <summary>Everything the proxy has judged so far, counted; a snapshot of it is what the verdicts endpoint and the drift report show.</summary>
public sealed record VerdictsSnapshot(
    string Upstream,
    DateTimeOffset Taken,
    long Judged,
    long OutsideSpec,
    long EvidenceForNothing,
    long NoAnswer,
    long ClientViolations,
    long HostViolations,
    IReadOnlyList<AssumptionEvidence> Assumptions,
    IReadOnlyList<AnswerCount> Answers)
{
    /// <summary>Reads what a running proxy's verdicts endpoint answered, in the JSON it writes.</summary>
    /// <exception cref="JsonException">It is not such an answer.</exception>
    public static VerdictsSnapshot Read(string json) =>
        JsonSerializer.Deserialize<VerdictsSnapshot>(json, ProxyAdmin.Json) ?? throw new JsonException("an empty answer");
}

/// <summary>
/// Keeps, per assumption, the exchanges that confirmed and refuted it (the first refutation whole), per documented
/// answer how often the traffic showed it, and the last exchanges (bounded). Thread-safe.
/// </summary>
internal sealed class EvidenceLedger(ApiSpecification spec, string upstream, int kept, TimeProvider time)
{
    private const int KeptBodyCharacters = 4096;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Confirming, int Refuting, Refutation? First)> _assumptions = spec.Assumptions.ToDictionary(assumption => assumption.Id, _ => (0, 0, (Refutation?)null));
    private readonly Dictionary<AnswerKey, int> _seen = [];
    private readonly Dictionary<(string Operation, int Status), (int Count, string Problem)> _broken = [];
    private readonly Queue<ExchangeRecord> _recent = new();
    private long _judged;
    private long _outside;
    private long _nothing;
    private long _noAnswer;
    private long _client;
    private long _host;

    public long Judged => Interlocked.Read(ref _judged);

    /// <summary>Counts a judgement; <paramref name="scrub"/> masks its texts. Answers the exchange's record (masked, with the assumptions it refuted and confirmed), which the console lines are made of.</summary>
    public ExchangeRecord Add(Judgement judgement, MaskedExchange masked, Func<string, string> scrub)
    {
        var request = $"{masked.Method} {masked.Target}";
        var refutes = new List<string>();
        var confirms = new List<string>();
        lock (_gate)
        {
            _judged++;
            _client += judgement.Findings.Count(finding => finding.Side == Side.Client);
            _host += judgement.Findings.Count(finding => finding.Side == Side.Host);
            _noAnswer += judgement.Exchange.UpstreamFailure is null ? 0 : 1;
            _outside += judgement.Operation is null && judgement.Observations.Count == 0 && judgement.Exchange.UpstreamFailure is null ? 1 : 0;
            _nothing += judgement.Note is not null && judgement.Operation is not null && judgement.Exchange.UpstreamFailure is null ? 1 : 0;
            if (judgement.Answer is { } answer)
            {
                _seen[answer] = _seen.GetValueOrDefault(answer) + 1;
            }
            else if (judgement.Operation is { } operation && judgement.Exchange.UpstreamFailure is null)
            {
                var key = (operation.Id, judgement.Exchange.Status);
                var problem = scrub(string.Join("; ", judgement.Findings.Where(finding => finding.Side == Side.Host).Select(finding => finding.Text)));
                _broken[key] = (_broken.GetValueOrDefault(key).Count + 1, problem);
            }

            foreach (var assumption in spec.Assumptions)
            {
                var bearing = judgement.Observations.Where(observation => assumption.IsVerifiedBy(observation.Facets)).ToList();
                if (bearing.Count == 0)
                {
                    continue;
                }

                var (confirming, refuting, first) = _assumptions[assumption.Id];
                var failed = bearing.FirstOrDefault(observation => !observation.Holds);
                if (failed is null)
                {
                    confirms.Add(assumption.Id);
                    _assumptions[assumption.Id] = (confirming + 1, refuting, first);
                    continue;
                }

                refutes.Add(assumption.Id);
                first ??= new Refutation(masked.Number, request, Selector(failed.Facets), scrub(failed.Expected), scrub(failed.Actual ?? "something else"));
                _assumptions[assumption.Id] = (confirming, refuting + 1, first);
            }

            var record = new ExchangeRecord(
                masked with { RequestBody = Shortened(masked.RequestBody), ResponseBody = Shortened(masked.ResponseBody) },
                judgement.Operation?.Id,
                judgement.Answer?.ToString(),
                [.. judgement.Findings.Select(finding => scrub(finding.ToString()))],
                refutes,
                confirms,
                judgement.Note);
            if (kept > 0)
            {
                if (_recent.Count >= kept)
                {
                    _recent.Dequeue();
                }

                _recent.Enqueue(record);
            }

            return record;
        }
    }

    public IReadOnlyList<ExchangeRecord> Recent(int limit)
    {
        lock (_gate)
        {
            return [.. _recent.Skip(Math.Max(0, _recent.Count - limit))];
        }
    }

    public VerdictsSnapshot Snapshot()
    {
        lock (_gate)
        {
            var assumptions = spec.Assumptions.Select(assumption =>
            {
                var (confirming, refuting, first) = _assumptions[assumption.Id];
                var verdict = refuting > 0 ? ProxyVerdict.Refuted : confirming > 0 ? ProxyVerdict.Confirmed : ProxyVerdict.NotSeen;
                return new AssumptionEvidence(assumption.Id, verdict, confirming, refuting, first);
            }).ToList();
            var answers = spec.DocumentedResponses.Select(answer =>
            {
                var broken = _broken.GetValueOrDefault((answer.Operation.Id, answer.Response.Status));
                return new AnswerCount(answer.Key, _seen.GetValueOrDefault(answer.Key), broken.Count, broken.Problem);
            }).ToList();
            return new VerdictsSnapshot(upstream, time.GetUtcNow(), _judged, _outside, _nothing, _noAnswer, _client, _host, assumptions, answers);
        }
    }

    // What the admin endpoint shows of a body: the kept exchanges stay small whatever clients send (the recording has it whole).
    private static string Shortened(string body) => body.Length <= KeptBodyCharacters ? body : body[..KeptBodyCharacters] + $"... ({body.Length} characters)";

    // In verified-by's own syntax, e.g. "kind=natural category=length field=push_token".
    private static string Selector(CheckFacets facets) =>
        new CheckSelector(facets.Kind, facets.Category, facets.Field, facets.Journey).ToString() + (facets.Operation is null ? string.Empty : $" on {facets.Operation}");
}
