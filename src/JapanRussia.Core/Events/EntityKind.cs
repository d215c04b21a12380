namespace JapanRussia.Core.Events;

/// <summary>What kind of thing a named entity is.</summary>
public enum EntityKind
{
    Person,
    Place,
}
