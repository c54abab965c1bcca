using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Citations;

/// <summary>Links land on sections when the text is in the corpus; later texts make earlier links resolve.</summary>
public sealed class CitationResolutionTests
{
    private static readonly Lazy<ParsedDocument> s_decision = new(() => RepoFiles.Parse(RepoFiles.Fixture("legal", "quyet-dinh-9901-quy-che.txt")));
    private static readonly Lazy<ParsedDocument> s_plan = new(() => RepoFiles.Parse(RepoFiles.Fixture("legal", "ke-hoach-9920.txt")));
    private static readonly Lazy<ParsedDocument> s_law = new(() => RepoFiles.Parse(RepoFiles.Fixture("legal", "luat-mau-9902.txt")));

    [Fact]
    public void ALegalTextsReferencesToItsOwnArticlesResolveToSections()
    {
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([s_decision.Value], Catalogue.Empty).KnowledgeBase;
        var id = kb.Documents[0].Id;
        var byText = kb.CitationsFrom(id).Where(c => c.Pinpoint is not null).ToDictionary(c => c.Text, c => c.TargetSectionId?.ToString());

        Assert.Equal($"{id}/att_1__art_2__para_1", byText["khoản 1 Điều này"]);
        Assert.Equal($"{id}/att_1__art_2__para_2__point_a", byText["điểm a khoản 2 Điều 2 của Quy chế này"]);
        Assert.Equal($"{id}/att_1__art_2__para_2", byText["khoản 2 Điều 2"]);
        Assert.All(kb.CitationsFrom(id).Where(c => c.Pinpoint is not null), c => Assert.True(c.Resolved));

        // The clause knows who cites it.
        Assert.Equal(2, kb.CitedBy(SectionId.Parse($"{id}/att_1__art_2__para_2")).Count() + kb.CitedBy(SectionId.Parse($"{id}/att_1__art_2__para_2__point_a")).Count());
    }

    [Fact]
    public void QuyCheNayInsideTheAttachmentIsTheQuyCheNotTheDecision()
    {
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([s_decision.Value], Catalogue.Empty).KnowledgeBase;
        var id = kb.Documents[0].Id;
        var quyChe = kb.CitationsFrom(id).Where(c => c.Text == "Quy chế này" && c.Pinpoint is null).ToList();
        Assert.NotEmpty(quyChe);
        Assert.All(quyChe, c => Assert.Equal($"{id}/att_1", c.TargetSectionId?.ToString()));
        var quyetDinh = kb.CitationsFrom(id).Where(c => c.Text == "Quyết định này").ToList();
        Assert.All(quyetDinh, c => Assert.Null(c.TargetSectionId));
    }

    [Fact]
    public void ALawsReferenceToItsOwnArticleResolves()
    {
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([s_law.Value], Catalogue.Empty).KnowledgeBase;
        var citation = Assert.Single(kb.CitationsFrom(DocumentId.Of("99-2031-qh99")), c => c.Pinpoint is not null);
        Assert.Equal("Điều 2 của Luật này", citation.Text);
        Assert.Equal("99-2031-qh99/art_2", citation.TargetSectionId?.ToString());
    }

    [Fact]
    public void BasedOnAndImplementsComeFromPreambleAndTitle()
    {
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([s_decision.Value, s_plan.Value], Catalogue.Empty).KnowledgeBase;
        var relationships = kb.Relationships();
        Assert.Contains(relationships, r => (r.FromDocumentId.Value, r.Target, r.Kind) == ("9901-qd-ubnd-2031", "luat-thu-nghiem-chinh-quyen-mau", RelationKind.BasedOn));
        Assert.Contains(relationships, r => (r.FromDocumentId.Value, r.Target, r.Kind) == ("9920-kh-ubnd-2031", "9901-qd-ubnd-2031", RelationKind.Implements));
        Assert.Contains(relationships, r => (r.FromDocumentId.Value, r.Target, r.Kind) == ("9901-qd-ubnd-2031", "9901-qd-ubnd-2031/att_1", RelationKind.Issues));

        // The law named in the decision's preamble is a record built from what the passage says.
        var law = kb.FindDocument(DocumentId.Of("luat-thu-nghiem-chinh-quyen-mau"));
        Assert.NotNull(law);
        Assert.False(law.HasFullText);
        Assert.Equal("Luật", law.Metadata.Type?.Name);
    }

    [Fact]
    public void AddingTheCitedTextLaterMakesEveryLinkResolveWithNoOtherChange()
    {
        // Only the plan: the decision it cites is a reference-only record built from the plan's own words.
        var before = new KnowledgeBaseBuilder(KbPipeline.Default).Build([s_plan.Value], Catalogue.Empty).KnowledgeBase;
        var record = before.FindDocument(DocumentId.Of("9901-qd-ubnd-2031"));
        Assert.NotNull(record);
        Assert.False(record.HasFullText);
        Assert.Equal("Ủy ban nhân dân tỉnh Thử Nghiệm", record.Metadata.Issuer);
        Assert.Equal(new DateOnly(2031, 3, 15), record.Metadata.IssuedOn);
        var unresolved = before.CitationsFrom(DocumentId.Of("9920-kh-ubnd-2031")).Where(c => c.TargetDocumentId == DocumentId.Of("9901-qd-ubnd-2031")).ToList();
        Assert.Equal(4, unresolved.Count);
        Assert.All(unresolved, c => Assert.False(c.Resolved));

        // The decision's text is added: the same links now land on it and on the pinpointed clauses.
        var after = new KnowledgeBaseBuilder(KbPipeline.Default).Build([s_plan.Value, s_decision.Value], Catalogue.Empty).KnowledgeBase;
        var resolved = after.CitationsFrom(DocumentId.Of("9920-kh-ubnd-2031")).Where(c => c.TargetDocumentId == DocumentId.Of("9901-qd-ubnd-2031")).ToList();
        Assert.Equal(4, resolved.Count);
        Assert.All(resolved, c => Assert.True(c.Resolved, c.Text + ": " + c.Note));
        Assert.Contains(resolved, c => c.TargetSectionId == SectionId.Parse("9901-qd-ubnd-2031/att_1__art_2__para_2"));
        Assert.Contains(resolved, c => c.TargetSectionId == SectionId.Parse("9901-qd-ubnd-2031/art_2__para_2"));
        Assert.Equal(4, after.CitedBy(DocumentId.Of("9901-qd-ubnd-2031")).Count());
        Assert.Single(after.CitedBy(SectionId.Parse("9901-qd-ubnd-2031/art_2__para_2")));
    }

    private const string Header = "ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";

    private static ParsedDocument Text(string name, string text)
    {
        var parsed = KbPipeline.Default.Parse(new SourceFile(name, System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.True(parsed.Success, parsed.Error);
        return parsed.Document;
    }

    [Fact]
    public void APinpointToAUnitTheTextLacksLandsOnTheNearestUnitAndSaysSo()
    {
        var decision = Text("qd.txt", Header + "Số: 9981/QĐ-UBND\nThử Nghiệm, ngày 12 tháng 3 năm 2031\nQUYẾT ĐỊNH\nVề việc thử nghiệm\nQUYẾT ĐỊNH:\n"
            + "Điều 1. Phạm vi\n1. Quyết định này áp dụng thử nghiệm.\n2. Các đối tượng thử nghiệm.\n"
            + "Điều 2. Đối tượng nêu tại điểm đ khoản 2 Điều 1 và khoản 9 Điều 7 thực hiện thử nghiệm.\n");
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([decision], Catalogue.Empty).KnowledgeBase;
        var citations = kb.CitationsFrom(kb.Documents[0].Id).Where(c => c.Pinpoint is not null).ToList();

        var nearest = Assert.Single(citations, c => c.Text == "điểm đ khoản 2 Điều 1");
        Assert.Equal("9981-qd-ubnd-2031/art_1__para_2", nearest.TargetSectionId?.ToString());
        Assert.True(nearest.Resolved);
        Assert.Equal("Không tìm thấy điểm đ khoản 2 Điều 1 trong văn bản; dẫn đến khoản 2 Điều 1.", nearest.Note);

        // Not even the article exists: nothing to land on.
        var missing = Assert.Single(citations, c => c.Text == "khoản 9 Điều 7");
        Assert.Null(missing.TargetSectionId);
        Assert.False(missing.Resolved);
        Assert.Equal("Không tìm thấy khoản 9 Điều 7 trong văn bản.", missing.Note);
    }

    [Fact]
    public void AQuyCheSavedApartFromItsDecisionCitesTheDecisionButAloneItsIssuingNumberIsItsOwn()
    {
        var quyChe = Text("quy-che.txt", Header + "QUY CHẾ\nThử nghiệm\n(Ban hành kèm theo Quyết định số 9982/QĐ-UBND ngày 12/3/2031 của Ủy ban nhân dân tỉnh Thử Nghiệm)\n"
            + "Điều 1. Phạm vi\nQuy chế này áp dụng thử nghiệm.\n");
        var decision = Text("qd.txt", Header + "Số: 9982/QĐ-UBND\nThử Nghiệm, ngày 12 tháng 3 năm 2031\nQUYẾT ĐỊNH\nBan hành Quy chế thử nghiệm\nQUYẾT ĐỊNH:\n"
            + "Điều 1. Ban hành kèm theo Quyết định này Quy chế thử nghiệm.\n");

        var alone = new KnowledgeBaseBuilder(KbPipeline.Default).Build([quyChe], Catalogue.Empty).KnowledgeBase;
        Assert.Single(alone.Documents);
        var own = Assert.Single(alone.Citations, c => c.Text.StartsWith("Quyết định số 9982", StringComparison.Ordinal));
        Assert.True(own.IsSelfReference);
        Assert.Equal("9982/QĐ-UBND", own.Number?.Value);

        var both = new KnowledgeBaseBuilder(KbPipeline.Default).Build([quyChe, decision], Catalogue.Empty).KnowledgeBase;
        var cited = Assert.Single(both.Citations, c => c.Text.StartsWith("Quyết định số 9982", StringComparison.Ordinal));
        Assert.False(cited.IsSelfReference);
        Assert.Equal("9982-qd-ubnd-2031", cited.TargetDocumentId?.Value);
    }

    [Fact]
    public void ALawNamedWithItsNumberIsTheRecordItsNameAloneFindsLater()
    {
        var decision = Text("qd.txt", Header + "Số: 9983/QĐ-UBND\nThử Nghiệm, ngày 12 tháng 3 năm 2031\nQUYẾT ĐỊNH\nQuy định chi tiết Luật Thử nghiệm mẫu\n"
            + "Căn cứ Luật Thử nghiệm mẫu số 9984/2031/QH99;\nQUYẾT ĐỊNH:\nĐiều 1. Thực hiện theo Luật Thử nghiệm mẫu.\n");
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([decision], Catalogue.Empty).KnowledgeBase;

        var laws = kb.Citations.Where(c => c.Name == "Luật Thử nghiệm mẫu").ToList();
        Assert.Equal(3, laws.Count);
        Assert.All(laws, c => Assert.Equal("9984-2031-qh99", c.TargetDocumentId?.Value));
        Assert.DoesNotContain(kb.Documents, d => d.Id.Value.StartsWith("luat-", StringComparison.Ordinal));
        Assert.Equal("Luật Thử nghiệm mẫu", kb.FindDocument(DocumentId.Of("9984-2031-qh99"))?.Metadata.Title);
    }
}
