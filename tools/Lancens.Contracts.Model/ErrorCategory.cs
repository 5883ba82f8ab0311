namespace Lancens.Contracts.Model;

/// <summary>The categories of <c>x-lancens-errors</c>; the spec spells them in kebab case (<c>missing-param</c>).</summary>
public enum ErrorCategory
{
    MissingParam,
    NoToken,
    Length,
    Validation,
    Format,
    InvalidToken,
    NoData,
    Exists,
    Credentials,
    Database,
    Internal,
}
