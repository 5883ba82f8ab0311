using CsCheck;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// Concurrency as a property: after an account registers both kinds, a few of its push-token requests go at once, from
/// two of its sessions; their answers, and what a query then finds, must be explained by some order of them (a
/// linearizability check over every order of the batch).
/// </summary>
internal sealed class ConcurrentExploration(SuiteRuntime runtime, Func<ApiSpecification, int, HostModel>? newModel = null)
{
    private const int MaxBatch = 4;

    public int Batches { get; private set; }

    /// <exception cref="ContractViolation">A batch's answers fit no order of its requests.</exception>
    public async Task ExploreAsync(int batches, CancellationToken cancellationToken)
    {
        var spec = runtime.Spec;
        var batch = Steps.AnyAct(spec).Array[2, MaxBatch];
        for (var number = 0; number < batches; number++)
        {
            var steps = batch.Generate(new PCG((uint)number + 1, ((ulong)(uint)runtime.Settings.Seed) ^ 0x5EED), null, out _);
            Batches++;
            await OneAsync(steps, number, cancellationToken);
        }
    }

    private async Task OneAsync(Step.Act[] steps, int number, CancellationToken cancellationToken)
    {
        var account = runtime.SuiteAccount;
        var model = (newModel ?? ((spec, accounts) => new HostModel(spec, accounts)))(runtime.Spec, 1);
        foreach (var _ in new[] { 1, 2 })
        {
            var login = await runtime.Transport.SendAsync(runtime.Actions.Login().Request, new LoginSession(account.Username, account.Password, string.Empty), cancellationToken);
            var values = runtime.Spec.LoginAnswer.Read(login.Body) ?? throw new InvalidOperationException($"the login answered {login.Status}");
            model.LoggedIn(0, values.Token, values.UserId);
        }

        foreach (var resource in runtime.Spec.Resources)
        {
            var register = runtime.Actions.Register(resource, runtime.Actions.NewKey(resource));
            var sent = System.Text.Json.Nodes.JsonNode.Parse(RequestPlaceholders.FillJson(register.Request.Body!, Session(model, 0)))!.AsObject();
            (await runtime.Transport.SendAsync(register.Request, Session(model, 0), cancellationToken)).IsSuccess.ShouldBeTrue();
            model.Act(0, register.Operation, sent, null);
        }

        var requests = steps.Select((step, index) => ExploredRequest.Build(runtime, model, step with { Session = step.Session % 2 }, index)).ToList();
        var answers = await Task.WhenAll(requests.Select(request => runtime.Transport.SendAsync(request.Request, Session(model, request.Session), cancellationToken)));
        var finals = new List<ObservedResponse>();
        foreach (var resource in runtime.Spec.Resources)
        {
            finals.Add(await runtime.Transport.SendAsync(runtime.Actions.Query(resource).Request, Session(model, 1), cancellationToken));
        }

        if (!Orders(requests.Count).Any(order => Explains(model.Copy(), requests, answers, finals, order)))
        {
            var sent = string.Join(Environment.NewLine, requests.Select((request, index) => $"  at once: {request} → {answers[index]}"));
            var after = string.Join(Environment.NewLine, runtime.Spec.Resources.Select((resource, index) => $"  then query {resource} → {finals[index]}"));
            throw new ContractViolation(
                runtime.Scrubber.Scrub($"explored-concurrency: batch {number + 1} of seed {runtime.Settings.Seed}: no order of these requests explains their answers:{Environment.NewLine}{sent}{Environment.NewLine}{after}"),
                "answers some order of the requests explains",
                string.Join("; ", answers.Select(answer => answer.Status)));
        }
    }

    private bool Explains(HostModel model, IReadOnlyList<ExploredRequest> requests, ObservedResponse[] answers, IReadOnlyList<ObservedResponse> finals, IReadOnlyList<int> order)
    {
        foreach (var index in order)
        {
            var request = requests[index];
            var expected = model.Act(request.Session, request.Operation, request.Body, request.Serial);
            if (ExploredRequest.Problems(runtime.Spec, request.Operation, expected, answers[index]).Count > 0)
            {
                return false;
            }
        }

        return runtime.Spec.Resources.Select((resource, index) => (resource, index)).All(pair =>
        {
            var query = runtime.Spec.OperationFor(EffectAction.Query, pair.resource);
            return ExploredRequest.Problems(runtime.Spec, query, model.Act(1, query, null, null), finals[pair.index]).Count == 0;
        });
    }

    private LoginSession Session(HostModel model, int session) =>
        new(runtime.SuiteAccount.Username, runtime.SuiteAccount.Password, model.Sessions[session].Token);

    // Every order of n requests (n is at most four: 24 orders).
    private static IEnumerable<IReadOnlyList<int>> Orders(int count)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        foreach (var rest in Orders(count - 1))
        {
            for (var place = 0; place <= rest.Count; place++)
            {
                yield return [.. rest.Take(place), count - 1, .. rest.Skip(place)];
            }
        }
    }
}
