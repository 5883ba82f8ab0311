namespace Lancens.Contracts.Deviations;

/// <summary>
/// Ways to start the engine broken on purpose, so the contract suite proves it can fail: each breaks one kind of promise.
/// The first nine change the spec the engine is started with; the others wrap the store it remembers with.
/// </summary>
public enum Deviation
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

    /// <summary>default: an absent dev is stored as 1 instead of the default 0.</summary>
    DefaultDevOne,

    /// <summary>header: every documented answer is labelled text/html.</summary>
    HtmlContentType,

    /// <summary>value: the login expiry is in milliseconds.</summary>
    ExpiryInMilliseconds,

    /// <summary>memory: update answers success but the query keeps answering the old values.</summary>
    UpdateForgotten,

    /// <summary>memory: login keeps the account's push tokens.</summary>
    LoginKeepsPushTokens,

    /// <summary>memory: delete-one deletes the registration whatever serial it is given.</summary>
    DeleteAnySerial,

    /// <summary>session: logout answers success but the token keeps working.</summary>
    LogoutKeepsToken,

    /// <summary>session: every account sees the same registrations.</summary>
    SharedRegistrations,

    /// <summary>session: any token is accepted.</summary>
    AnyTokenIsValid,

    /// <summary>cross-kind: clearing one kind of push token clears the other kind too.</summary>
    ClearEndsEveryKind,

    /// <summary>masked default: register forgets the integer fields it was sent, so their defaults answer (dev 1 reads back 0).</summary>
    RegisterForgetsIntegers,

    /// <summary>stored value: characters outside the BMP come back as '?'.</summary>
    StoredTextLosesNonBmp,

    /// <summary>identity: a query answers whichever account last registered the same push token.</summary>
    RecordsFoundByPushToken,

    /// <summary>identity: a token is accepted in any letter case.</summary>
    TokenInAnyCase,
}
