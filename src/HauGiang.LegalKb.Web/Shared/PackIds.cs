using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>
/// How a study pack names what it quotes: a section id ("100-kh-ubnd-2024/part_III") quotes the whole unit; with
/// <see cref="IntroSuffix"/> ("100-kh-ubnd-2024/part_III__sec_1~mo-dau") only the unit's opening, before its sub-units.
/// </summary>
public static class PackIds
{
    /// <summary>What follows a section id to quote only its opening ("~" needs no escaping in an address).</summary>
    public const string IntroSuffix = "~mo-dau";

    /// <summary>The section id <paramref name="packId"/> names, and whether it asks for the opening alone.</summary>
    public static (string SectionId, bool IntroOnly) Read(string packId) =>
        packId.EndsWith(IntroSuffix, StringComparison.Ordinal) ? (packId[..^IntroSuffix.Length], true) : (packId, false);

    /// <summary>The pack id of <paramref name="section"/>, or of its opening alone.</summary>
    public static string Of(SectionId section, bool introOnly) => introOnly ? section + IntroSuffix : section.ToString();
}
