using Lancens.Contracts.Benchmarks.Bare;
using Lancens.Contracts.Benchmarks.Cli;

// Exit codes: 0 it ran (missed targets are in the report), 1 it could not run, 2 wrk is missing, 3 the soak found
// problems, 64 the arguments are wrong, 130 it was interrupted.
return args switch
{
    [BareEndpoint.Mode, .. var rest] => await BareEndpoint.RunAsync(rest),
    [SoakCommand.Name, .. var rest] => await CommandRunner.RunAsync(cancellation => SoakCommand.RunAsync(rest, cancellation)),
    _ => await CommandRunner.RunAsync(cancellation => BenchmarkCommand.RunAsync(args, cancellation)),
};
