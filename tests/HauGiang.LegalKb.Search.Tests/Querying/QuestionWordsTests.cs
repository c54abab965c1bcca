using HauGiang.LegalKb.Search.Querying;

namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>Questions as cadres type them: the words that make the question are not searched.</summary>
public sealed class QuestionWordsTests
{
    [Theory]
    [InlineData("ai phải báo cáo UBND tỉnh định kỳ", "báo cáo UBND tỉnh định kỳ", true)]
    [InlineData("phụ nữ được hỗ trợ những gì", "phụ nữ hỗ trợ", false)]
    [InlineData("khi nào tổ chức gặp mặt kiều bào", "tổ chức gặp mặt kiều bào", false)]
    [InlineData("báo đài tuyên truyền như thế nào", "báo đài tuyên truyền", false)]
    [InlineData("lãnh đạo có phải tiếp xúc đối thoại với nhân dân không", "lãnh đạo tiếp xúc đối thoại với nhân dân", false)]
    [InlineData("khó khăn vướng mắc thì phản ánh về đâu", "khó khăn vướng mắc phản ánh về", false)]
    [InlineData("bao gio to chuc gap mat kieu bao", "to chuc gap mat kieu bao", false)]
    [InlineData("ai chu tri", "chu tri", true)]
    [InlineData("cần làm gì để phát triển đảng viên?", "để phát triển đảng viên", false)]
    [InlineData("cơ quan nào chủ trì tổng hợp báo cáo", "chủ trì tổng hợp báo cáo", true)]
    [InlineData("ai chịu trách nhiệm tuyên truyền", "tuyên truyền", true)]
    [InlineData("đơn vị nào được giao phụ trách tuyên truyền", "tuyên truyền", true)]
    [InlineData("sở nào đảm nhiệm đào tạo cán bộ", "đào tạo cán bộ", true)]
    [InlineData("tôn giáo nao được hỗ trợ", "tôn giáo hỗ trợ", false)]
    [InlineData("kế hoạch 100 có mấy nhiệm vụ", "nhiệm vụ", false)]
    public void QuestionWordsAreNotSearched(string query, string searched, bool asksWho)
    {
        var parsed = Parse(query);

        Assert.Equal(searched, string.Join(' ', parsed.Words));
        Assert.Equal(asksWho, parsed.AsksWho);
        Assert.Contains(parsed.Notes, n => n.StartsWith("câu hỏi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gia đình 5 không")]
    [InlineData("người có đạo")]
    [InlineData("Các ban, sở, ngành tỉnh có liên quan")]
    [InlineData("đồng bào không theo tôn giáo")]
    [InlineData("co so")]
    [InlineData("trách nhiệm của người đứng đầu")]
    public void OtherQueriesKeepEveryWord(string query)
    {
        var parsed = Parse(query);

        Assert.Equal(UserQueryParser.Words(query), parsed.Words);
        Assert.False(parsed.AsksWho);
        Assert.Empty(parsed.Notes);
    }

    [Fact]
    public void AQuestionOfQuestionWordsOnlyKeepsThem()
    {
        Assert.Equal(["ai", "là", "gì"], Parse("ai là gì").Words);
    }

    private static ParsedQuery Parse(string query)
    {
        var parsed = UserQueryParser.Parse(query);
        QuestionWords.Apply(parsed, query);
        return parsed;
    }
}
