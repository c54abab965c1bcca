namespace HauGiang.LegalKb.Search.Tests;

/// <summary>Search as people really type (issue 13): partly accented, numbers without diacritics, questions, phrases.</summary>
public sealed partial class SearchEngineTests
{
    [Theory]
    [InlineData("tham nhung tiêu cực", "part_III__sec_3__subsec_3-1")]
    [InlineData("an sinh xa hội", "part_III__sec_4")]
    [InlineData("bình đẳng gioi", "part_III__sec_2__subsec_2-6")]
    [InlineData("đồng bào dan toc thieu so", "part_III__sec_2__subsec_2-9")]
    [InlineData("Hội Cựu chien binh", "part_III__sec_2__subsec_2-7")]
    public void APartlyAccentedQueryFindsThePassageItMeans(string query, string expected)
    {
        Assert.Equal(RealCorpus.Plan + expected, RealCorpus.First(query));
    }

    [Fact]
    public void ABareWordBesideAccentedOnesTakesAnyTone()
    {
        // "moi" is "mới": III.6 ("Toàn dân đoàn kết xây dựng nông thôn mới …") and 2.2 are found, with it highlighted.
        var hits = RealCorpus.Search("nông thôn moi").Hits;
        Assert.Contains(hits.Take(2), h => h.SectionId?.EId == "part_III__sec_6");
        Assert.Contains("<mark>nông</mark> <mark>thôn</mark> <mark>mới</mark>", hits.Single(h => h.SectionId?.EId == "part_III__sec_6").Snippet);
    }

    [Fact]
    public void APartlyAccentedPhraseIsExpandedWordByWord()
    {
        // Abbreviations and the thesaurus read "Ủy ban nhan dan" as "Ủy ban nhân dân": IV.2, which says "UBND huyện",
        // comes first as for the accented query; "người gia" offers "người cao tuổi" (2.8).
        var partly = RealCorpus.Search("Ủy ban nhan dan huyện");
        Assert.Contains("→ UBND", partly.Understood);
        Assert.Equal(RealCorpus.Plan + "part_IV__sec_2", partly.Hits[0].SectionId?.ToString());
        Assert.Contains("≈ người cao tuổi", RealCorpus.Search("người gia").Understood);
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-8", RealCorpus.First("người gia"));
    }

    [Fact]
    public void ATelexSlipBesideAccentedWordsIsReadAsVietnamese()
    {
        // The input method was off for one word: "mowis" is unambiguously Telex for "mới"; "moi", a bare syllable, is not.
        var slip = RealCorpus.Search("nông thôn mowis");
        Assert.Contains("mowis → mới", slip.Understood);
        Assert.Equal(RealCorpus.Search("nông thôn mới").Hits.Select(h => h.SectionId), slip.Hits.Select(h => h.SectionId));
        Assert.DoesNotContain("Telex", RealCorpus.Search("nông thôn moi").Understood);
        Assert.DoesNotContain("Telex", RealCorpus.Search("an sinh xa hội").Understood);
    }

    [Theory]
    [InlineData("nghi dinh 59", "59-2023-nd-cp")]
    [InlineData("quy dinh 124", "124-qd-tw-2018")]
    [InlineData("ke hoach 100", "100-kh-ubnd-2024")]
    [InlineData("quyet dinh 217", "217-qd-tw-2013")]
    [InlineData("chuong trinh 226", "226-ctr-tu-2024")]
    public void NumbersTypedWithoutDiacriticsFindTheDocumentFirst(string query, string expected)
    {
        var accented = query switch
        {
            "nghi dinh 59" => "nghị định 59",
            "quy dinh 124" => "quy định 124",
            "ke hoach 100" => "kế hoạch 100",
            "quyet dinh 217" => "quyết định 217",
            _ => "chương trình 226",
        };

        Assert.Equal(expected, RealCorpus.First(query));
        Assert.Equal(RealCorpus.Search(accented).Hits.Select(h => h.SectionId), RealCorpus.Search(query).Hits.Select(h => h.SectionId));
    }

    [Theory]
    [InlineData("ai phải báo cáo UBND tỉnh định kỳ", "part_IV__sec_1")]
    [InlineData("phụ nữ được hỗ trợ những gì", "part_III__sec_2__subsec_2-6")]
    [InlineData("khi nào tổ chức gặp mặt kiều bào", "part_III__sec_2__subsec_2-11")]
    [InlineData("báo đài tuyên truyền như thế nào", "part_IV__sec_3")]
    [InlineData("lãnh đạo có phải tiếp xúc đối thoại với nhân dân không", "part_III__sec_3__subsec_3-4")]
    [InlineData("tôn giáo nao được hỗ trợ", "part_III__sec_2__subsec_2-10")]
    public void AQuestionFindsThePassageThatAnswersIt(string query, string expected)
    {
        Assert.Equal(RealCorpus.Plan + expected, RealCorpus.First(query));
    }

    [Fact]
    public void AskingWhoFavoursThePassageThatAssignsTheWork()
    {
        // 2.1 trains trade-union cadres; 2.3 gives the training plan to Sở Nội vụ ("chủ trì phối hợp").
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-1", RealCorpus.First("đào tạo cán bộ"));
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-3", RealCorpus.First("ai đào tạo cán bộ"));
        Assert.Contains("hỏi ai làm", RealCorpus.Search("ai đào tạo cán bộ").Understood);
    }

    [Fact]
    public void AskingWhichBodyIsAskingWho()
    {
        // The closing also asks bodies to report to Ban Dân tộc "để tổng hợp, báo cáo"; IV.1 gives Ban Dân tộc the
        // lead ("chủ trì, phối hợp … tổng hợp … báo cáo UBND tỉnh").
        Assert.Equal(RealCorpus.Plan + "part_IV__sec_1", RealCorpus.First("cơ quan nào chủ trì tổng hợp báo cáo"));
        Assert.Equal(RealCorpus.Plan + "part_IV__sec_1", RealCorpus.First("đơn vị nào chịu trách nhiệm đôn đốc kiểm tra"));
    }

    [Fact]
    public void TheWordsTogetherOutrankTheSameWordsScattered()
    {
        // II.1, 1.3 and III.5 say "đồng thuận xã hội"; III.4 never says "đồng thuận" but says "xã hội" nine times,
        // and its title holds "đại đoàn kết toàn dân tộc", which the thesaurus offers for the phrase.
        var hits = RealCorpus.Search("đồng thuận xã hội").Hits.Select(h => h.SectionId?.EId).ToList();

        Assert.Equal(["part_II__sec_1", "part_III__sec_1__subsec_1-3", "part_III__sec_5"], hits.Take(3).Order());
        Assert.True(hits.IndexOf("part_III__sec_4") is < 0 or > 2);
    }

    [Fact]
    public void AnAbbreviationStandsForTheWordsItShortens()
    {
        // IV.2 says "UBND huyện": it matches every word of "Ủy ban nhân dân huyện", as if written out.
        Assert.Equal(RealCorpus.Plan + "part_IV__sec_2", RealCorpus.First("Ủy ban nhân dân huyện"));

        // The plan defines "UBND" and the common table has it too: the reading is said once.
        var understood = RealCorpus.Search("UBND phối hợp UBMTTQ").Understood;
        Assert.Equal(understood.IndexOf("UBND → Ủy ban nhân dân", StringComparison.Ordinal), understood.LastIndexOf("UBND → Ủy ban nhân dân", StringComparison.Ordinal));

        // Cadres write "Hội LHPN"; 2.6 says "Hội Liên hiệp Phụ nữ".
        Assert.Equal(RealCorpus.Plan + "part_III__sec_2__subsec_2-6", RealCorpus.First("Hội LHPN các cấp"));
    }
}
