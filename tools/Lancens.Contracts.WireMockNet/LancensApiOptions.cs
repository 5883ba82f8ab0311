using Lancens.Contracts.Model;

namespace Lancens.Contracts.WireMockNet;

/// <summary>How <see cref="LancensWireMockExtensions.AddLancensApi"/> registers the API; every default suits a team's existing server.</summary>
public sealed record LancensApiOptions
{
    /// <summary>The spec to serve; the one this build carries (<see cref="ApiSpecification.Bundled"/>) when null.</summary>
    public ApiSpecification? Spec { get; init; }

    /// <summary>The path the API is served under, e.g. <c>/lancens/v1/api</c> beside another vendor's; the spec's own (<c>/v1/api</c>) when null.</summary>
    public string? BasePath { get; init; }

    /// <summary>Which unmatched requests get the spec's unknown-route answer; by default only those under the base path.</summary>
    public UnknownRoutes UnknownRoutes { get; init; } = UnknownRoutes.UnderBasePath;

    /// <summary>The clock of the login's expiry and of delays; tests pass their own.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}

/// <summary>Which requests no stub matches get the spec's unknown-route answer (<c>x-lancens-unknown-route</c>).</summary>
public enum UnknownRoutes
{
    /// <summary>Those under the base path; any other keeps the server's own answer (WireMock.Net's 404), so a team's server stays as it was.</summary>
    UnderBasePath,

    /// <summary>Every one, whatever its path: for a server that serves this API alone (<c>lancens serve --engine wiremock-net</c>).</summary>
    Everywhere,
}
