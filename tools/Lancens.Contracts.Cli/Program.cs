using System.CommandLine;
using Lancens.Contracts.Cli.Commands;

var root = new RootCommand("Lancens.Contracts: the WireMock mock and the QA error catalog of the Lancens user API, derived from spec/lancens-user-api.yaml.")
{
    GenerateCommand.Create(),
    ServeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
