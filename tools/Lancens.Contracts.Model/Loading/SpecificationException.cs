namespace Lancens.Contracts.Model.Loading;

/// <summary>The spec file is missing, unreadable or inconsistent; the message names the file and the problem.</summary>
public sealed class SpecificationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
