using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Corpus.Build;

namespace HauGiang.LegalKb.Core.Tests.Corpus.Build;

/// <summary>The registry's lookups answer what a scan of every record, in order, would answer.</summary>
public sealed class DocumentRecordsTests
{
    private static readonly DocumentNumber s_number = DocumentNumber.Parse("9901-NQ/TU");

    [Fact]
    public void ANumberFindsItsRecordsInTheOrderTheyBecameKnownFilteredByYear()
    {
        var records = new DocumentRecords();
        var of2031 = Record(s_number, 2031);
        var undated = Record(s_number, null);
        var of2032 = Record(s_number, 2032);
        records.Add(of2031);
        records.Add(Record(DocumentNumber.Parse("9902-NQ/TU"), 2031));
        records.Add(undated);
        records.Add(of2032);

        Assert.Equal([of2031, undated, of2032], records.WithNumber(s_number, null));
        Assert.Equal([undated, of2032], records.WithNumber(s_number, 2032));
        Assert.Empty(records.WithNumber(DocumentNumber.Parse("9903-NQ/TU"), null));
    }

    [Fact]
    public void ARecordThatLearnsItsNumberLaterIsFoundInItsPlace()
    {
        var records = new DocumentRecords();
        var first = new DocumentRecord(new DocumentMetadata { Title = "Đề án hư cấu" }, null);
        var second = Record(s_number, null);
        records.Add(first);
        records.Add(second);

        first.Metadata = first.Metadata.Or(new DocumentMetadata { Number = s_number });
        records.Learned(first);

        Assert.Equal([first, second], records.WithNumber(s_number, null));
    }

    [Fact]
    public void ANameBelongsToTheFirstRecordKnownByItEvenWhenItLearnsItLater()
    {
        var records = new DocumentRecords();
        var early = new DocumentRecord(new DocumentMetadata { Title = "Thử nghiệm kho văn bản" }, null);
        var late = new DocumentRecord(new DocumentMetadata(), null, ["Luật Thử nghiệm kho văn bản"]);
        records.Add(early);
        records.Add(late);
        var key = CitedDocumentKey.Name("Luật Thử nghiệm kho văn bản");
        Assert.Same(late, records.Named(key));

        // The early record learns its type: "Luật" + its title is now a name of it, and it was known first.
        early.Metadata = early.Metadata.Or(new DocumentMetadata { Type = DocumentType.FromName("Luật") });
        records.Learned(early);

        Assert.Same(early, records.Named(key));
        Assert.Same(early, records.Named(CitedDocumentKey.Name("LUẬT THỬ NGHIỆM KHO VĂN BẢN")));
        Assert.Null(records.Named(CitedDocumentKey.Name("Luật khác")));
    }

    private static DocumentRecord Record(DocumentNumber number, int? year) =>
        new(new DocumentMetadata { Number = number, IssuedOn = year is { } y ? new DateOnly(y, 1, 1) : null }, null);
}
