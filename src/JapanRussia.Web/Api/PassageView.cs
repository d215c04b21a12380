namespace JapanRussia.Web.Api;

/// <summary>A passage with its span in the document text: <c>text[start..end]</c> is the passage.</summary>
public sealed record PassageView(int Ordinal, string Kind, int Start, int End, string Text);
