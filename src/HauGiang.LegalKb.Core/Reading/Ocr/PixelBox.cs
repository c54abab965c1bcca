namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>A rectangle on a page image, in pixels.</summary>
internal readonly record struct PixelBox(int Left, int Top, int Width, int Height)
{
    /// <summary>The right edge.</summary>
    public int Right => Left + Width;

    /// <summary>The bottom edge.</summary>
    public int Bottom => Top + Height;

    /// <summary>True when the point lies inside.</summary>
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}
