using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Generators.Catalog;

/// <summary>docs/errors.md: for QA, every documented response of every operation and how to make the mock produce it.</summary>
internal static class ErrorCatalogMarkdown
{
    public static string Render(ApiSpecification spec, IReadOnlyList<CatalogEntry> entries)
    {
        var text = new StringBuilder();
        text.AppendLine("# Lancens user API: documented responses and how to reproduce them");
        text.AppendLine();
        text.AppendLine($"Generated from `spec/lancens-user-api.yaml` ({spec.Title} {spec.Version}) by `lancens generate`; do not edit.");
        var folder = Path.GetRelativePath(Path.GetDirectoryName(CatalogGenerator.MarkdownPath)!, CatalogGenerator.HttpDirectory).Replace('\\', '/');
        text.AppendLine($"Ready-made requests for each row, in the order to send them, one file per client: {string.Join(", ", CatalogGenerator.Clients.Select(client => $"[{client.FileName}]({folder}/{client.FileName}) for {client.ClientName}"))}.");
        text.AppendLine("Each request's title names the answer it must get; each file's header says how its client sends it and where its base URL comes from.");
        text.AppendLine();
        text.AppendLine($"On the local mock (`lancens serve`, `{MockDefaults.LocalBaseUrl(spec)}` by default):");
        text.AppendLine();
        text.AppendLine("- a **natural** error comes from the request itself: send what the row says;");
        text.AppendLine("- a **state** error comes from what the mock remembers of the account: reach that state (the row says how);");
        text.AppendLine($"- any documented error of an operation, natural, state or **forced**, comes back when the request carries `{MockControl.ErrorHeader}: <exact error text>`; a text the operation does not document answers 400 with the list it accepts;");
        text.AppendLine("- from an app that cannot add headers (a release build), arm it instead: the row's `lancens arm` command makes the next request to that operation answer it (`--username U` for one account's requests only, `--times N` for more than one, `lancens arm --list` and `--clear`);");
        text.AppendLine($"- `{MockControl.FaultHeader}` (or `lancens arm --fault`) makes the connection misbehave (see the end of this page);");
        text.AppendLine($"- the mock remembers logins and registrations per account; `curl -X POST {MockDefaults.LocalRootUrl}{MockControl.AdminPrefix}reset` forgets them all.");
        text.AppendLine();
        foreach (var operation in spec.Operations)
        {
            text.AppendLine($"## `{operation.Route}` ({operation.Id})");
            text.AppendLine();
            text.AppendLine($"{operation.Summary}.");
            text.AppendLine();
            text.AppendLine("| Response | Status | Category | Trigger | How to reproduce on the mock |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var entry in entries.Where(entry => entry.Operation == operation))
            {
                text.AppendLine(Row(spec, entry));
            }

            text.AppendLine();
        }

        text.AppendLine("## Faults");
        text.AppendLine();
        text.AppendLine($"| `{MockControl.FaultHeader}` | Effect |");
        text.AppendLine("|---|---|");
        text.AppendLine($"| `delay=<ms>` | the request's own answer, that many milliseconds late, up to {MockControl.MaxDelay.TotalMilliseconds:0} (stock WireMock on `mocks/`: {string.Join(", ", MockControl.DelayPresetsMilliseconds)} only, answering the success example) |");

        foreach (var fault in MockControl.ConnectionFaults)
        {
            text.AppendLine($"| `{fault.Value}` | {fault.Effect} |");
        }

        text.AppendLine();
        text.AppendLine($"Any other method or path answers {spec.UnknownRoute.Status} `{{\"message\": \"{spec.UnknownRoute.Message}\"}}`.");
        return text.ToString();
    }

    // How a client reaches the state in which an operation on a registration finds none.
    private static string StateReached(ApiSpecification spec, ApiOperation operation) => operation.Effect.Resource is { } resource
        ? $"after a login, a logout, a clear or a delete of the {resource} push token{(operation.PathParameters.Any(parameter => parameter.RegistrationKey is not null) ? $", or with a serial that is not the registered {spec.RegistrationKeyField(resource).Name}" : string.Empty)}"
        : "when nothing is registered";

    private static string Row(ApiSpecification spec, CatalogEntry entry)
    {
        var body = entry.Error is null ? $"`{entry.Example.Json}`" : $"`{entry.Error.Message}`";
        if (entry.Error is not { } error)
        {
            return $"| {body} | {entry.Response.Status} | success | - | {Cell(entry.Reproduction.GivenText)}: {Cell(entry.Reproduction.Condition)} |";
        }

        var forcing = $"`{MockControl.ErrorHeader}: {error.Message}` or `{MockControl.ArmCommand(error)}`";
        var how = error.Trigger switch
        {
            ErrorTrigger.Natural => $"{Cell(entry.Reproduction.Condition)}; or {forcing}",
            ErrorTrigger.State => $"{Cell(error.Condition ?? string.Empty)}: {StateReached(spec, entry.Operation)}; or {forcing}",
            _ => $"{forcing} ({Cell(error.Condition ?? string.Empty)})",
        };
        if (MockStateNotes.For(entry.Operation, error) is { } note)
        {
            how += $"; {note}";
        }

        return $"| {body} | {error.Status} | {SpecWords.Of(error.Category)} | {SpecWords.Of(error.Trigger)} | {how} |";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
