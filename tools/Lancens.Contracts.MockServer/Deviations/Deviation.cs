namespace Lancens.Contracts.MockServer.Deviations;

/// <summary>
/// Ways the engine can be told to break the contract (<c>serve --deviate NAME</c>), for tests only: the contract suite
/// must fail on every one of them, which proves it can. Each breaks one kind of promise.
/// </summary>
internal enum Deviation
{
    /// <summary>status: natural errors answer 422 instead of their documented status.</summary>
    NaturalErrorStatus422,

    /// <summary>text: error messages end with a full stop.</summary>
    ErrorTextWithFullStop,

    /// <summary>field: the login answer renames reflash_key.</summary>
    LoginFieldRenamed,

    /// <summary>type: the query answers integer values (dev) as strings.</summary>
    RecordIntegersAsStrings,

    /// <summary>boundary: the registration key (push_token) may be one character shorter than the spec allows.</summary>
    RegistrationKeyOneShorter,

    /// <summary>order: the body is checked before the token header.</summary>
    BodyBeforeToken,

    /// <summary>memory: update answers success but the query keeps answering the old values.</summary>
    UpdateForgotten,

    /// <summary>memory: login keeps the account's push tokens.</summary>
    LoginKeepsPushTokens,

    /// <summary>memory: an absent dev is stored as 1 instead of the default 0.</summary>
    DefaultDevOne,

    /// <summary>memory: delete-one deletes the registration whatever serial it is given.</summary>
    DeleteAnySerial,

    /// <summary>header: every answer is labelled text/html.</summary>
    HtmlContentType,

    /// <summary>session: logout answers success but the token keeps working.</summary>
    LogoutKeepsToken,

    /// <summary>session: every account sees the same registrations.</summary>
    SharedRegistrations,

    /// <summary>session: any token is accepted.</summary>
    AnyTokenIsValid,

    /// <summary>value: the login expiry is in milliseconds.</summary>
    ExpiryInMilliseconds,
}
