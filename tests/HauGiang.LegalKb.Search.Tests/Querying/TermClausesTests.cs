namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>
/// Each word as typed: with diacritics it means exactly that word; without any it may carry any tone, its bare form
/// first when the query has diacritics elsewhere. Over a fictional plan that holds near words side by side.
/// </summary>
public sealed class TermClausesTests : IClassFixture<TermClausesTests.Plan>
{
    private const string Id = "9950-kh-ubnd-2032/";
    private readonly SearchEngine _engine;

    public TermClausesTests(Plan plan) => _engine = plan.Engine;

    [Fact]
    public void ABareWordFindsEveryToneItsBareFormFirst()
    {
        // "tri" may be "trí": both passages are found, the one that says "cử tri" first.
        var hits = _engine.Ids("cử tri");
        Assert.Equal(Id + "part_I__sec_2", hits[0]);
        Assert.Contains(Id + "part_I__sec_1", hits);
    }

    [Fact]
    public void AnAccentedWordMeansExactlyThatWord()
    {
        // "cự" is in no passage: its bare partner cannot stand in for it.
        Assert.Empty(_engine.Ids("cự tri"));
        Assert.DoesNotContain(Id + "part_I__sec_2", _engine.Ids("cử trí"));
    }

    [Fact]
    public void OneBareWordAmongAccentedOnesTakesAnyTone()
    {
        // "moi" is "mới" here; a passage with "mọi", "nông dân" and "thôn" scattered comes after the words together.
        var hits = _engine.Ids("nông thôn moi");
        Assert.Equal(Id + "part_I__sec_3", hits[0]);
        Assert.Contains(Id + "part_I__sec_4", hits);
    }

    [Fact]
    public void AQueryWithoutAnyDiacriticFindsTheAccentedText()
    {
        Assert.Equal(Id + "part_I__sec_3", _engine.Ids("nong thon moi")[0]);
        Assert.Equal(Id + "part_I__sec_2", _engine.Ids("lang nghe cu tri")[0]);
    }

    /// <summary>Kế hoạch 9950/KH-UBND of "tỉnh Thử Nghiệm", fictional.</summary>
    public sealed class Plan : IDisposable
    {
        public SearchEngine Engine { get; } = FictionalCorpus.Engine("""
            ỦY BAN NHÂN DÂN
            TỈNH THỬ NGHIỆM
            Số: 9950/KH-UBND
            Thử Nghiệm, ngày 01 tháng 3 năm 2032
            KẾ HOẠCH
            THỬ NGHIỆM TỪ NGỮ
            I. NỘI DUNG
            1. Giữ cử trí từ tốn khi tiếp dân tại trụ sở hư cấu.
            2. Lắng nghe cử tri tại các buổi tiếp xúc hư cấu.
            3. Xây dựng nông thôn mới ở xã hư cấu.
            4. Mọi nông dân ở thôn hư cấu cùng tham gia.
            """);

        public void Dispose() => Engine.Dispose();
    }
}
