using HauGiang.LegalKb.Web.StudyPacks;

namespace HauGiang.LegalKb.Web.Tests.StudyPacks;

public sealed class NoteMarkdownTests
{
    [Theory]
    [InlineData("**Mở đầu**: xem [trang chủ](/) và [nguồn](https://example.org/a)", "**Mở đầu**: xem [trang chủ](/) và [nguồn](https://example.org/a)")]
    [InlineData("- một\n- hai", "- một\n- hai")]
    [InlineData("> trích *dẫn*", "> trích *dẫn*")]
    [InlineData("## Phần 1\n\nNội dung.", "## Phần 1\n\nNội dung.")]
    [InlineData("Chú ý: 5 < 6 & `mã`", "Chú ý: 5 \\< 6 \\& `mã`")]
    [InlineData("[x](javascript:alert(1)) <img src=x>", "[x](#) \\<img src=x\\>")]
    [InlineData("[x][r]\n\n[r]: https://example.org/b", "[x](https://example.org/b)")]
    public void OrdinaryNotesKeepTheirMarkdownAndMarkupBecomesText(string note, string expected)
    {
        Assert.Equal(expected, NoteMarkdown.ToMarkdown(note));
    }

    [Fact]
    public void TheBookletAndTheDownloadShowTheSameNote()
    {
        const string note = "**Mở đầu** <script>alert(1)</script> [xấu](javascript:alert(1)) [tốt](/van-ban)";

        Assert.Equal(NoteMarkdown.ToHtml(note), NoteMarkdown.ToHtml(NoteMarkdown.ToMarkdown(note)));
    }
}
