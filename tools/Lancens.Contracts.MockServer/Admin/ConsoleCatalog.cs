using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.State;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.MockServer.Admin;

/// <summary>
/// What the console shows of the spec, made once from the model: every operation with its documented answers (status,
/// text, how each is caused), the faults, the longest delay and the bounds, and the admin endpoints with what each is for.
/// </summary>
internal static class ConsoleCatalog
{
    public static object For(ApiSpecification spec, StoreBounds bounds) => new
    {
        title = spec.Title,
        basePath = spec.BasePath,
        operations = spec.Operations.Select(operation => new
        {
            id = operation.Id,
            route = operation.Route,
            summary = operation.Summary,
            answers = operation.Answers.Select(answer => new
            {
                status = answer.Response.Status,
                example = answer.Example.Name,
                message = answer.Example.Message,
                trigger = answer.Error is { } error ? SpecWords.Of(error.Trigger) : "success",
                category = answer.Error is { } categorized ? SpecWords.Of(categorized.Category) : null,
                caused = Cause(answer),
            }),
        }),
        faults = MockControl.ConnectionFaults.Select(fault => new { value = fault.Value, effect = fault.Effect }),
        delays = MockControl.DelayPresetsMilliseconds.Select(MockControl.Delay),
        maxDelayMilliseconds = (long)MockControl.MaxDelay.TotalMilliseconds,
        maxTimes = ArmedAnswers.MaxTimes,
        maxArmed = ArmedAnswers.MaxArmed,
        maxAccounts = bounds.MaxAccounts,
        maxSessionsPerAccount = bounds.MaxSessionsPerAccount,
        adminRoutes = AdminRoutes.All.Select(route => new { path = route.Path, methods = route.Methods, purpose = route.Purpose }),
    };

    // How a client meets the answer, in the spec's words.
    private static string Cause(DocumentedAnswer answer) => answer.Error switch
    {
        null => "a valid request",
        { Trigger: ErrorTrigger.Natural } error => $"{SpecWords.Of(error.Category)}{(error.Field is null ? string.Empty : $" ({error.Field})")}: sent by the client",
        { Condition: { } condition } => condition,
        { } error => $"{SpecWords.Of(error.Trigger)} {SpecWords.Of(error.Category)}",
    };
}
