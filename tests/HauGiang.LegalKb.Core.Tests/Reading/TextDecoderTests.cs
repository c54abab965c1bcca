using System.Diagnostics;
using System.Text;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Reading;

public sealed class TextDecoderTests
{
    // Sample sentences written for these tests (not taken from real documents).
    private const string Plan =
        "Ủy ban nhân dân tỉnh ban hành kế hoạch phát triển nông nghiệp bền vững giai đoạn 2025–2030.\r\n" +
        "Các sở, ngành phối hợp thực hiện đúng tiến độ, bảo đảm hiệu quả và tiết kiệm.\r\n" +
        "Điều 1. Phạm vi điều chỉnh: hướng dẫn việc quản lý nguồn vốn hỗ trợ hợp tác xã “kiểu mới”.\r\n" +
        "Điều 2. Đối tượng áp dụng là cơ quan, tổ chức, cá nhân có liên quan; diện tích 1.500 m².\r\n";

    private const string Lowercase =
        "chương trình phát triển nông nghiệp bền vững của tỉnh trong giai đoạn mới, " +
        "người dân được hỗ trợ vốn để chuyển đổi cây trồng và nuôi thủy sản";

    private static readonly string[] AllErrors =
    [
        ReadErrors.Empty, ReadErrors.Binary, ReadErrors.UnknownEncoding, ReadErrors.DoubleEncoded,
    ];

    static TextDecoderTests()
    {
        // For building GBK, Shift-JIS, Windows-1252 and Windows-1258 inputs in the tests.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    // ---- Empty input -------------------------------------------------------------------------------

    [Fact]
    public void EmptyBytesAreEmpty()
    {
        AssertFails([], null, ReadErrors.Empty);
    }

    [Theory]
    [InlineData("   \r\n\t  \n")]
    [InlineData("\u00A0 \u00A0\n")]
    public void WhitespaceOnlyIsEmpty(string text)
    {
        AssertFails(Encoding.UTF8.GetBytes(text), null, ReadErrors.Empty);
        AssertFails(WithBom(Encoding.BigEndianUnicode, text), null, ReadErrors.Empty);
    }

    [Fact]
    public void ByteOrderMarkAloneIsEmpty()
    {
        AssertFails([0xEF, 0xBB, 0xBF], null, ReadErrors.Empty);
        AssertFails([0xFF, 0xFE], null, ReadErrors.Empty);
    }

    [Fact]
    public void Windows1258WhitespaceOnlyIsEmpty()
    {
        // 0xA0 is a no-break space in 1258 and invalid as UTF-8.
        AssertFails([0x20, 0xA0, 0x0D, 0x0A, 0xA0], null, ReadErrors.Empty);
    }

    // ---- UTF-8 -------------------------------------------------------------------------------------

    [Fact]
    public void AsciiIsUtf8()
    {
        AssertDecodes(Encoding.ASCII.GetBytes("Quyet dinh so 12/QD-UBND\n"), null, "Quyet dinh so 12/QD-UBND\n", "utf-8");
    }

    [Fact]
    public void Utf8WithoutBomIsUtf8()
    {
        AssertDecodes(Encoding.UTF8.GetBytes(Plan), null, Plan, "utf-8");
    }

    [Fact]
    public void Utf8BomIsDroppedFromTheText()
    {
        AssertDecodes(WithBom(new UTF8Encoding(true), Plan), null, Plan, "utf-8");
    }

    [Fact]
    public void DecomposedUtf8ComesOutComposed()
    {
        var decomposed = Plan.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Plan, decomposed);
        AssertDecodes(Encoding.UTF8.GetBytes(decomposed), null, Plan, "utf-8");
    }

    [Fact]
    public void CapitalEthInsideWordsBecomesDStroke()
    {
        var decoded = AssertDecodes(Encoding.UTF8.GetBytes("\u00D0IỀU 3. \u00D0ối tượng"), null, "ĐIỀU 3. Đối tượng", "utf-8");
        Assert.DoesNotContain('\u00D0', decoded.Text);
    }

    [Fact]
    public void InvalidUtf8AfterUtf8BomIsUnknownEncoding()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes("Ban h"), 0xE0, 0x6E, 0x68];
        AssertFails(bytes, null, ReadErrors.UnknownEncoding);
    }

    // ---- UTF-16 and UTF-32 ---------------------------------------------------------------------------

    [Fact]
    public void Utf16LittleEndianWithBomIsDecoded()
    {
        AssertDecodes(WithBom(Encoding.Unicode, Plan), null, Plan, "utf-16le");
    }

    [Fact]
    public void Utf16BigEndianWithBomIsDecoded()
    {
        AssertDecodes(WithBom(Encoding.BigEndianUnicode, Plan), null, Plan, "utf-16be");
    }

    [Fact]
    public void Utf16LittleEndianWithoutBomIsFoundFromItsZeroBytes()
    {
        AssertDecodes(Encoding.Unicode.GetBytes(Plan), null, Plan, "utf-16le");
    }

    [Fact]
    public void Utf16BigEndianWithoutBomIsFoundFromItsZeroBytes()
    {
        AssertDecodes(Encoding.BigEndianUnicode.GetBytes(Plan), null, Plan, "utf-16be");
    }

    [Fact]
    public void Utf16WithoutBomOfAllLowercaseVietnameseIsFound()
    {
        // Many letters here are U+1Exx (high byte 0x1E): the zero bytes still dominate.
        AssertDecodes(Encoding.Unicode.GetBytes(Lowercase), null, Lowercase, "utf-16le");
        AssertDecodes(Encoding.BigEndianUnicode.GetBytes(Lowercase), null, Lowercase, "utf-16be");
    }

    [Fact]
    public void DecomposedUtf16WithoutBomComesOutComposed()
    {
        AssertDecodes(Encoding.Unicode.GetBytes(Plan.Normalize(NormalizationForm.FormD)), null, Plan, "utf-16le");
    }

    [Fact]
    public void Utf32ByteOrderMarksAreHonoured()
    {
        AssertDecodes(WithBom(new UTF32Encoding(false, true), Plan), null, Plan, "utf-32le");
        AssertDecodes(WithBom(new UTF32Encoding(true, true), Plan), null, Plan, "utf-32be");
    }

    [Fact]
    public void Utf16WithUnpairedSurrogateIsNotTakenAsUtf16()
    {
        var bytes = Encoding.Unicode.GetBytes("Kế hoạch số 7 năm 2025");
        bytes[10] = 0x00;
        bytes[11] = 0xD8; // a lone high surrogate
        AssertFails(bytes, null, ReadErrors.Binary);
    }

    [Fact]
    public void Utf16HintPicksTheByteOrderWhenZeroBytesAreScarce()
    {
        // Mostly U+1Exx letters and U+0300 marks: too few zero bytes for detection without a hint.
        const string text = "ỆỄỂỀẾ ỰỮỬỪỨ ờ";
        var bytes = Encoding.BigEndianUnicode.GetBytes(text);
        AssertFails(bytes, null, ReadErrors.Binary);
        AssertDecodes(bytes, "utf-16be", text, "utf-16be");
    }

    [Fact]
    public void Utf16HintOnUtf8BytesFallsBackToUtf8()
    {
        AssertDecodes(Encoding.UTF8.GetBytes(Plan), "utf-16", Plan, "utf-8");
    }

    // ---- Windows-1258 ------------------------------------------------------------------------------

    [Fact]
    public void Windows1258EncoderOfDotNetCannotWriteMostVietnameseLetters()
    {
        // Why the tests build 1258 bytes themselves: .NET maps "ệ" to "?", it never splits off the tone.
        var bytes = Encoding.GetEncoding(1258).GetBytes("ệ");
        Assert.Equal([(byte)'?'], bytes);
    }

    [Fact]
    public void Windows1258WithCombiningTonesComesOutComposed()
    {
        var bytes = Windows1258Bytes(Plan);
        Assert.Contains((byte)0xF2, bytes); // combining dot below
        Assert.Contains((byte)0xD2, bytes); // combining hook above
        AssertDecodes(bytes, null, Plan, "windows-1258");
    }

    [Fact]
    public void Windows1258WithHintIsDecoded()
    {
        AssertDecodes(Windows1258Bytes(Plan), "windows-1258", Plan, "windows-1258");
        AssertDecodes(Windows1258Bytes(Lowercase), "\"CP1258\"", Lowercase, "windows-1258");
    }

    [Fact]
    public void Windows1258WinsOverAWrongUtf8Hint()
    {
        AssertDecodes(Windows1258Bytes(Plan), "utf-8", Plan, "windows-1258");
    }

    [Fact]
    public void UnsupportedHintIsIgnored()
    {
        AssertDecodes(Windows1258Bytes(Plan), "iso-8859-1", Plan, "windows-1258");
        AssertDecodes(Encoding.UTF8.GetBytes(Plan), "shift_jis", Plan, "utf-8");
    }

    [Fact]
    public void Utf8WinsOverAWrongWindows1258Hint()
    {
        AssertDecodes(Encoding.UTF8.GetBytes(Plan), "windows-1258", Plan, "utf-8");

        // Even a single Vietnamese letter in long ASCII text.
        var mostlyAscii = new string('x', 2000) + " kế " + new string('y', 2000);
        AssertDecodes(Encoding.UTF8.GetBytes(mostlyAscii), "windows-1258", mostlyAscii, "utf-8");
    }

    [Fact]
    public void AsciiWithWindows1258HintKeepsTheHintedName()
    {
        AssertDecodes(Encoding.ASCII.GetBytes("Ke hoach 15/KH-UBND"), "windows-1258", "Ke hoach 15/KH-UBND", "windows-1258");
    }

    [Fact]
    public void Windows1258WithAFewOddSymbolsIsStillAccepted()
    {
        // One "×" and one "©" in a long text stay under the 1 % tolerance.
        var text = string.Concat(Enumerable.Repeat(Plan, 3)) + "Kích thước 3×4 m, bản quyền ©.";
        AssertDecodes(Windows1258Bytes(text), null, text, "windows-1258");
    }

    [Fact]
    public void Windows1258WithManyOddSymbolsIsUnknownEncoding()
    {
        // About 5 % symbols and no foreign letters: the symbol tolerance alone rejects it.
        var text = Plan + string.Concat(Enumerable.Repeat("¬ ¶ ", 8));
        AssertFails(Windows1258Bytes(text), null, ReadErrors.UnknownEncoding);
    }

    [Fact]
    public void ToneMarksAfterConsonantsAreUnknownEncoding()
    {
        // "n" + combining acute (0xEC) composes to no Vietnamese letter: the mark stays loose.
        byte[] bytes = [.. Windows1258Bytes(Lowercase), .. Enumerable.Repeat(new byte[] { 0x20, 0x6E, 0xEC, 0x74, 0xD2 }, 6).SelectMany(b => b)];
        AssertFails(bytes, null, ReadErrors.UnknownEncoding);
    }

    // ---- Wrong legacy encodings --------------------------------------------------------------------

    [Fact]
    public void Tcvn3TextIsUnknownEncoding()
    {
        var bytes = Tcvn3Bytes(Lowercase);
        var asWindows1258 = Encoding.GetEncoding(1258).GetString(bytes);
        Assert.StartsWith("ch\u00AD\u00ACng tr\u00D7nh", asWindows1258); // "ch­¬ng tr×nh"
        AssertFails(bytes, null, ReadErrors.UnknownEncoding);
        AssertFails(bytes, "windows-1258", ReadErrors.UnknownEncoding);
    }

    [Fact]
    public void ShortTcvn3PhraseIsUnknownEncoding()
    {
        AssertFails(Tcvn3Bytes("Ch\u01B0\u01A1ng tr\u00ECnh"), null, ReadErrors.UnknownEncoding);
    }

    [Fact]
    public void Tcvn3WithMostlyAsciiHeadingsIsUnknownEncoding()
    {
        var text = "KE HOACH 25/KH-UBND\r\n" + Lowercase + "\r\nSO TAI CHINH, SO NONG NGHIEP\r\n";
        AssertFails(Tcvn3Bytes(text), null, ReadErrors.UnknownEncoding);
    }

    [Fact]
    public void GbkChineseTextIsUnknownEncoding()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("关于加强农业发展的实施方案。各部门应当按照计划推进工作，确保按时完成任务。");
        AssertFails(bytes, null, ReadErrors.UnknownEncoding);
        AssertFails(bytes, "windows-1258", ReadErrors.UnknownEncoding);
    }

    [Fact]
    public void ShiftJisJapaneseTextIsUnknownEncoding()
    {
        var bytes = Encoding.GetEncoding(932).GetBytes("農業の発展に関する計画書です。各部署は予定どおり作業を進めてください。");
        AssertFails(bytes, null, ReadErrors.UnknownEncoding);
    }

    // ---- Binary ------------------------------------------------------------------------------------

    public static TheoryData<byte[]> BinarySignatures => new()
    {
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 },
        Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n"),
        new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 },
        new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 },
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 },
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 },
    };

    [Theory]
    [MemberData(nameof(BinarySignatures))]
    public void KnownBinarySignaturesAreBinary(byte[] bytes)
    {
        AssertFails(bytes, null, ReadErrors.Binary);
        AssertFails(bytes, "utf-8", ReadErrors.Binary);
    }

    [Fact]
    public void NulBytesInSingleByteTextAreBinary()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Kế hoạch"), 0x00, .. Encoding.UTF8.GetBytes(" số 5")];
        AssertFails(bytes, null, ReadErrors.Binary);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomBytesAreBinary(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x41; // no accidental byte order mark
        AssertFails(bytes, null, ReadErrors.Binary);
    }

    [Fact]
    public void RandomBytesWithoutNulAreBinaryFromTheirControlCharacters()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)0x01 : bytes[i];
        }

        bytes[0] = 0x41;
        AssertFails(bytes, null, ReadErrors.Binary);
    }

    [Fact]
    public void ManyControlCharactersAreBinary()
    {
        var text = string.Concat(Enumerable.Repeat("Điều 1\u0001\u0002\u0003. ", 20));
        AssertFails(Encoding.UTF8.GetBytes(text), null, ReadErrors.Binary);
    }

    [Fact]
    public void AStrayControlCharacterInLongTextIsTolerated()
    {
        var text = Plan + "\f" + Plan + "\u001A";
        AssertDecodes(Encoding.UTF8.GetBytes(text), null, text, "utf-8");
    }

    // ---- Double-encoded UTF-8 ----------------------------------------------------------------------

    [Fact]
    public void DoubleEncodedUtf8IsRejected()
    {
        var damaged = DoubleEncode(Plan, 1252);
        Assert.Contains("Ä‘", damaged);
        Assert.Contains("Æ°", damaged);
        AssertFails(Encoding.UTF8.GetBytes(damaged), null, ReadErrors.DoubleEncoded);
        AssertFails(Encoding.UTF8.GetBytes(damaged), "utf-8", ReadErrors.DoubleEncoded);
        AssertFails(Encoding.UTF8.GetBytes(damaged), "windows-1258", ReadErrors.DoubleEncoded);
    }

    [Fact]
    public void DoubleEncodedUtf8WithBomIsRejected()
    {
        AssertFails(WithBom(new UTF8Encoding(true), DoubleEncode(Plan, 1252)), null, ReadErrors.DoubleEncoded);
    }

    [Fact]
    public void DoubleEncodedUtf8ThroughWindows1258IsRejected()
    {
        // What Vietnamese Windows does when it opens UTF-8 as its ANSI code page.
        AssertFails(Encoding.UTF8.GetBytes(DoubleEncode(Plan, 1258)), null, ReadErrors.DoubleEncoded);
        AssertFails(Encoding.UTF8.GetBytes(DoubleEncode(Lowercase, 1258)), null, ReadErrors.DoubleEncoded);
    }

    [Fact]
    public void DoubleEncodedUtf8WithLostUndefinedBytesIsRejected()
    {
        // Tools that replace the bytes 1252 leaves undefined (81 8D 8F 90 9D) with "?".
        var damaged = DoubleEncode(Plan, 1252).Replace('\u008D', '?').Replace('\u0090', '?').Replace('\u0081', '?');
        AssertFails(Encoding.UTF8.GetBytes(damaged), null, ReadErrors.DoubleEncoded);
    }

    [Fact]
    public void DoubleEncodedUtf16IsRejected()
    {
        AssertFails(WithBom(Encoding.Unicode, DoubleEncode(Plan, 1252)), null, ReadErrors.DoubleEncoded);
    }

    [Fact]
    public void ShortDoubleEncodedWordIsRejected()
    {
        AssertFails(Encoding.UTF8.GetBytes(DoubleEncode("đường", 1252)), null, ReadErrors.DoubleEncoded);
    }

    public static TheoryData<string> GenuineVietnamese => new()
    {
        Plan,
        Lowercase,
        Plan.Normalize(NormalizationForm.FormD),
        "àáãảạăằắẵẳặâầấẫẩậèéẽẻẹêềếễểệìíĩỉịòóõỏọôồốỗổộơờớỡởợùúũủụưừứữửựỳýỹỷỵđ",
        "ÀÁÃẢẠĂẰẮẴẲẶÂẦẤẪẨẬÈÉẼẺẸÊỀẾỄỂỆÌÍĨỈỊÒÓÕỎỌÔỒỐỖỔỘƠỜỚỠỞỢÙÚŨỦỤƯỪỨỮỬỰỲÝỸỶỴĐ",
        "Giá “ưu đãi”… nhiệt độ 30°C — mức phí 5‰, © Sở Tư pháp « tài liệu » ±2 ½ ¼ ¾ × ÷ µ §",
        "ồ®ẫ¢é£à©ố¬ờ¤ủ¥ữ¦",
        "Ví dụ lỗi mã hóa: chữ “Ä‘” thay cho chữ đ trong văn bản gốc của Sở Nội vụ tỉnh.",
    };

    [Theory]
    [MemberData(nameof(GenuineVietnamese))]
    public void OrdinaryVietnameseUtf8IsNeverFlaggedAsDoubleEncoded(string text)
    {
        AssertDecodes(Encoding.UTF8.GetBytes(text), null, text.Normalize(NormalizationForm.FormC), "utf-8");
    }

    // ---- Fixtures ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("windows-1258-crlf.txt", "windows-1258")]
    [InlineData("utf-16be-nobom.txt", "utf-16be")]
    [InlineData("utf-8-bom.txt", "utf-8")]
    public void FixtureFilesDecodeToTheirExpectedText(string file, string encoding)
    {
        var expected = File.ReadAllText(FixturePath("expected.utf8.txt"), Encoding.UTF8);
        AssertDecodes(File.ReadAllBytes(FixturePath(file)), null, expected, encoding);
    }

    [Fact]
    public void Tcvn3FixtureIsUnknownEncoding()
    {
        AssertFails(File.ReadAllBytes(FixturePath("tcvn3.txt")), null, ReadErrors.UnknownEncoding);
    }

    [Fact]
    public void DoubleEncodedFixtureIsRejected()
    {
        AssertFails(File.ReadAllBytes(FixturePath("double-encoded.txt")), null, ReadErrors.DoubleEncoded);
    }

    // ---- Robustness and speed ----------------------------------------------------------------------

    [Fact]
    public void NoInputMakesItThrow()
    {
        var random = new Random(7);
        var samples = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(Plan), Windows1258Bytes(Plan), Encoding.Unicode.GetBytes(Plan),
            Tcvn3Bytes(Lowercase), new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41 }, new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00 },
            new byte[] { 0xFE, 0xFF, 0xD8 },
        };
        for (var length = 0; length < 40; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            samples.Add(bytes);
        }

        foreach (var sample in samples.ToList())
        {
            for (var i = 0; i < 20 && sample.Length > 0; i++)
            {
                var mutated = (byte[])sample.Clone();
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
                samples.Add(mutated[..random.Next(mutated.Length + 1)]);
            }
        }

        foreach (var bytes in samples)
        {
            foreach (var hint in new[] { null, "utf-8", "utf-16", "utf-16be", "windows-1258", "", "bogus" })
            {
                var decoded = TextDecoder.Decode(bytes, hint, out var error);
                if (decoded is null)
                {
                    Assert.Contains(error, AllErrors);
                }
                else
                {
                    Assert.Null(error);
                    Assert.True(decoded.Text.IsNormalized(NormalizationForm.FormC));
                }
            }
        }
    }

    [Fact]
    public void MultiMegabyteFilesDecodeQuickly()
    {
        var big = new StringBuilder();
        while (big.Length < 3_000_000)
        {
            big.Append(Plan);
        }

        var text = big.ToString();
        var inputs = new[]
        {
            (Encoding.UTF8.GetBytes(text), "utf-8"),
            (Windows1258Bytes(text), "windows-1258"),
            (Encoding.Unicode.GetBytes(text), "utf-16le"),
        };

        foreach (var (bytes, encoding) in inputs)
        {
            var watch = Stopwatch.StartNew();
            var decoded = TextDecoder.Decode(bytes, null, out var error);
            watch.Stop();
            Assert.Null(error);
            Assert.Equal(encoding, decoded!.Encoding);
            Assert.Equal(text.Length, decoded.Text.Length);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{encoding}: {watch.Elapsed}");
        }

        var watchBad = Stopwatch.StartNew();
        AssertFails(Encoding.UTF8.GetBytes(DoubleEncode(text, 1252)), null, ReadErrors.DoubleEncoded);
        AssertFails(Tcvn3Bytes(string.Concat(Enumerable.Repeat(Lowercase + "\n", 20_000))), null, ReadErrors.UnknownEncoding);
        Assert.True(watchBad.Elapsed < TimeSpan.FromSeconds(10), watchBad.Elapsed.ToString());
    }

    // ---- Helpers -----------------------------------------------------------------------------------

    private static DecodedText AssertDecodes(byte[] bytes, string? hint, string expectedText, string expectedEncoding)
    {
        var decoded = TextDecoder.Decode(bytes, hint, out var error);
        Assert.Null(error);
        Assert.NotNull(decoded);
        Assert.Equal(expectedEncoding, decoded.Encoding);
        Assert.Equal(expectedText, decoded.Text);
        return decoded;
    }

    private static void AssertFails(byte[] bytes, string? hint, string expectedError)
    {
        var decoded = TextDecoder.Decode(bytes, hint, out var error);
        Assert.Null(decoded);
        Assert.Equal(expectedError, error);
    }

    private static byte[] WithBom(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    /// <summary>UTF-8 bytes read as a Windows code page and written back as UTF-8 (the result is the damaged text).</summary>
    private static string DoubleEncode(string text, int codePage) =>
        Encoding.GetEncoding(codePage).GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Windows-1258 as Windows writes it: a letter the code page has (ê, ơ, á) is one byte; any other toned letter
    /// is its base letter followed by a combining tone byte (ệ → ê + 0xF2).
    /// </summary>
    private static byte[] Windows1258Bytes(string text)
    {
        var strict = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = new List<byte>(text.Length * 2);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (TryEncode(strict, c.ToString(), out var single))
            {
                bytes.AddRange(single);
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = decomposed.Single(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
            var baseLetter = decomposed.Replace(tone.ToString(), string.Empty).Normalize(NormalizationForm.FormC);
            bytes.AddRange(strict.GetBytes(baseLetter));
            bytes.AddRange(strict.GetBytes(tone.ToString()));
        }

        return [.. bytes];
    }

    private static bool TryEncode(Encoding strict, string s, out byte[] bytes)
    {
        try
        {
            bytes = strict.GetBytes(s);
            return true;
        }
        catch (EncoderFallbackException)
        {
            bytes = [];
            return false;
        }
    }

    /// <summary>TCVN3 (ABC, the .VnTime fonts): every Vietnamese letter is one byte; capitals with tones do not exist.</summary>
    private static byte[] Tcvn3Bytes(string text)
    {
        const string letters =
            "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĂÂĐÊÔƠƯ";
        byte[] codes =
        [
            0xB8, 0xB5, 0xB6, 0xB7, 0xB9, 0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6, 0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB, 0xAE,
            0xD0, 0xCC, 0xCE, 0xCF, 0xD1, 0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE,
            0xE3, 0xDF, 0xE1, 0xE2, 0xE4, 0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9, 0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE,
            0xF3, 0xEF, 0xF1, 0xF2, 0xF4, 0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE,
            0xA1, 0xA2, 0xA7, 0xA3, 0xA4, 0xA5, 0xA6,
        ];
        Assert.Equal(letters.Length, codes.Length);

        var map = new Dictionary<char, byte>();
        for (var i = 0; i < letters.Length; i++)
        {
            map[letters[i]] = codes[i];
        }

        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = map.TryGetValue(text[i], out var code) ? code : checked((byte)text[i]);
        }

        return bytes;
    }

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "encodings", name);
}
