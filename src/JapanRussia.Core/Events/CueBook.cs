using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>The cue tables of Reference/event-cues.json, read once as case-insensitive lookups and longest-first phrases.</summary>
internal static class CueBook
{
    public static EventCues Get => ReferenceData.Cues;
}
