namespace Lancens.Contracts.Model;

/// <summary>What an operation does to the user's session and push tokens (<c>x-lancens-effect</c>).</summary>
/// <param name="Resource">The push-token kind it acts on (<c>ring</c>, <c>message</c>), or null for session actions.</param>
public sealed record OperationEffect(EffectAction Action, string? Resource);

public enum EffectAction
{
    Login,
    Logout,
    Register,
    Query,
    Update,
    DeleteOne,
    Clear,
}
