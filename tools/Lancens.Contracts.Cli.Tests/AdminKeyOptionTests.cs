using System.CommandLine;
using Lancens.Contracts.Cli.Commands;

namespace Lancens.Contracts.Cli.Tests;

/// <summary>The admin key from the environment, so it need not be typed where ps shows it.</summary>
public sealed class AdminKeyOptionTests
{
    [Theory]
    [InlineData(null, new string[0], null)]
    [InlineData("", new string[0], null)]
    [InlineData("from-env", new string[0], "from-env")]
    [InlineData("from-env", new[] { "--admin-key", "typed" }, "typed")]
    [InlineData(null, new[] { "--admin-key", "typed" }, "typed")]
    public void AdminKey_FromTheCommandLineOrElseTheEnvironment(string? environment, string[] arguments, string? expected)
    {
        var key = AdminClient.KeyOption("the key", name => name == AdminClient.KeyVariable ? environment : null);
        var command = new RootCommand { key };

        command.Parse(arguments).GetValue(key).ShouldBe(expected);
    }
}
