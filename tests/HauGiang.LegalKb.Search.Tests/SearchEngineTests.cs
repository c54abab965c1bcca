namespace HauGiang.LegalKb.Search.Tests;

/// <summary>Search over the real plan: how people type, what they expect first.</summary>
public sealed partial class SearchEngineTests
{
    [Theory]
    [InlineData("người cao tuổi", "part_III__sec_2__subsec_2-8")]
    [InlineData("nguoi cao tuoi", "part_III__sec_2__subsec_2-8")]
    [InlineData("NGƯỜI CAO TUỔI", "part_III__sec_2__subsec_2-8")]
    [InlineData("Đối với kiều bào", "part_III__sec_2__subsec_2-11")]
    [InlineData("doi voi kieu bao", "part_III__sec_2__subsec_2-11")]
    [InlineData("giai cấp công nhân", "part_III__sec_2__subsec_2-1")]
    [InlineData("Hội Cựu chiến binh", "part_III__sec_2__subsec_2-7")]
    public void TheAnsweringSectionComesFirstWithOrWithoutDiacritics(string query, string expected)
    {
        Assert.Equal(RealCorpus.Plan + expected, RealCorpus.First(query));
    }

    [Theory]
    [InlineData("217-QĐ/TW")]
    [InlineData("217/QĐ-TW")]
    [InlineData("qd 217")]
    [InlineData("quyết định 217")]
    [InlineData("217-qđ/tw")]
    public void DocumentNumbersInAnySpellingFindTheDocumentThenTheCitingSection(string query)
    {
        var hits = RealCorpus.Search(query).Hits;
        Assert.Equal("217-qd-tw-2013", hits[0].DocumentId.Value);
        Assert.Null(hits[0].SectionId?.ToString());
        Assert.Contains(hits, h => h.SectionId?.ToString() == RealCorpus.Plan + "part_III__sec_5");
    }

    [Fact]
    public void AYearAloneAfterANumberFindsTheDecree()
    {
        Assert.Equal("59-2023-nd-cp", RealCorpus.Search("59/2023").Hits[0].DocumentId.Value);
    }

    [Fact]
    public void AdjacentSyllablesOutrankScatteredOnes()
    {
        // "dân tộc thiểu số" as a phrase is 2.9's subject; other sections only scatter "dân", "tộc", "số".
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-9", RealCorpus.First("dân tộc thiểu số"));
    }

    [Theory]
    [InlineData("43-NQ/TW")]
    [InlineData("\"(")]
    [InlineData("*")]
    [InlineData("\\")]
    [InlineData("AND OR NOT ~ ^2 [a TO b] {x}")]
    [InlineData("")]
    [InlineData("   ")]
    public void LuceneSyntaxInUserInputNeverErrors(string query)
    {
        var results = RealCorpus.Search(query);
        Assert.NotNull(results);
    }

    [Fact]
    public void AVeryLongQueryIsValid()
    {
        var query = string.Concat(Enumerable.Repeat("phát huy sức mạnh đại đoàn kết ", 80));
        Assert.True(query.Length > 2000);
        var results = RealCorpus.Search(query);
        Assert.True(results.Total > 0);
    }

    [Fact]
    public void QuotedPhrasesAndExclusionsWork()
    {
        var phrase = RealCorpus.Search("\"Ông bà, cha mẹ mẫu mực\"");
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-8", phrase.Hits[0].SectionId?.ToString());
        Assert.Equal(1, phrase.Total);

        var all = RealCorpus.Search("người cao tuổi").Total;
        var excluded = RealCorpus.Search("người cao tuổi -kinh");
        Assert.True(excluded.Total < all);
        Assert.DoesNotContain(excluded.Hits, h => h.SnippetText.Contains("kinh", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void HitsCarryIdsLabelsBreadcrumbAndAHighlightedSnippet()
    {
        var hit = RealCorpus.Search("người cao tuổi").Hits[0];
        Assert.Equal("100-kh-ubnd-2024", hit.DocumentId.Value);
        Assert.Equal(["III", "2", "2.8"], hit.Labels);
        Assert.Equal("2.8. Đối với Người cao tuổi", hit.Title);
        Assert.Equal(["Kế hoạch 100/KH-UBND", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "2. Xây dựng định hướng chính sách, giải pháp đối với các giai cấp, tầng lớp nhân dân", "2.8. Đối với Người cao tuổi"], hit.Breadcrumb);
        Assert.Contains("<mark>người</mark> <mark>cao</mark> <mark>tuổi</mark>", hit.Snippet);
        Assert.True(hit.Score > 0);
    }

    [Theory]
    [InlineData("mại dâm", "mại dâm")]
    [InlineData("hội viên", "hội viên")]
    [InlineData("cử tri", "cử tri")]
    public void TypedDiacriticsDecideTheWord(string query, string expected)
    {
        // Every passage with the words as typed ranks above every passage without them: "mại" never matches "mãi",
        // and "tri", typed bare beside "cử", puts "cử tri" before any other tone (the plan has no "cử trí" or "cử trị");
        // those passages mark "cử tri" alone, though "tri" in a passage without it may be "trị".
        var hits = RealCorpus.Search(query, top: 50).Hits;
        var withWord = hits.Select(h => h.SnippetText.Contains(expected, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(withWord[0]);
        Assert.Equal(withWord.Count(w => w), withWord.TakeWhile(w => w).Count());
        Assert.All(hits.Where((_, i) => withWord[i]), h => Assert.DoesNotContain("<mark>trí</mark>", h.Snippet));
        Assert.All(hits.Where((_, i) => withWord[i]), h => Assert.DoesNotContain("<mark>trị</mark>", h.Snippet));
        Assert.All(hits, h => Assert.DoesNotContain("<mark>mãi</mark>", h.Snippet));
    }

    [Fact]
    public void WithoutDiacriticsEveryAccentedFormIsFound()
    {
        Assert.Equal(RealCorpus.First("mại dâm"), RealCorpus.First("mai dam"));
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-3", RealCorpus.First("phat trien dang vien"));
        Assert.Contains("<mark>phát</mark> <mark>triển</mark> <mark>đảng</mark> <mark>viên</mark>", RealCorpus.Search("phat trien dang vien").Hits[0].Snippet);
    }

    [Fact]
    public void SnippetsAreHtmlEscaped()
    {
        var hit = RealCorpus.Search("Ông bà cha mẹ mẫu mực").Hits[0];
        Assert.DoesNotContain("<script", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("“", hit.Snippet.Replace("“", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void FiltersNarrowAndFacetsCount()
    {
        var all = RealCorpus.Search("giám sát");
        Assert.Contains(all.Types, f => f.Value == "Kế hoạch");
        Assert.Contains(all.Types, f => f.Value == "Quyết định");

        var decisions = RealCorpus.Engine.Search(new SearchRequest("giám sát", Type: "Quyết định"));
        Assert.All(decisions.Hits, h => Assert.StartsWith("Quyết định", h.Breadcrumb[0]));
        Assert.True(decisions.Total < all.Total);

        var syntax = RealCorpus.Search("giám sát type:\"Quyết định\"");
        Assert.Equal(decisions.Total, syntax.Total);

        var year = RealCorpus.Engine.Search(new SearchRequest("giám sát", Year: 2013));
        Assert.All(year.Hits, h => Assert.Contains(h.DocumentId.Value, new[] { "217-qd-tw-2013", "218-qd-tw-2013" }));
    }

    [Theory]
    [InlineData("nguoi caoo tuoiz", "nguoi cao tuoi")]
    [InlineData("kiều bàoo", "kieu bao")]
    [InlineData("kiều bàao", "kieu bao")]
    [InlineData("xyzxyz qwqwqw", null)]
    public void NothingFoundSuggestsWhatWouldBe(string query, string? suggestion)
    {
        var results = RealCorpus.Search(query);
        Assert.Equal(0, results.Total);
        Assert.Equal(suggestion, results.DidYouMean);
    }

    [Theory]
    [InlineData("nguwowfi cao tuooir", "part_III__sec_2__subsec_2-8")]
    [InlineData("nguoi72 cao tuo63i", "part_III__sec_2__subsec_2-8")]
    [InlineData("kieefu baof", "part_III__sec_2__subsec_2-11")]
    public void TelexAndVniTypedWithTheInputMethodOffAreSearchedAsVietnamese(string query, string expected)
    {
        var results = RealCorpus.Search(query);
        Assert.Equal(RealCorpus.Plan + expected, results.Hits[0].SectionId?.ToString());
        Assert.Contains("gõ Telex/VNI", results.Understood);
    }

    [Theory]
    [InlineData("cong nhan")]
    [InlineData("phat trien")]
    [InlineData("UBND")]
    public void OrdinaryWordsThatLookLikeTelexAreNotMangled(string query)
    {
        Assert.DoesNotContain("Telex", RealCorpus.Search(query).Understood);
    }

    [Fact]
    public void AbbreviationsWorkBothWays()
    {
        // The plan writes "HĐND" once and "Hội đồng nhân dân" elsewhere: both are found either way.
        var byAbbreviation = RealCorpus.Search("HĐND", top: 50).Hits.Select(h => h.SectionId?.ToString()).ToHashSet();
        var byExpansion = RealCorpus.Search("Hội đồng nhân dân", top: 50).Hits.Select(h => h.SectionId?.ToString()).ToHashSet();
        Assert.Contains(RealCorpus.Plan + "part_III__sec_4", byAbbreviation);
        Assert.Contains(RealCorpus.Plan + "conclusions", byExpansion);
        Assert.Contains("HĐND → Hội đồng nhân dân", RealCorpus.Search("HĐND").Understood);
    }

    [Fact]
    public void ThesaurusFindsTheDocumentsTermsForEverydayWordsRankedBelowLiteralMatches()
    {
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-8", RealCorpus.First("người già"));
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-11", RealCorpus.First("Việt kiều"));
    }

    [Fact]
    public void PagingReturnsTheNextHits()
    {
        var first = RealCorpus.Engine.Search(new SearchRequest("dân", Top: 5, Page: 1));
        var second = RealCorpus.Engine.Search(new SearchRequest("dân", Top: 5, Page: 2));
        Assert.Equal(5, first.Hits.Count);
        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Hits.Select(h => h.SectionId?.ToString() ?? h.DocumentId.Value).Intersect(second.Hits.Select(h => h.SectionId?.ToString() ?? h.DocumentId.Value)));
    }
}
