using JapanRussia.Core.Events;

namespace JapanRussia.Core.Data;

/// <summary>A person or place an <see cref="EventRow"/> names.</summary>
public sealed record EventEntityRow(EntityKind Kind, string Name);
