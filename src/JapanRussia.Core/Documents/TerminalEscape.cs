namespace JapanRussia.Core.Documents;

/// <summary>
/// Terminal escape sequences (ECMA-48) pasted into text with its colours: "\x1b[31m" (CSI), "\x1b]0;title\x07" (OSC),
/// "\x1b(B" (character set) and "\x1b7" (cursor). A terminal shows none of their characters, so neither may the engine.
/// An escape followed by a letter is left alone: "\x1bTokyo" is more likely damage than a command, and the word stays.
/// </summary>
internal static class TerminalEscape
{
    private const char Escape = '\u001b';
    private const char C1ControlSequenceIntroducer = '\u009b';
    private const char C1OperatingSystemCommand = '\u009d';
    private const char Bell = '\u0007';
    private const char C1StringTerminator = '\u009c';

    /// <summary>An unterminated command string ends here: longer than any real title or hyperlink sequence.</summary>
    private const int MaxCommandLength = 512;

    /// <summary>The length of the escape sequence starting at <paramref name="i"/>, or 0 when none starts there.</summary>
    public static int Length(string text, int i)
    {
        var c = text[i];
        if (c == C1ControlSequenceIntroducer)
        {
            return ControlSequenceEnd(text, i + 1) - i;
        }

        if (c == C1OperatingSystemCommand)
        {
            return CommandStringLength(text, i, 1);
        }

        if (c != Escape || i + 1 >= text.Length)
        {
            return 0;
        }

        var next = text[i + 1];
        return next switch
        {
            '[' => ControlSequenceEnd(text, i + 2) - i,
            ']' or 'P' or '^' or '_' => CommandStringLength(text, i, 2),
            '(' or ')' or '*' or '+' when i + 2 < text.Length && text[i + 2] is >= '0' and <= '~' => 3,
            >= '0' and <= '?' => 2,
            _ => 0,
        };
    }

    /// <summary>Parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, then one final byte 0x40–0x7E.</summary>
    private static int ControlSequenceEnd(string text, int k)
    {
        while (k < text.Length && text[k] is >= '0' and <= '?')
        {
            k++;
        }

        while (k < text.Length && text[k] is >= ' ' and <= '/')
        {
            k++;
        }

        return k < text.Length && text[k] is >= '@' and <= '~' ? k + 1 : k;
    }

    /// <summary>
    /// A command string runs to BEL, ESC \ or ST. One never closed (cut by a line break or an escape, or longer than
    /// any real title or link) is damage: only its introducer is dropped, so no text is lost with it.
    /// </summary>
    private static int CommandStringLength(string text, int start, int introducer)
    {
        var limit = Math.Min(text.Length, start + introducer + MaxCommandLength);
        for (var k = start + introducer; k < limit; k++)
        {
            var c = text[k];
            if (c is Bell or C1StringTerminator)
            {
                return k + 1 - start;
            }

            if (c == Escape && k + 1 < text.Length && text[k + 1] == '\\')
            {
                return k + 2 - start;
            }

            if (c is '\n' or '\r' or Escape)
            {
                break;
            }
        }

        return introducer;
    }
}
