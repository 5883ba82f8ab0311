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
        text.AppendLine("Ready-made requests for each row are in [errors.http](errors.http) (VS Code REST Client, JetBrains HTTP client).");
        text.AppendLine();
        text.AppendLine($"On the local mock (`{MockDefaults.LocalBaseUrl(spec)}` by default):");
        text.AppendLine();
        text.AppendLine($"- a **natural** error comes from the request itself: send what the row says;");
        text.AppendLine($"- any documented error of an operation, natural or **forced**, comes back when the request carries `{MockControl.ErrorHeader}: <exact error text>`; a text the operation does not document answers 400 with the list it accepts;");
        text.AppendLine($"- `{MockControl.FaultHeader}` makes the connection misbehave (see the end of this page);");
        text.AppendLine("- the mock remembers logins, logouts and registrations per WireMock instance: `POST /__admin/scenarios/reset` starts over (logged in, nothing registered).");
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
                text.AppendLine(Row(entry));
            }

            text.AppendLine();
        }

        text.AppendLine("## Faults");
        text.AppendLine();
        text.AppendLine($"| `{MockControl.FaultHeader}` | Effect |");
        text.AppendLine("|---|---|");
        foreach (var delay in MockControl.DelayPresetsMilliseconds)
        {
            text.AppendLine($"| `{MockControl.Delay(delay)}` | the operation's success answer, {delay} ms late (the session state does not change) |");
        }

        foreach (var fault in MockControl.ConnectionFaults)
        {
            text.AppendLine($"| `{fault.Value}` | {fault.Effect} |");
        }

        text.AppendLine();
        text.AppendLine($"Any other method or path answers {spec.UnknownRoute.Status} `{{\"message\": \"{spec.UnknownRoute.Message}\"}}`.");
        return text.ToString();
    }

    private static string Row(CatalogEntry entry)
    {
        var body = entry.Error is null ? $"`{entry.Example.Json}`" : $"`{entry.Error.Message}`";
        if (entry.Error is not { } error)
        {
            return $"| {body} | {entry.Response.Status} | success | - | {Cell(entry.Reproduction.Given)}: {Cell(entry.Reproduction.Condition)} |";
        }

        var how = error.Trigger == ErrorTrigger.Natural
            ? $"{Cell(entry.Reproduction.Condition)}, or `{MockControl.ErrorHeader}: {error.Message}`"
            : $"`{MockControl.ErrorHeader}: {error.Message}` ({Cell(error.Condition ?? string.Empty)})";
        if (MockStateNotes.For(entry.Operation, error) is { } note)
        {
            how += $"; {note}";
        }

        return $"| {body} | {error.Status} | {SpecWords.Of(error.Category)} | {SpecWords.Of(error.Trigger)} | {how} |";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
