using HauGiang.LegalKb.Search.Querying;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>The names documents go by without their number, over the real corpus.</summary>
public sealed class DocumentNameIndexTests
{
    private static readonly DocumentNameIndex s_names = new(RealKnowledgeBase.Value);

    [Theory]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở", "10/2022/QH15")]
    [InlineData("luat thuc hien dan chu o co so nam 2022", "10/2022/QH15")]
    [InlineData("Nghị quyết Trung ương 4 khóa XI", "12-NQ/TW")]
    [InlineData("Nghị quyết TW 4 khoá XII", "04-NQ/TW")]
    public void AQueryContainingANameNamesTheDocument(string query, string number)
    {
        Assert.Equal([number], s_names.Named(UserQueryParser.Words(query)));
    }

    [Theory]
    [InlineData("dân chủ ở cơ sở")]
    [InlineData("Nghị quyết Trung ương")]
    [InlineData("Luật")]
    [InlineData("phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc")]
    public void PartOfANameOrASubjectLineNamesNothing(string query)
    {
        // The plan's own title is far longer than a name, and a cited subject line is what a passage discusses.
        Assert.Empty(s_names.Named(UserQueryParser.Words(query)));
    }
}
