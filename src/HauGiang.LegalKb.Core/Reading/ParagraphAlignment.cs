namespace HauGiang.LegalKb.Core.Reading;

/// <summary>How a paragraph is aligned on the page.</summary>
public enum ParagraphAlignment
{
    /// <summary>The format does not say.</summary>
    Unknown,

    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred (titles, the national motto, the type line).</summary>
    Center,

    /// <summary>Flush right (the place and date line in some layouts).</summary>
    Right,

    /// <summary>Justified (body text).</summary>
    Justify,
}
