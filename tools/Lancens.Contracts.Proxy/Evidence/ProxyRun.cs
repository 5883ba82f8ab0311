using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Forwarding;
using Lancens.Contracts.Proxy.Recording;

namespace Lancens.Contracts.Proxy.Evidence;

/// <summary>
/// Everything one stream of exchanges goes through once judged, live or read from a recording: the judge, the mask,
/// the ledger, the recording, and a console line per violation. Called by one thread at a time.
/// </summary>
internal sealed class ProxyRun(ApiSpecification spec, string upstream, int kept, TimeProvider time, TextWriter? console, HarRecorder? recorder)
{
    private readonly ExchangeJudge _judge = new(spec);

    public SecretMask Mask { get; } = new(spec);

    public EvidenceLedger Ledger { get; } = new(spec, upstream, kept, time);

    public ExchangeRecord Process(Exchange exchange)
    {
        var judgement = _judge.Judge(exchange);
        var masked = MaskedExchange.Of(exchange, judgement.Operation, Mask);
        var record = Ledger.Add(judgement, masked, Mask.Scrub);
        recorder?.Append(masked);
        if (console is not null)
        {
            foreach (var line in Lines(record, judgement))
            {
                console.WriteLine(line);
            }
        }

        return record;
    }

    // One line per finding and per refuted facet, each naming the exchange; nothing for an exchange that held to the spec.
    private IEnumerable<string> Lines(ExchangeRecord record, Judgement judgement)
    {
        var head = $"#{record.Exchange.Number} {record.Exchange.Method} {record.Exchange.Target} -> {record.Exchange.Status}";
        foreach (var finding in record.Findings)
        {
            yield return $"{head}  {finding}";
        }

        foreach (var failed in judgement.Observations.Where(observation => !observation.Holds))
        {
            var refuted = spec.Assumptions.Where(assumption => assumption.IsVerifiedBy(failed.Facets)).Select(assumption => assumption.Id).ToList();
            if (refuted.Count > 0)
            {
                yield return $"{head}  refutes {string.Join(", ", refuted)}: expected {Mask.Scrub(failed.Expected)}, got {Mask.Scrub(failed.Actual ?? "something else")}";
            }
        }
    }
}
