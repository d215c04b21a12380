using JapanRussia.Core.Events;

namespace JapanRussia.Core.Data;

/// <summary>A person or place an event names, spelling variants folded to one name ("Kunashiri" is "Kunashir").</summary>
public sealed class EventEntity
{
    public required string EventId { get; set; }

    public EntityKind Kind { get; set; }

    public required string Name { get; set; }
}
