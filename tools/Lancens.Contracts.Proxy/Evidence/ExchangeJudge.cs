using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Checking;
using Lancens.Contracts.Model.Mocking;
using Lancens.Contracts.Proxy.Forwarding;

namespace Lancens.Contracts.Proxy.Evidence;

/// <summary>
/// Judges exchanges one at a time, in the order their requests arrived: the request against the model's request
/// contract (what the client sent wrong), the answer against its response contract (what the host answered wrong),
/// and the answer against what the spec and the account's earlier exchanges lead to expect, as facets of the spec's
/// <c>verified-by</c> vocabulary. Not thread-safe: one judge per stream of exchanges.
/// </summary>
internal sealed class ExchangeJudge(ApiSpecification spec, int trackedAccounts = 10_000)
{
    private readonly Router _router = new(spec);
    private readonly AccountTracker _tracker = new(trackedAccounts);

    public ApiSpecification Spec => spec;

    public Judgement Judge(Exchange exchange)
    {
        var path = Router.PathOf(exchange.Target);
        var route = _router.Find(exchange.Method, path);
        if (exchange.UpstreamFailure is { } failure)
        {
            var clientFindings = route is null ? [] : ClientFindings(RequestContract.Failures(route.Operation, View(route.Operation, exchange)));
            return new Judgement(exchange, route?.Operation, null, [new Finding(Side.Upstream, failure), .. clientFindings], [], "the upstream gave no answer");
        }

        var observed = Observed(exchange);
        if (route is null)
        {
            return _router.KnowsPath(path) ? UnknownMethod(exchange, observed) : new Judgement(exchange, null, null, [], [], "a path outside the spec");
        }

        var operation = route.Operation;
        var view = View(operation, exchange);
        var failures = RequestContract.Failures(operation, view);
        var undocumented = ResponseContract.Undocumented(operation, observed);
        List<Finding> findings = [.. ClientFindings(failures), .. undocumented.Select(problem => new Finding(Side.Host, problem))];
        var answer = DocumentedAnswerOf(operation, observed, undocumented);
        if (exchange.RequestHeader(MockControl.ErrorHeader) is not null)
        {
            return new Judgement(exchange, operation, answer, findings, [], $"an answer forced through {MockControl.ErrorHeader}");
        }

        var session = _tracker.Session(TokenOf(operation, view));
        if (RefusedLiveToken(operation, session, exchange, observed, undocumented))
        {
            _tracker.Forget(session!.Token);
            findings.Add(new Finding(Side.Host, "refused a token its login answered, which no logout ended and whose expiry had not passed; the proxy forgets it"));
            return new Judgement(exchange, operation, answer, findings, [], null);
        }

        var alternatives = Expect(operation, route, exchange, view, failures, session);
        var observations = Observe(operation, observed, undocumented, alternatives);
        if (observations is null)
        {
            return new Judgement(exchange, operation, answer, findings, [], "an error the spec marks forced (a server-side condition)");
        }

        Learn(operation, route, exchange, view, session, observed, undocumented.Count == 0);
        return new Judgement(exchange, operation, answer, findings, observations, null);
    }

    private Judgement UnknownMethod(Exchange exchange, ObservedResponse observed)
    {
        var unknown = spec.UnknownRoute;
        var holds = observed.Status == unknown.Status && observed.Message == unknown.Message && ResponseContract.IsJson(observed.ContentType);
        var expected = $"{unknown.Status} \"{unknown.Message}\" as {MediaTypes.Json} (x-lancens-unknown-route)";
        var actual = holds ? null : Summary(observed);
        Finding[] findings = holds ? [] : [new Finding(Side.Host, $"{exchange.Method} is not defined on this path: expected {expected}, got {actual}")];
        return new Judgement(exchange, null, null, findings, [new Observation(CheckFacets.Of(ExchangePattern.UnknownRoute), holds, expected, actual)], null);
    }

    // What the spec allows for the exchange, in the order the host checks: the answers a look-up the proxy cannot make
    // might give (an unknown token, an account's password), then the one the request itself decides.
    private List<Alternative> Expect(ApiOperation operation, Route route, Exchange exchange, RequestView view, IReadOnlyList<DocumentedError> failures, TrackedSession? session)
    {
        var alternatives = new List<Alternative>();
        foreach (var error in operation.NaturalErrors)
        {
            if (RequestContract.IsStateless(error.Category))
            {
                if (failures.Contains(error))
                {
                    alternatives.Add(new Alternative(Key(operation, error), [ErrorFacet(operation, error, failures, view)]));
                    return alternatives;
                }

                continue;
            }

            if (error.Category == ErrorCategory.Credentials || (error.Category == ErrorCategory.InvalidToken && session is null))
            {
                alternatives.Add(new Alternative(Key(operation, error), [Facets.Natural(operation, error)]));
                continue;
            }

            if (error.Category == ErrorCategory.InvalidToken && EndedBy(operation, error, view, session!, exchange.Started) is { } pattern)
            {
                var facet = failures.Count > 0 ? Facets.Precedence(operation, error) : Facets.Natural(operation, error);
                alternatives.Add(new Alternative(Key(operation, error), [facet, CheckFacets.Of(pattern)]));
                return alternatives;
            }
        }

        alternatives.AddRange(Final(operation, route, exchange, view, session));
        return alternatives;
    }

    // Why a token the proxy followed no longer works: its logout, its expiry, or a logout under another account's name.
    private static ExchangePattern? EndedBy(ApiOperation operation, DocumentedError error, RequestView view, TrackedSession session, DateTimeOffset at) =>
        session.LoggedOut ? ExchangePattern.LogoutEndsThatToken
        : session.ExpiredAt(at) ? ExchangePattern.TokenExpires
        : error.In == ParameterLocation.Body && view.SessionValue(operation, SessionPart.Username) is { } name && name != session.Account.Username ? ExchangePattern.LogoutEndsThatToken
        : null;

    // A request that passes every natural check: what its effect answers, by what the proxy knows of the account.
    private IEnumerable<Alternative> Final(ApiOperation operation, Route route, Exchange exchange, RequestView view, TrackedSession? session)
    {
        List<CheckFacets> success = [.. SuccessFacets(operation, exchange, view)];
        if (session is { Account.LastLogout: { } logout } && logout > session.LoggedIn && !session.LoggedOut)
        {
            success.Add(CheckFacets.Of(ExchangePattern.LogoutEndsThatToken));
        }

        var successKey = operation.SuccessAnswer.Key;
        var effect = operation.Effect;
        if (effect.Action == EffectAction.Login)
        {
            return [new Alternative(successKey, success, answer => ImplausibleLogin(answer, exchange.Answered), [CheckFacets.Of(ExchangePattern.LoginAnswerIsPlausible)])];
        }

        if (effect.Resource is not { } resource || effect.Action is EffectAction.Register or EffectAction.Logout)
        {
            return [new Alternative(successKey, success)];
        }

        var held = session?.Account.Holds.GetValueOrDefault(resource);
        if (effect.Action == EffectAction.Clear)
        {
            return [new Alternative(successKey, held is { IsEmpty: true, Cause: not Cause.Observed } ? [.. success, CheckFacets.Of(ExchangePattern.ClearWhenEmpty)] : success)];
        }

        var noData = operation.Error(ErrorCategory.NoData);
        if (held is null)
        {
            return [new Alternative(successKey, success), new Alternative(Key(operation, noData), [])];
        }

        if (held.IsEmpty)
        {
            return [new Alternative(Key(operation, noData), held.Cause == Cause.Observed ? [] : [Facets.State(operation, noData), .. EmptyPatterns(effect, held, session!, resource)])];
        }

        if (effect.Action == EffectAction.Query)
        {
            var account = session!.Account;
            return [new Alternative(successKey, success, record => Mismatch(resource, record, held.Fields!, account.UserId), [.. RecordPatterns(resource, held, session)])];
        }

        return route.RegistrationKey == held.Key
            ? [new Alternative(successKey, success)]
            : [new Alternative(Key(operation, noData), [Facets.State(operation, noData), CheckFacets.Of(ExchangePattern.UnknownSerialChangesNothing)])];
    }

    private IEnumerable<CheckFacets> EmptyPatterns(OperationEffect effect, Held held, TrackedSession session, string resource)
    {
        if (effect.Action != EffectAction.Query)
        {
            yield break;
        }

        var pattern = held.Cause switch
        {
            Cause.Login when held.HadBefore => ExchangePattern.LoginClearsPushTokens,
            Cause.Logout when held.HadBefore => ExchangePattern.LogoutClearsPushTokens,
            Cause.Delete => ExchangePattern.DeleteThenQuery,
            _ => (ExchangePattern?)null,
        };
        if (pattern is { } found)
        {
            yield return CheckFacets.Of(found);
        }

        if (_tracker.OtherHolds(session.Account, resource))
        {
            yield return CheckFacets.Of(ExchangePattern.AccountsAreIsolated);
        }
    }

    private IEnumerable<CheckFacets> RecordPatterns(string resource, Held held, TrackedSession session)
    {
        var pattern = held.Cause switch
        {
            Cause.RegisterAgain => ExchangePattern.RegisterAgainReplaces,
            Cause.Update => ExchangePattern.UpdateThenQuery,
            Cause.UnknownSerial => ExchangePattern.UnknownSerialChangesNothing,
            _ => ExchangePattern.RegisterThenQuery,
        };
        yield return CheckFacets.Of(pattern);
        var defaulted = spec.OperationFor(EffectAction.Register, resource).Body?.Fields.Any(field => field.Default is not null && !held.Fields!.ContainsKey(field.Name)) == true;
        if (held.Cause is Cause.Register or Cause.RegisterAgain && defaulted)
        {
            yield return CheckFacets.Of(ExchangePattern.DefaultsWhenAbsent);
        }

        if (held.ByToken is { } token && token != session.Token)
        {
            yield return CheckFacets.Of(ExchangePattern.LoginsShareRecords);
        }
    }

    // A valid request: success, and what else it shows: values on the edge of a rule, characters a byte count would
    // refuse, the token header spelled another way, what public clients add.
    private IEnumerable<CheckFacets> SuccessFacets(ApiOperation operation, Exchange exchange, RequestView view)
    {
        yield return Facets.Of(CheckKind.Success, operation);
        foreach (var field in operation.Body?.Fields ?? [])
        {
            if (view.Body.Field(field.Name) is not { } value)
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.String && field.HasLengthRule && value.GetString() is { } text)
            {
                var length = RequestField.LengthOf(text);
                if (length == field.MinLength || length == field.MaxLength)
                {
                    yield return Facets.Of(CheckKind.Boundary, operation, field.Name);
                }

                if (field.MaxLength is { } max && length <= max && (text.Length > max || Encoding.UTF8.GetByteCount(text) > max))
                {
                    yield return Facets.Of(CheckKind.Unicode, operation, field.Name);
                }
            }
            else if (field.AllowedValues.Count > 0 && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && field.AllowedValues.Contains(number))
            {
                yield return Facets.Of(CheckKind.Boundary, operation, field.Name);
            }
        }

        if (operation.Token == TokenPlacement.Header
            && exchange.RequestHeaders.Any(header => string.Equals(header.Key, spec.TokenHeader, StringComparison.OrdinalIgnoreCase) && header.Key != spec.TokenHeader))
        {
            yield return Facets.Of(CheckKind.TokenHeader, operation);
        }

        var charset = MediaTypeHeaderValue.TryParse(exchange.RequestHeader("Content-Type"), out var contentType) && contentType.Parameters.Count > 0;
        var extra = view.Body.Json is { } body && operation.Body is { } schema && body.EnumerateObject().Any(property => schema.Fields.All(field => field.Name != property.Name));
        if (charset || extra)
        {
            yield return Facets.Of(CheckKind.RealClient, operation);
        }
    }

    private static CheckFacets ErrorFacet(ApiOperation operation, DocumentedError error, IReadOnlyList<DocumentedError> failures, RequestView view) =>
        view.Body.OverLimit && error.Category == ErrorCategory.Internal ? Facets.Of(CheckKind.Limit, operation)
        : failures.Count >= 2 ? Facets.Precedence(operation, error)
        : Facets.Natural(operation, error);

    // The answer against each alternative in turn; null when it matched none and is an error the spec marks forced.
    private static List<Observation>? Observe(ApiOperation operation, ObservedResponse observed, IReadOnlyList<string> undocumented, List<Alternative> alternatives)
    {
        foreach (var alternative in alternatives)
        {
            if (undocumented.Count > 0 || ResponseContract.Mismatches(operation, observed, alternative.Key).Count > 0)
            {
                continue;
            }

            var expected = Facets.Describe(operation, alternative.Key);
            List<Observation> held = [.. alternative.Facets.Select(facet => new Observation(facet, true, expected, null))];
            if (alternative.Further is { } further)
            {
                var mismatch = further(observed);
                held.AddRange((alternative.FurtherFacets ?? []).Select(facet => new Observation(facet, mismatch is null, $"{expected} as the account's earlier exchanges make it", mismatch)));
            }

            return held;
        }

        if (undocumented.Count == 0 && IsForced(operation, observed))
        {
            return null;
        }

        var primary = alternatives.LastOrDefault(alternative => alternative.IsEvidence);
        if (primary is null)
        {
            return [];
        }

        var problems = ResponseContract.Problems(operation, observed, primary.Key);
        var actual = $"{Summary(observed)} ({string.Join("; ", problems)})";
        var wanted = Facets.Describe(operation, primary.Key);
        return [.. primary.Facets.Concat(primary.FurtherFacets ?? []).Select(facet => new Observation(facet, false, wanted, actual))];
    }

    // A documented error that only a server-side condition causes: no request and no earlier exchange predicts it.
    private static bool IsForced(ApiOperation operation, ObservedResponse observed) =>
        operation.Response(observed.Status)?.Errors.ToList() is { } errors
        && errors.Any(error => error.Trigger == ErrorTrigger.Forced && error.Message == observed.Message)
        && !errors.Any(error => error.Trigger != ErrorTrigger.Forced && error.Message == observed.Message);

    private bool RefusedLiveToken(ApiOperation operation, TrackedSession? session, Exchange exchange, ObservedResponse observed, IReadOnlyList<string> undocumented) =>
        session is { LoggedOut: false } && undocumented.Count == 0 && !session.ExpiredAt(exchange.Started)
        && operation.NaturalErrors.FirstOrDefault(error => error.Category == ErrorCategory.InvalidToken) is { } invalid
        && ResponseContract.Mismatches(operation, observed, Key(operation, invalid)).Count == 0
        && (invalid.In != ParameterLocation.Body || View(operation, exchange).SessionValue(operation, SessionPart.Username) == session.Account.Username);

    // What the exchange tells of the account, from the host's answer.
    private void Learn(ApiOperation operation, Route route, Exchange exchange, RequestView view, TrackedSession? session, ObservedResponse observed, bool documented)
    {
        if (!documented)
        {
            return;
        }

        var effect = operation.Effect;
        if (effect.Action == EffectAction.Login)
        {
            if (observed.IsSuccess && spec.LoginAnswer.Read(observed.Body) is { } values && view.SessionValue(operation, SessionPart.Username) is { } username)
            {
                var account = _tracker.Account(username);
                account.UserId = values.UserId ?? account.UserId;
                _tracker.Start(new TrackedSession(account, values.Token, exchange.Answered, ExpiryOf(operation, observed)));
                ClearHolds(account, Cause.Login);
            }

            return;
        }

        if (session is null || !observed.IsSuccess && effect.Action != EffectAction.Query && effect.Action is not (EffectAction.Update or EffectAction.DeleteOne))
        {
            return;
        }

        if (effect.Action == EffectAction.Logout)
        {
            session.LoggedOut = true;
            session.Account.LastLogout = exchange.Answered;
            ClearHolds(session.Account, Cause.Logout);
            return;
        }

        if (effect.Resource is not { } resource)
        {
            return;
        }

        var holds = session.Account.Holds;
        var held = holds.GetValueOrDefault(resource);
        var keyField = spec.RegistrationKeyField(resource).Name;
        switch (effect.Action)
        {
            case EffectAction.Register when observed.IsSuccess:
                var sent = Sent(operation, view);
                holds[resource] = new Held(sent, KeyOf(sent, keyField), held is { IsEmpty: false } ? Cause.RegisterAgain : Cause.Register, session.Token);
                break;
            case EffectAction.Update or EffectAction.DeleteOne when observed.IsSuccess:
                if (held is { IsEmpty: false } && route.RegistrationKey == held.Key)
                {
                    var merged = effect.Action == EffectAction.Update ? Merged(held.Fields!, Sent(operation, view)) : null;
                    holds[resource] = new Held(merged, merged is null ? null : KeyOf(merged, keyField), effect.Action == EffectAction.Update ? Cause.Update : Cause.Delete, session.Token);
                }
                else
                {
                    holds.Remove(resource);
                }

                break;
            case EffectAction.Update or EffectAction.DeleteOne:
                if (held is { IsEmpty: false } && route.RegistrationKey != held.Key)
                {
                    holds[resource] = held with { Cause = Cause.UnknownSerial };
                }

                break;
            case EffectAction.Clear:
                holds[resource] = new Held(null, null, Cause.Clear, session.Token);
                break;
            case EffectAction.Query when observed.IsSuccess && held is { IsEmpty: true }:
                holds.Remove(resource);
                break;
            case EffectAction.Query when !observed.IsSuccess && held is null && observed.Status == operation.Error(ErrorCategory.NoData).Status:
                holds[resource] = new Held(null, null, Cause.Observed, session.Token);
                break;
        }
    }

    private void ClearHolds(TrackedAccount account, Cause cause)
    {
        foreach (var resource in spec.Resources)
        {
            var had = account.Holds.TryGetValue(resource, out var held) && !held.IsEmpty;
            account.Holds[resource] = new Held(null, null, cause, null, had);
        }
    }

    private string? Mismatch(string resource, ObservedResponse record, JsonObject registered, long? userId)
    {
        var mismatches = RecordExpectation.Mismatches(spec, resource, record, registered, userId);
        return mismatches.Count == 0 ? null : string.Join("; ", mismatches);
    }

    private string? ImplausibleLogin(ObservedResponse answer, DateTimeOffset answeredAt)
    {
        var problems = new List<string>();
        foreach (var (name, rule) in spec.OperationFor(EffectAction.Login).Success.Schema.Expiries)
        {
            var value = answer.Property(name);
            if (value is not { ValueKind: JsonValueKind.Number } number || !number.TryGetInt64(out var parsed) || !rule.IsPlausible(parsed, answeredAt))
            {
                problems.Add($"{name}: expected {rule}, got {value?.GetRawText() ?? "no value"}");
            }
        }

        if (spec.LoginAnswer.UserIdProperty is { } idProperty && answer.Property(idProperty) is not { ValueKind: JsonValueKind.Number })
        {
            problems.Add($"{idProperty}: expected an integer user id, got {answer.Property(idProperty)?.GetRawText() ?? "no value"}");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static DateTimeOffset? ExpiryOf(ApiOperation login, ObservedResponse answer)
    {
        foreach (var (name, rule) in login.Success.Schema.Expiries)
        {
            if (answer.Property(name) is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var value))
            {
                try
                {
                    return rule.Unit == ExpiryUnit.Seconds ? DateTimeOffset.FromUnixTimeSeconds(value) : DateTimeOffset.FromUnixTimeMilliseconds(value);
                }
                catch (ArgumentOutOfRangeException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    private RequestView View(ApiOperation operation, Exchange exchange)
    {
        var max = spec.RequestLimits.MaxBodyBytes;
        var body = operation.Body is null ? JsonBody.None
            : exchange.RequestBodyLength > max ? JsonBody.TooLarge(max)
            : JsonBody.Parse(exchange.RequestBody, max);
        return new RequestView(exchange.RequestHeader(spec.TokenHeader), body);
    }

    private static string? TokenOf(ApiOperation operation, RequestView view) => operation.Token switch
    {
        TokenPlacement.Header => view.TokenHeader,
        TokenPlacement.Body => view.SessionValue(operation, SessionPart.Token),
        _ => null,
    };

    private static JsonObject Sent(ApiOperation operation, RequestView view)
    {
        var sent = new JsonObject();
        foreach (var field in operation.Body?.Fields ?? [])
        {
            if (view.Body.Field(field.Name) is { } value)
            {
                sent[field.Name] = JsonNode.Parse(value.GetRawText());
            }
        }

        return sent;
    }

    private static JsonObject Merged(JsonObject registered, JsonObject changes)
    {
        var merged = registered.DeepClone().AsObject();
        foreach (var (name, value) in changes)
        {
            merged[name] = value?.DeepClone();
        }

        return merged;
    }

    private static string? KeyOf(JsonObject fields, string keyField) =>
        fields[keyField] is JsonValue value && value.TryGetValue<string>(out var key) ? key : null;

    private static AnswerKey Key(ApiOperation operation, DocumentedError error) => operation.Answer(error).Key;

    private static AnswerKey? DocumentedAnswerOf(ApiOperation operation, ObservedResponse observed, IReadOnlyList<string> undocumented)
    {
        if (undocumented.Count > 0 || operation.Response(observed.Status) is not { } response)
        {
            return null;
        }

        return response.IsSuccess
            ? operation.SuccessAnswer.Key
            : response.Examples.FirstOrDefault(example => example.Error?.Message == observed.Message) is { } example ? new AnswerKey(operation.Id, response.Status, example.Name) : null;
    }

    private static IEnumerable<Finding> ClientFindings(IReadOnlyList<DocumentedError> failures)
    {
        if (failures.Count == 0)
        {
            yield break;
        }

        var first = failures[0];
        var more = failures.Count > 1 ? $", and {failures.Count - 1} more fault(s) the spec checks later" : string.Empty;
        yield return new Finding(Side.Client, $"the request has what the spec answers {first.Status} \"{first.Message}\" ({SpecWords.Of(first.Category)}{(first.Field is null ? string.Empty : $" {first.Field}")}){more}");
    }

    private static ObservedResponse Observed(Exchange exchange) =>
        new(exchange.Status, exchange.ResponseHeader("Content-Type"), Encoding.UTF8.GetString(exchange.ResponseBody));

    /// <summary>An answer in one line: its status and message, or the start of its body.</summary>
    public static string Summary(ObservedResponse observed) =>
        observed.Message is { } message ? $"{observed.Status} \"{message}\"" : $"{observed.Status} {(observed.Body.Length > 160 ? observed.Body[..160] + "..." : observed.Body)}";
}
