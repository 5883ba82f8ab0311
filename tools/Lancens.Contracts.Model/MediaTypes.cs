namespace Lancens.Contracts.Model;

public static class MediaTypes
{
    /// <summary>What every request body and every answer of the API carries; the loader accepts no other.</summary>
    public const string Json = "application/json";
}
