using HauGiang.LegalKb.Core.Reading.Ocr;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>Tesseract's TSV becomes words; stamps, signatures, specks and misread numerals are dealt with.</summary>
public sealed class OcrWordsTests
{
    private static OcrWord Word(string text, double confidence, int left = 100, int top = 100, int line = 1, int width = 80, int height = 40) =>
        new(text, left, top, width, height, confidence, line);

    [Fact]
    public void TsvRowsBecomeWordsWithTheirLinesConfidencesAndThePageSize()
    {
        const string tsv =
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
            "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n" +
            "4\t1\t1\t1\t1\t0\t300\t800\t400\t50\t-1\t\n" +
            "5\t1\t1\t1\t1\t1\t300\t800\t100\t50\t90.5\tĐiều\n" +
            "5\t1\t1\t1\t1\t2\t420\t800\t40\t50\t96\t1.\n" +
            "5\t1\t1\t1\t2\t1\t300\t860\t90\t50\t93\tThử\n" +
            "5\t1\t5\t1\t1\t1\t137\t443\t15\t404\t95\t \n" +
            "garbage line\n";

        var image = TesseractTsv.Parse(tsv);

        Assert.Equal((2480, 3508), (image.Width, image.Height));
        Assert.Equal(["Điều", "1.", "Thử"], image.Words.Select(w => w.Text));
        Assert.Equal(90.5, image.Words[0].Confidence);
        Assert.Equal(image.Words[0].LineKey, image.Words[1].LineKey);
        Assert.NotEqual(image.Words[0].LineKey, image.Words[2].LineKey);
        Assert.Equal([new PixelBox(137, 443, 15, 404)], image.Rules);
    }

    [Theory]
    [InlineData("——_", 18, true)]                 // a stroke of a signature
    [InlineData("Sõ:...Á6.44,.........", 40, true)] // a stamp's handwritten field
    [InlineData("j0AItoke.", 0, true)]            // handwriting
    [InlineData("năm", 0, false)]                 // a syllable read unsurely is still a word
    [InlineData("2099", 96, false)]
    [InlineData("-", 93, false)]                  // a dash read clearly
    [InlineData("-", 20, true)]
    [InlineData("`", 90, true)]
    public void DebrisIsDroppedAndWordsAreKept(string text, double confidence, bool debris)
    {
        Assert.Equal(debris, OcrPageWords.IsDebris(Word(text, confidence)));
    }

    [Theory]
    [InlineData("HI.", "TỔ", "III.")]
    [InlineData("Il.", "NỘI", "II.")]
    [InlineData("l.", "MỤC", "I.")]
    [InlineData("1.", "MỤC", "1.")]   // an Arabic numeral stays
    [InlineData("HI.", "tổ", "HI.")]  // only before a heading in capitals
    [InlineData("III.", "TỔ", "III.")]
    public void MisreadRomanNumeralsOfPartHeadingsAreRepaired(string first, string second, string repaired)
    {
        var line = RomanNumeral.Repair([Word(first, 90), Word(second, 95, left: 200)]);

        Assert.Equal(repaired, line[0].Text);
    }

    [Fact]
    public void LoneUnsureSpeckOnItsOwnLineIsDroppedAndAClearOneWordLineKept()
    {
        var image = new OcrImage(2480, 3508, [Word("ai", 26, top: 30, line: 1), Word("khác.", 91, top: 900, line: 2), Word("4⁄6", 43, left: 300, top: 900, line: 2)], []);

        var words = OcrPageWords.Convert(image, new HauGiang.LegalKb.Core.Reading.Pdf.PdfPageWords(1, 595, 842, []));

        Assert.Equal(["khác.", "4/6"], words.Select(w => w.Text));
    }

    [Theory]
    [InlineData("QUYÉT", "QUYẾT")]      // no syllable "quyét": the circumflex was misread
    [InlineData("(QUYÉT:", "(QUYẾT:")]  // punctuation around the word stays
    [InlineData("đên", "đên")]          // a well-formed syllable is left alone, right or wrong
    [InlineData("UBND", "UBND")]        // abbreviations have no Vietnamese letter to repair
    [InlineData("Ngươì", "Ngươì")]      // no single repair
    public void MisreadVowelModifierIsRepairedWhenOnlyOneSyllableFits(string read, string repaired)
    {
        Assert.Equal(repaired, OcrSpelling.Repair(read));
    }

    [Fact]
    public void IncomingMailStampInsideItsFrameIsDroppedWithItsOfficeName()
    {
        OcrWord[] words =
        [
            Word("UBND", 90, left: 170, top: 470, line: 1), Word("TỈNH", 90, left: 320, top: 470, line: 1),
            Word("Chuyển:", 84, left: 160, top: 705, line: 2), Word("liên", 96, left: 966, top: 701, line: 2),
            Word("KẾ", 75, left: 1193, top: 550, line: 3), Word("HOẠCH", 96, left: 1292, top: 561, line: 3),
        ];
        PixelBox[] frame = [new(137, 443, 15, 404), new(717, 461, 16, 395)];

        var kept = IncomingStamp.Remove(words, frame);

        Assert.Equal(["liên", "KẾ", "HOẠCH"], kept.Select(w => w.Text));
    }

    [Fact]
    public void StampFieldWithoutAFrameTakesOnlyItsOwnWordsAlong()
    {
        OcrWord[] words =
        [
            Word("Chuyển:", 84, left: 160, top: 705), Word("Ê,:/W,", 6, left: 250, top: 705),
            Word("liên", 96, left: 966, top: 701), Word("quan", 93, left: 1070, top: 705),
        ];

        Assert.Equal(["liên", "quan"], IncomingStamp.Remove(words, []).Select(w => w.Text));
    }
}
