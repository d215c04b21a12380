using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>The tables of Reference/headline-words.json, read once as case-insensitive sets.</summary>
internal static class HeadlineBook
{
    public static HeadlineWords Get => ReferenceData.HeadlineWords;
}
