using System.Globalization;

namespace JapanRussia.Core.Scoring;

/// <summary>A share with its counts, printed as "0.87 (200/230)"; an empty share is 0.</summary>
public sealed record Fraction(int Numerator, int Denominator)
{
    public double Value => Denominator == 0 ? 0 : (double)Numerator / Denominator;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value:F3} ({Numerator}/{Denominator})");
}
