using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Model.Mocking;

namespace Lancens.Contracts.ContractTests.Running;

/// <summary>
/// The target's clock, moved through the engine's admin endpoint (<c>/__lancens/clock</c>), as QA moves it with
/// <c>lancens clock --advance</c>: only targets with <c>TargetNeeds.MovableClock</c> are asked.
/// </summary>
internal sealed class TargetClock(HttpClient client, Uri root)
{
    public Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{{\"advance\":\"{Duration.Format(by)}\"}}", cancellationToken);

    /// <summary>Back to real time, so sessions the run holds work again.</summary>
    public Task ResetAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, null, cancellationToken);

    private async Task SendAsync(HttpMethod method, string? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, AdminRoutes.Clock.On(root))
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, MediaTypes.Json),
        };
        using var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The target's clock did not move: {method} {request.RequestUri} answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
