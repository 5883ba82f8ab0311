namespace Lancens.Contracts.Model;

/// <summary>
/// The journeys <c>lancens proxy</c> recognises in the traffic it forwards: exchanges of one account (followed through
/// the tokens its logins answered) whose answers must agree. Each is named as the suite's journey of the same meaning,
/// so one <c>verified-by</c> selector (<c>journey=register-then-query</c>) picks the suite's check and the proxy's
/// evidence alike; the spec's comment above <c>x-assumptions</c> lists them.
/// </summary>
public enum ExchangePattern
{
    /// <summary>A query after a registration by the same account answers what was sent, and the login's user id.</summary>
    RegisterThenQuery,

    /// <summary>A query after a registration that left out fields with a default answers those defaults.</summary>
    DefaultsWhenAbsent,

    /// <summary>A query after an update through the registered push token answers the new values and keeps the rest.</summary>
    UpdateThenQuery,

    /// <summary>A query after a delete through the registered push token answers no data.</summary>
    DeleteThenQuery,

    /// <summary>An update or delete through a serial that is not the registered push token answers no data; a later query, the registration untouched.</summary>
    UnknownSerialChangesNothing,

    /// <summary>A query after a second registration answers the second.</summary>
    RegisterAgainReplaces,

    /// <summary>A clear with nothing registered answers success.</summary>
    ClearWhenEmpty,

    /// <summary>A query after a new login of an account that had registrations answers no data.</summary>
    LoginClearsPushTokens,

    /// <summary>A query with another live token after a logout of an account that had registrations answers no data.</summary>
    LogoutClearsPushTokens,

    /// <summary>A query with one login's token after a registration with another login's of the same account answers that registration.</summary>
    LoginsShareRecords,

    /// <summary>A query by an account with nothing registered, while another account has a registration, answers no data.</summary>
    AccountsAreIsolated,

    /// <summary>A token a logout ended answers invalid token; the account's other tokens keep working.</summary>
    LogoutEndsThatToken,

    /// <summary>A login answers an integer user id and an expiry as the spec states it (<c>x-lancens-expiry</c>).</summary>
    LoginAnswerIsPlausible,

    /// <summary>A token used after the expiry its login answered answers invalid token.</summary>
    TokenExpires,

    /// <summary>A method the spec does not define on one of its paths answers the spec's unknown-route body.</summary>
    UnknownRoute,
}
