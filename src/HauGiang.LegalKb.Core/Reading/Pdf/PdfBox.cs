namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>A rectangle on a page, in points from the top-left corner (y grows downwards).</summary>
internal readonly record struct PdfBox(double Left, double Top, double Right, double Bottom)
{
    /// <summary>True when the point lies inside the rectangle.</summary>
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}
