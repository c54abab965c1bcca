namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>
/// Where records, preambles and closings rank, over the real corpus: a reference-only record (a subject line, no text)
/// ranks above the passages that hold its words only when the query names its document; the preamble and closing,
/// which repeat the titles of the documents cited, come after a section of the body saying the same.
/// </summary>
public sealed class UnitWeightsTests
{
    [Theory]
    [InlineData("giảm nghèo bền vững", "88-nqlt-cp-dctubtwmttqvn")]
    [InlineData("quy hoạch cán bộ", "977-qd-tu-2022")]
    [InlineData("phát triển nguồn nhân lực", "05-nq-tu-2022")]
    [InlineData("giám sát và phản biện xã hội", "217-qd-tw-2013")]
    public void PassagesWithTheWordsComeBeforeARecordTheQueryDoesNotName(string query, string record)
    {
        var hits = RealCorpus.Search(query).Hits.Select(h => h.SectionId?.ToString() ?? h.DocumentId.Value).ToList();

        Assert.StartsWith(RealCorpus.Plan, hits[0]);
        Assert.Contains(record, hits);
    }

    [Theory]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở", "10-2022-qh15")]
    [InlineData("luat thuc hien dan chu o co so", "10-2022-qh15")]
    [InlineData("Nghị quyết Trung ương 4 khóa XI", "12-nq-tw-2012")]
    [InlineData("Nghị quyết TW 4 khóa XII", "04-nq-tw-2016")]
    [InlineData("nghi dinh 59", "59-2023-nd-cp")]
    public void ARecordTheQueryNamesComesFirstThenThePassagesCitingIt(string query, string record)
    {
        var results = RealCorpus.Search(query);

        Assert.Equal(record, results.Hits[0].DocumentId.Value);
        Assert.Null(results.Hits[0].SectionId);
        Assert.NotNull(results.Hits[1].SectionId);
    }

    [Fact]
    public void ARecordThatAloneHoldsTheWordsIsStillFound()
    {
        Assert.Equal("12-nq-tw-2012", RealCorpus.First("một số vấn đề cấp bách về xây dựng Đảng"));
    }

    [Fact]
    public void TheBodyComesBeforeAPreambleSayingTheSame()
    {
        // The preamble quotes Nghị quyết 43's title ("… ngày càng phồn vinh, hạnh phúc"); II.1 states it as the goal.
        var hits = RealCorpus.Search("phồn vinh hạnh phúc").Hits.Select(h => h.SectionId?.EId).ToList();

        Assert.Equal("part_II__sec_1", hits[0]);
        Assert.True(hits.IndexOf("part_II__sec_2") < hits.IndexOf("preamble"));
    }

    [Fact]
    public void AQueryNamingADocumentRanksThePreambleByItsCitation()
    {
        var hits = RealCorpus.Search("43-NQ/TW").Hits.Select(h => h.SectionId?.EId ?? h.DocumentId.Value).ToList();

        Assert.Equal("43-nq-tw-2023", hits[0]);
        Assert.Equal("preamble", hits[1]);
    }
}
