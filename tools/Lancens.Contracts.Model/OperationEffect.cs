namespace Lancens.Contracts.Model;

/// <summary>What an operation does to the user's session and push tokens (<c>x-lancens-effect</c>).</summary>
/// <param name="Resource">The push-token kind it acts on (<c>ring</c>, <c>message</c>), or null for session actions.</param>
public sealed record OperationEffect(EffectAction Action, string? Resource)
{
    /// <summary>Query, update and delete-one act on an existing registration; without one they answer the no-data error.</summary>
    public bool NeedsRegistration => Action is EffectAction.Query or EffectAction.Update or EffectAction.DeleteOne;

    /// <summary>Register and update leave a registration whose key is the push token they sent.</summary>
    public bool LeavesRegistration => Action is EffectAction.Register or EffectAction.Update;

    /// <summary>Delete-one and clear remove the registration they act on.</summary>
    public bool RemovesRegistration => Action is EffectAction.DeleteOne or EffectAction.Clear;

    /// <summary>Login and logout start or end a session (and delete every push token of the user, as their descriptions say).</summary>
    public bool IsSessionAction => Action is EffectAction.Login or EffectAction.Logout;
}

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
