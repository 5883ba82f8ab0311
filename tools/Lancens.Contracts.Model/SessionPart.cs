namespace Lancens.Contracts.Model;

/// <summary>Which part of a login session a field carries (<c>x-lancens-session</c>), so tests fill it with the session's own value.</summary>
public enum SessionPart
{
    None,
    Username,
    Password,
    Token,

    /// <summary>The account's user id, which login answers and the push-token records carry.</summary>
    UserId,
}
