using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>Lines of a paragraph join with a space; a hyphen at a line end is kept or closed as the words require.</summary>
public sealed class LineJoinTests
{
    [Theory]
    [InlineData("cán", "bộ tỉnh", "cán bộ tỉnh")]                      // Vietnamese breaks between syllables
    [InlineData("thành phố Hà-", "Nội", "thành phố Hà-Nội")]           // two syllables written with a dash keep it
    [InlineData("tỉnh Bà Rịa -", "Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu")] // a dash standing alone is a dash
    [InlineData("đường nghiê-", "ng về", "đường nghiêng về")]          // one syllable cut in two is closed up
    [InlineData("the manage-", "ment plan", "the management plan")]     // a foreign word hyphenated at the margin
    [InlineData("giai đoạn 2099-", "2100", "giai đoạn 2099-2100")]      // a range
    [InlineData("thử\u00AD", "nghiệm", "thửnghiệm")]                    // a soft hyphen is no character
    public void LinesJoinAsTheWordsRequire(string left, string right, string joined)
    {
        Assert.Equal(joined, LineJoin.Join(left, right));
    }
}
