namespace JapanRussia.Core.Reference;

/// <summary>An act a source can state about a kind of happening, the part of the happening's days it falls in, and its headline.</summary>
/// <param name="At">"start", "end", "span" (the whole happening), "before" (up to its start) or "after" (from its start).</param>
public sealed record HappeningAct(string At, string Title);
