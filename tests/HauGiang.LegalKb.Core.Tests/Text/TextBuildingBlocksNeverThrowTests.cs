using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

/// <summary>Every building block for search takes any string: malformed UTF-16, controls, huge input.</summary>
public sealed class TextBuildingBlocksNeverThrowTests
{
    public static TheoryData<string> OddInputs() =>
    [
        "\uD800",
        "ab\uDC00",
        "Ủy ban nhân dân (UB\uD800ND)",
        "\uDBFF\uDFFF",
        "\u0000\u0001\u001F",
        "\u0301\u0300",
        "(((((((",
        ")(",
        "(sau đây gọi tắt là )",
        "\t\t\t",
        "|||",
        new string('Ủ', 3000),
        string.Concat(Enumerable.Repeat("Ủy ban nhân dân (UBND) ", 200)),
        "😀 hoà 😀",
    ];

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void NothingThrows(string input)
    {
        _ = ToneMarks.Canonical(input);
        _ = VietnameseSyllable.IsValid(input);
        _ = VietnameseSyllable.IsValidUnaccented(input);
        _ = TelexVni.TryConvert(input, out _);
        _ = TelexVni.ConvertQuery(input);
        _ = Abbreviations.Lookup(input);
        _ = Abbreviations.FindByExpansion(input);
        _ = Abbreviations.FindDefinitions(input);
        _ = Thesaurus.Default.Expand(input);
        _ = Thesaurus.Parse(input);
    }

    [Fact]
    public void SurrogatePairsSurviveToneMarks()
    {
        Assert.Equal("😀 hòa 😀", ToneMarks.Canonical("😀 hoà 😀"));
    }
}
