using System.Text;
using System.Text.Json;
using Lancens.Contracts.ContractTests.Running;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Scenarios;

namespace Lancens.Contracts.ContractTests.Exploration;

/// <summary>
/// Sends one explored sequence to the target, step by step, after a login of every account (which empties each
/// account's push tokens, so the model knows the state on any host), and compares every answer with the reference
/// model: status, documented answer and text, and every remembered field. The first difference ends it with a story a
/// person can replay.
/// </summary>
internal sealed class SequenceRunner(SuiteRuntime runtime, IReadOnlyList<Account> accounts, Func<HostModel> newModel, Action<DocumentedAnswer, bool> seen)
{
    private ApiSpecification Spec => runtime.Spec;

    public async Task RunAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        var model = newModel();
        var story = new Story(accounts.Count, runtime.Scrubber);
        for (var account = 0; account < accounts.Count; account++)
        {
            await LogInAsync(model, account, story, cancellationToken);
        }

        foreach (var step in steps)
        {
            await (step switch
            {
                Step.LogIn login => LogInAsync(model, login.Account % accounts.Count, story, cancellationToken),
                Step.LogOut logout => LogOutAsync(model, logout.Session % model.Sessions.Count, story, cancellationToken),
                Step.Act act => ActAsync(model, act, story, cancellationToken),
                Step.AlteredToken altered => AlteredAsync(model, altered, story, cancellationToken),
                _ => throw new InvalidOperationException($"no way to send {step}"),
            });
        }
    }

    private async Task LogInAsync(HostModel model, int account, Story story, CancellationToken cancellationToken)
    {
        var (operation, request) = runtime.Actions.Login();
        var who = accounts[account];
        var observed = await runtime.Transport.SendAsync(request, new LoginSession(who.Username, who.Password, string.Empty), cancellationToken);
        var expected = model.LoginExpected();
        Compare(story, $"{Story.Name(account)} logs in: session {model.Sessions.Count + 1}", operation, expected, observed);
        var login = Spec.LoginAnswer.Read(observed.Body) ?? throw story.Fail("the login answered no token", expected.Answer.ToString(), observed.ToString());

        // This sequence's secrets stay out of its story; the run's scrubber keeps only the run's own sessions'.
        story.Secrets.Add(login.Token);
        foreach (var name in operation.Success.Schema.VolatileProperties.Where(pair => pair.Value == VolatileValue.Random).Select(pair => pair.Key))
        {
            story.Secrets.Add(observed.Property(name) is { ValueKind: JsonValueKind.String } secret ? secret.GetString() : null);
        }

        model.LoggedIn(account, login.Token, login.UserId);
    }

    private async Task LogOutAsync(HostModel model, int session, Story story, CancellationToken cancellationToken)
    {
        var (operation, request) = runtime.Actions.Logout();
        var (account, token, _) = model.Sessions[session];
        var observed = await runtime.Transport.SendAsync(request, SessionOf(account, token), cancellationToken);
        Compare(story, $"{Story.Name(account)} logs out with session {session + 1}", operation, model.LogOut(session), observed);
    }

    private async Task ActAsync(HostModel model, Step.Act act, Story story, CancellationToken cancellationToken)
    {
        var built = ExploredRequest.Build(runtime, model, act, story.Count);
        var observed = await runtime.Transport.SendAsync(built.Request, SessionOf(built.Account, built.Token), cancellationToken);
        var expected = model.Act(built.Session, built.Operation, built.Body, built.Serial);
        Compare(story, $"{Story.Name(built.Account)} {built}", built.Operation, expected, observed);
        if (observed.IsSuccess)
        {
            runtime.Ledger.Touched(accounts[built.Account], built.Registers);
        }
    }

    private async Task AlteredAsync(HostModel model, Step.AlteredToken altered, Story story, CancellationToken cancellationToken)
    {
        var session = altered.Session % model.Sessions.Count;
        var (account, token, _) = model.Sessions[session];
        var changed = altered.Alteration switch
        {
            TokenAlteration.UpperCase => token.ToUpperInvariant(),
            TokenAlteration.Shortened => token[..^1],
            _ => token + token[0],
        };
        if (changed == token || model.Sessions.Any(other => other.Token == changed))
        {
            return;
        }

        var (operation, request) = runtime.Actions.Query(altered.Resource);
        var observed = await runtime.Transport.SendAsync(request, SessionOf(account, changed), cancellationToken);
        Compare(story, $"{Story.Name(account)} queries {altered.Resource} with session {session + 1}'s token {SpecWords.Of(altered.Alteration)}", operation, model.Altered(operation), observed);
    }

    private LoginSession SessionOf(int account, string token) => new(accounts[account].Username, accounts[account].Password, token);

    // Every difference from the model ends the sequence; what matched is the story so far.
    private void Compare(Story story, string step, ApiOperation operation, HostModel.Expected expected, ObservedResponse observed)
    {
        var problems = ExploredRequest.Problems(Spec, operation, expected, observed);
        seen(expected.Answer, problems.Count == 0);
        if (problems.Count > 0)
        {
            throw story.Fail(step, ExploredRequest.Describe(expected), $"{observed} ({string.Join("; ", problems)})");
        }

        story.Add($"{step} → {expected.Answer.Response.Status} {expected.Answer.Example.Name}");
    }

    /// <summary>What the sequence did so far, as a person reads it.</summary>
    private sealed class Story(int accounts, SecretScrubber run)
    {
        private readonly List<string> _steps = [];

        public int Count => _steps.Count;

        /// <summary>The tokens and keys this sequence's logins issued.</summary>
        public SecretScrubber Secrets { get; } = new();

        public static string Name(int account) => ((char)('A' + account)).ToString();

        public void Add(string step) => _steps.Add(step);

        public ExplorationFailure Fail(string step, string expected, string actual)
        {
            var text = new StringBuilder();
            text.AppendLine($"Given accounts {string.Join(" and ", Enumerable.Range(0, accounts).Select(Name))} of the target,");
            foreach (var (line, number) in _steps.Select((line, index) => (line, index + 1)))
            {
                text.AppendLine($"  {number}. {line}");
            }

            text.AppendLine($"when {step},");
            text.Append($"then expected {expected}, got {actual}");
            string Scrub(string value) => Secrets.Scrub(run.Scrub(value));
            return new ExplorationFailure(Scrub(text.ToString()), _steps.Count + 1, expected, Scrub(actual));
        }
    }
}
