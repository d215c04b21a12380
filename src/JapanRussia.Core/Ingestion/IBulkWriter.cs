using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Ingestion;

/// <summary>Writes documents, passages and events in the caller's transaction, with the provider's fastest means.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    /// <summary>Writes a document and its passages; returns the passage ids by ordinal.</summary>
    Dictionary<int, int> InsertDocument(SourceDocument document, IReadOnlyList<PassageSpan> passages, DateTimeOffset ingestedAt);

    void InsertEvent(TimelineEvent timelineEvent, string fingerprint, Func<string, int, int> passageId);

    /// <summary>Writes what is still held back; the events are in the store once this returns.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
