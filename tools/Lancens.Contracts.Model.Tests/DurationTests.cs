using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.Model.Tests;

/// <summary>How far a clock moves, as people write it: what the CLI, the admin endpoint and the console accept.</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("31d", 31 * 24 * 3600)]
    [InlineData("90m", 90 * 60)]
    [InlineData("1d12h", 36 * 3600)]
    [InlineData("45s", 45)]
    [InlineData(" 2h30m ", 9000)]
    public void TryParse_ADurationAsWritten_IsThatManySeconds(string text, long seconds)
    {
        Duration.TryParse(text, out var duration).ShouldBeTrue();
        duration.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("31")]
    [InlineData("d")]
    [InlineData("-1d")]
    [InlineData("0d")]
    [InlineData("1w")]
    [InlineData("1.5d")]
    [InlineData("9999999999d")]
    [InlineData(null)]
    public void TryParse_NotAForwardDuration_IsRefused(string? text) => Duration.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("31d")]
    [InlineData("1d12h30m")]
    [InlineData("45s")]
    public void Format_WhatTryParseRead_WritesItTheSameWay(string text)
    {
        Duration.TryParse(text, out var duration).ShouldBeTrue();
        Duration.Format(duration).ShouldBe(text);
    }
}
