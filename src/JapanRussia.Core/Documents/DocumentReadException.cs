namespace JapanRussia.Core.Documents;

/// <summary>A document that cannot be ingested, with a reason a person can act on.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException()
    {
    }

    public DocumentReadException(string message)
        : base(message)
    {
    }

    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
