using System.CommandLine;
using Lancens.Contracts.Cli.Commands;

var root = new RootCommand("Lancens.Contracts: the mock and the QA error catalog of the Lancens user API, derived from spec/lancens-user-api.yaml.")
{
    GenerateCommand.Create(),
    ServeCommand.Create(),
    ArmCommand.Create(),
    ClockCommand.Create(),
    ProxyCommand.Create(),
    VerdictsCommand.Create(),
    ReplayCommand.Create(),
};

// serve catches Ctrl-C and SIGTERM itself (StopSignal), to stop gracefully; the parser must not end the process first.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
