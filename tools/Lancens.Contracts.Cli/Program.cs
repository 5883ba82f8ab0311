using System.CommandLine;
using Lancens.Contracts.Cli.Commands;

var root = new RootCommand("Lancens.Contracts: the mock, the QA error catalog and the validating proxy of the Lancens user API, derived from spec/lancens-user-api.yaml.")
{
    GenerateCommand.Create(),
    ServeCommand.Create(),
    ArmCommand.Create(),
    ClockCommand.Create(),
    ProxyCommand.Create(),
    VerdictsCommand.Create(),
    ReplayCommand.Create(),
};

// serve and proxy catch Ctrl-C and SIGTERM themselves (StopSignal), to stop gracefully (the proxy writes its report);
// the parser must not end the process first.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
