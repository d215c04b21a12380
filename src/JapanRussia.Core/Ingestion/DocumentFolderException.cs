namespace JapanRussia.Core.Ingestion;

/// <summary>The documents folder exists but cannot be listed; the message is the reason, in words a person can act on.</summary>
public sealed class DocumentFolderException : Exception
{
    public DocumentFolderException()
    {
    }

    public DocumentFolderException(string message)
        : base(message)
    {
    }

    public DocumentFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
